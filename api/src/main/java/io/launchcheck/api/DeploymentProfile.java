package io.launchcheck.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a product team submits: the app, how it is hosted, and the markets and users it targets.
 *
 * @param processesPersonalData whether the app processes personal data of its users (default true:
 *                              conservative)
 * @param asOf                  judge against the rules in force on this date (default: today)
 */
public record DeploymentProfile(
        @NotNull @Valid App app,
        @NotNull @Valid Hosting hosting,
        Boolean processesPersonalData,
        @NotEmpty @Size(max = 300) List<@NotNull @Valid Target> targets,
        LocalDate asOf) {

    public static final String COUNTRY_CODE = "[A-Za-z]{2}";

    /** The app and its model. {@code vendor} may be any alias or legal entity of a known vendor. */
    public record App(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String vendor,
            @Size(max = 200) String model,
            @Pattern(regexp = "\\s*" + COUNTRY_CODE + "\\s*", message = "must be an ISO 3166-1 alpha-2 country code")
            String originCountry) {
    }

    /** Where the model runs and where user data is stored or processed. */
    public record Hosting(
            @NotNull HostingMode mode,
            @Size(max = 300) List<@NotNull @Pattern(regexp = "\\s*" + COUNTRY_CODE + "\\s*",
                    message = "must be an ISO 3166-1 alpha-2 country code") String> dataCountries) {
    }

    /** One market: a country, subdivision or bloc, with the users the app serves there. */
    public record Target(
            @NotBlank @Size(max = 10) String jurisdiction,
            Set<Segment> segments,
            Set<Sector> sectors,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> organizations) {
    }
}
