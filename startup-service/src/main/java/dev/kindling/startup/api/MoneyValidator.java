package dev.kindling.startup.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.Currency;

/** Checks the currency against {@link Currency} and the amount's decimals against its minor unit. */
public class MoneyValidator implements ConstraintValidator<ValidMoney, Money> {

    @Override
    public boolean isValid(Money money, ConstraintValidatorContext context) {
        if (money == null
                || money.currency() == null
                || money.amount() == null
                || !money.currency().matches("[A-Z]{3}")
                || !money.amount().matches("\\d{1,15}(\\.\\d{1,4})?")) {
            return true; // the field constraints report these
        }
        Currency currency;
        try {
            currency = Currency.getInstance(money.currency());
        } catch (IllegalArgumentException e) {
            return violation(context, "currency", "is not a known ISO 4217 currency");
        }
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            return violation(context, "currency", "has no minor unit, so it cannot hold an amount of money");
        }
        if (new BigDecimal(money.amount()).scale() > digits) {
            return violation(
                    context, "amount", "has more than " + digits + " decimals, the minor unit of " + money.currency());
        }
        return true;
    }

    private static boolean violation(ConstraintValidatorContext context, String field, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message)
                .addPropertyNode(field)
                .addConstraintViolation();
        return false;
    }
}
