package io.launchcheck.api.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body, the one error format of every service.
 *
 * @param errors the offending fields, each with what is wrong with it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(required = true) String type,
        @Schema(required = true) String title,
        @Schema(required = true) int status,
        String detail,
        String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending field, named by its JSON path in the request ({@code targets[0].jurisdiction}). */
    public record FieldError(@Schema(required = true) String field, @Schema(required = true) String message) {
    }
}
