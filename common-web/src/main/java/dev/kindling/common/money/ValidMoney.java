package dev.kindling.common.money;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A {@link Money} whose currency is a known ISO 4217 code with minor units, and whose amount fits them. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MoneyValidator.class)
public @interface ValidMoney {
    String message() default "is not a valid amount of money";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
