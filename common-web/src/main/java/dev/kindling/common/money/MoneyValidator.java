package dev.kindling.common.money;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Checks a {@link Money} beyond its field patterns: the currency is one {@link Currency} knows and has
 * minor units (XAU, XDR… do not), and the amount has no more significant decimals than they allow
 * ("10.50" and "10.500" EUR pass, "10.505" EUR and "10.5" JPY do not). Violations name
 * {@code amount} or {@code currency} under the field that holds the Money.
 */
public class MoneyValidator implements ConstraintValidator<ValidMoney, Money> {

    @Override
    public boolean isValid(Money money, ConstraintValidatorContext context) {
        if (money == null
                || money.currency() == null
                || money.amount() == null
                || !money.currency().matches(Money.CURRENCY)
                || !money.amount().matches(Money.AMOUNT)) {
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
        if (new BigDecimal(money.amount()).stripTrailingZeros().scale() > digits) {
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
