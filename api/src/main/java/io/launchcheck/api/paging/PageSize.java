package io.launchcheck.api.paging;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import io.quarkus.arc.Unremovable;

/** A page size between 1 and the service's {@code launchcheck.paging.max-size}; absent means the default size. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Constraint(validatedBy = PageSize.Validator.class)
public @interface PageSize {

    String message() default "must be between 1 and {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Checks the size against the configuration the service runs with. A bean that every service keeps: its injection
     * point is what registers {@link PagingConfig} in each service, so {@link PagingConfig#current()} finds it too. A
     * provider: Bean Validation makes its validators while the service is initialised, before the runtime
     * configuration is there; the settings are read when a size is checked.
     */
    @Singleton
    @Unremovable
    class Validator implements ConstraintValidator<PageSize, Integer> {

        private final Provider<PagingConfig> paging;

        public Validator(Provider<PagingConfig> paging) {
            this.paging = paging;
        }

        @Override
        public boolean isValid(Integer size, ConstraintValidatorContext context) {
            int max = paging.get().maxSize();
            context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("max", max);
            return size == null || size >= 1 && size <= max;
        }
    }
}
