package io.launchcheck.gateway.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a team wants its verdict changes posted.
 *
 * @param url    an http or https URL
 * @param secret the shared secret deliveries are signed with (16 to 500 characters); never answered back
 */
public record WebhookRegistration(
        @Schema(required = true, examples = "https://ci.example.org/hooks/launchcheck") @NotBlank @Size(max = 2000) String url,
        @Schema(required = true, minLength = 16, maxLength = 500) @NotBlank @Size(min = 16, max = 500) String secret) {
}
