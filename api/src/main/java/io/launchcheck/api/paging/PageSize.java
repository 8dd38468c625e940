package io.launchcheck.api.paging;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** A page size between 1 and the service's {@code launchcheck.paging.max-size}; absent means the default size. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Constraint(validatedBy = PageSize.Validator.class)
public @interface PageSize {

    String message() default "must be between 1 and {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the size against the configuration the service runs with. */
    class Validator implements ConstraintValidator<PageSize, Integer> {

        @Override
        public boolean isValid(Integer size, ConstraintValidatorContext context) {
            int max = PagingConfig.current().maxSize();
            context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("max", max);
            return size == null || size >= 1 && size <= max;
        }
    }
}
