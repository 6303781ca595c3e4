package dev.kindling.funding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kindling.common.money.Money;
import dev.kindling.common.problem.ProblemException;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Properties of funding's money rules on top of common's Money validation (which MoneyValidationTest
 * covers), for every currency precision (jqwik).
 */
class AmountsPropertiesTest {

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("USD", "EUR", "JPY", "KRW", "BHD", "KWD", "SGD", "HKD");
    }

    @Property
    void positiveAmountsAreKeptExactlyAtTheCurrencysScale(
            @ForAll("currencies") String currency, @ForAll @LongRange(min = 1, max = 999_999_999_999L) long units) {
        int digits = Money.minorUnits(currency);
        BigDecimal value = BigDecimal.valueOf(units, digits);
        BigDecimal parsed =
                Amounts.positive("amount", new Money(value.stripTrailingZeros().toPlainString(), currency));
        assertEquals(value, parsed);
        assertEquals(digits, parsed.scale());
    }

    @Property
    void zeroIsA400NamingTheAmount(@ForAll("currencies") String currency) {
        ProblemException e =
                assertThrows(ProblemException.class, () -> Amounts.positive("amount", new Money("0.000", currency)));
        assertEquals(400, e.status());
        assertEquals("amount.amount", e.errors().get(0).field());
    }

    @Property
    void anotherCurrencyThanTheBudgetsIsA422(
            @ForAll("currencies") String currency, @ForAll("currencies") String budgetCurrency) {
        Money seven = new Money("7", currency);
        if (currency.equals(budgetCurrency)) {
            assertEquals(0, Amounts.positiveIn("amount", seven, budgetCurrency).compareTo(BigDecimal.valueOf(7)));
        } else {
            ProblemException e =
                    assertThrows(ProblemException.class, () -> Amounts.positiveIn("amount", seven, budgetCurrency));
            assertEquals(422, e.status());
            assertEquals("currency-mismatch", e.slug());
            assertEquals("amount.currency", e.errors().get(0).field());
        }
    }
}
