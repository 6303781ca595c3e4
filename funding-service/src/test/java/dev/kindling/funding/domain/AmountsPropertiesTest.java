package dev.kindling.funding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kindling.common.problem.ProblemException;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Properties of the money rules, for every currency precision (jqwik). */
class AmountsPropertiesTest {

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("USD", "EUR", "JPY", "KRW", "BHD", "KWD", "SGD", "HKD");
    }

    @Property
    void amountsAtTheCurrencysPrecisionAreKeptExactly(
            @ForAll("currencies") String currency, @ForAll @LongRange(min = 1, max = 999_999_999_999L) long units) {
        int digits = Amounts.digits("c", currency);
        BigDecimal value = BigDecimal.valueOf(units, digits);
        BigDecimal parsed = Amounts.positive("amount", value.toPlainString(), currency);
        assertEquals(value, parsed);
        assertEquals(digits, parsed.scale());
    }

    @Property
    void oneDecimalTooManyIsA400(
            @ForAll("currencies") String currency, @ForAll @LongRange(min = 1, max = 999_999_999L) long units) {
        int digits = Amounts.digits("c", currency);
        BigDecimal value = BigDecimal.valueOf(units * 10 + 1, digits + 1);
        ProblemException e =
                assertThrows(ProblemException.class, () -> Amounts.positive("amount", value.toPlainString(), currency));
        assertEquals(400, e.status());
        assertEquals("amount.amount", e.errors().get(0).field());
    }

    @Property
    void zeroAndNegativeAreA400(
            @ForAll("currencies") String currency, @ForAll @LongRange(min = -999_999_999L, max = 0) long units) {
        String amount = BigDecimal.valueOf(units, Amounts.digits("c", currency)).toPlainString();
        assertEquals(
                400,
                assertThrows(ProblemException.class, () -> Amounts.positive("amount", amount, currency))
                        .status());
    }

    @Property
    void anotherCurrencyThanTheBudgetsIsA422(
            @ForAll("currencies") String currency, @ForAll("currencies") String budgetCurrency) {
        if (currency.equals(budgetCurrency)) {
            assertEquals(
                    0,
                    Amounts.positiveIn("amount", "7", currency, budgetCurrency).compareTo(BigDecimal.valueOf(7)));
        } else {
            ProblemException e = assertThrows(
                    ProblemException.class, () -> Amounts.positiveIn("amount", "7", currency, budgetCurrency));
            assertEquals(422, e.status());
            assertEquals("currency-mismatch", e.slug());
        }
    }

    @Property
    void trailingZerosBeyondThePrecisionAreTheSameAmount(
            @ForAll("currencies") String currency, @ForAll @LongRange(min = 1, max = 999_999L) long units) {
        int digits = Amounts.digits("c", currency);
        BigDecimal value = BigDecimal.valueOf(units, digits);
        assertEquals(
                value, Amounts.positive("amount", value.setScale(digits + 2).toPlainString(), currency));
    }
}
