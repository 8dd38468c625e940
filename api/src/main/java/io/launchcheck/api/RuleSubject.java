package io.launchcheck.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Which apps a rule covers: any of the vendors (by identity), app names, or model origin countries.
 * All empty means every AI app.
 */
public record RuleSubject(
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> vendors,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> apps,
        @Size(max = 50) List<@NotBlank @Size(max = 10) String> originCountries) {

    public static final RuleSubject EVERY_APP = new RuleSubject(List.of(), List.of(), List.of());
}
