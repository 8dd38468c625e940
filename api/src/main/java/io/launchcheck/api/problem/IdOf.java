package io.launchcheck.api.problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a typed {@code UUID} path id names, for the answer when it is no UUID: such a text names nothing, so
 * {@link LenientParams} answers it as an unknown id, {@code 404 "No <value> with id <text>"}, never a 400 or 500.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
public @interface IdOf {

    /** The thing the id names, as the 404 says it ({@code "assessment"}, {@code "launch map"}). */
    String value();
}
