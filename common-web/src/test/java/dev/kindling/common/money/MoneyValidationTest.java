package dev.kindling.common.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The one Money rule (jqwik over every currency precision): what a request may carry, and how answers write it. */
class MoneyValidationTest {
    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("USD", "EUR", "JPY", "KRW", "BHD", "KWD", "SGD", "HKD", "CLF");
    }

    @Property
    void anAmountAtTheCurrencysPrecisionIsValidAndKeptExactly(
            @ForAll("currencies") String currency, @ForAll @LongRange(min = 0, max = 999_999_999_999L) long units) {
        int digits = Money.minorUnits(currency);
        BigDecimal value = BigDecimal.valueOf(units, digits);
        Money money = new Money(value.toPlainString(), currency);
        assertEquals(Set.of(), invalidFields(money));
        assertEquals(value, money.scaledValue());
        assertEquals(money, Money.of(value, currency));
    }

    @Property
    void oneSignificantDecimalTooManyNamesTheAmount(
            @ForAll("currencies") String currency, @ForAll @LongRange(min = 0, max = 999_999_999L) long units) {
        int digits = Money.minorUnits(currency);
        BigDecimal value = BigDecimal.valueOf(units * 10 + 1, digits + 1);
        assertEquals(Set.of("amount"), invalidFields(new Money(value.toPlainString(), currency)));
    }

    @Property
    void trailingZerosWithinFourDecimalsAreTheSameAmount(
            @ForAll("currencies") String currency, @ForAll @LongRange(min = 1, max = 999_999L) long units) {
        int digits = Money.minorUnits(currency);
        BigDecimal value = BigDecimal.valueOf(units, digits);
        Money padded = new Money(value.setScale(4).toPlainString(), currency);
        assertEquals(Set.of(), invalidFields(padded));
        assertEquals(value, padded.scaledValue());
    }

    @Example
    void negativeFloatLikeAndOverlongAmountsAreRefused() {
        for (String amount : new String[] {"-5", "1e5", "1.", ".5", "1,5", " 1", "1.00001", "1234567890123456"}) {
            assertEquals(Set.of("amount"), invalidFields(new Money(amount, "EUR")), amount);
        }
    }

    @Example
    void unknownLowerCaseAndUnitlessCurrenciesAreRefused() {
        for (String currency : new String[] {"XYZ", "eur", "EU", "XAU", "XDR"}) {
            assertEquals(Set.of("currency"), invalidFields(new Money("10", currency)), currency);
        }
        assertEquals(Set.of("amount", "currency"), invalidFields(new Money(null, null)));
    }

    @Example
    void sumsStayInOneCurrency() {
        Money sum = Money.zero("USD").plus(new Money("10.5", "USD")).plus(null);
        assertEquals(new Money("10.50", "USD"), sum);
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(
                        IllegalArgumentException.class, () -> sum.plus(new Money("1", "EUR")))
                .getMessage()
                .contains("EUR"));
    }

    private static Set<String> invalidFields(Money money) {
        return VALIDATOR.validate(money).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .collect(Collectors.toSet());
    }
}
