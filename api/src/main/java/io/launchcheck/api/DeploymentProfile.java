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

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

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
        @Schema(nullable = true, defaultValue = "true") Boolean processesPersonalData,
        @NotEmpty @Size(max = 300) List<@NotNull @Valid Target> targets,
        @Schema(nullable = true, description = "Judge against the rules in force on this date (default: today, UTC). "
                + "The gateway accepts launchcheck.gateway.earliest-as-of (2000-01-01 by default) up to "
                + "launchcheck.gateway.max-years-ahead (5 by default) years after today.") LocalDate asOf,
        @Schema(nullable = true, description = "What the AI system does, in the AI laws' categories (EU AI Act Art. 5, "
                + "Annex III, Art. 50 and Chapter V; Korea's AI Basic Act; Italy's Law 132/2025; Colorado's AI Act): every "
                + "one that fits. Absent: not stated, and the rules that depend on a use case cannot be checked (the "
                + "answer lists them in notChecked, or warns when the role is stated). An empty list states that none "
                + "of these categories fits.", example = "[\"EMPLOYMENT\"]")
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 30) Set<@NotNull UseCase> useCases,
        @Schema(nullable = true, description = "The team's role for the AI system, as the EU AI Act defines operators: "
                + "PROVIDER (develops it and puts it on the market under its name; Colorado's developer), DEPLOYER "
                + "(uses it under its authority), IMPORTER or DISTRIBUTOR. Absent: not stated, and a rule for some "
                + "roles is assumed to apply (or, with no use case stated either, is listed as not checked).",
                example = "DEPLOYER")
        @JsonInclude(JsonInclude.Include.NON_NULL) TeamRole role) {

    /** Use cases in their declared order (absent stays absent: not stated). */
    public DeploymentProfile {
        useCases = OrderedSets.of(useCases);
    }

    /** A profile that states no use case and no role (as profiles did before these fields existed). */
    public DeploymentProfile(App app, Hosting hosting, Boolean processesPersonalData, List<Target> targets,
            LocalDate asOf) {
        this(app, hosting, processesPersonalData, targets, asOf, null, null);
    }

    /** This profile with another app (every other component kept: use cases and role too). */
    public DeploymentProfile withApp(App newApp) {
        return new DeploymentProfile(newApp, hosting, processesPersonalData, targets, asOf, useCases, role);
    }

    /** This profile with other hosting. */
    public DeploymentProfile withHosting(Hosting newHosting) {
        return new DeploymentProfile(app, newHosting, processesPersonalData, targets, asOf, useCases, role);
    }

    /** This profile with another answer to whether personal data is processed. */
    public DeploymentProfile withProcessesPersonalData(Boolean processes) {
        return new DeploymentProfile(app, hosting, processes, targets, asOf, useCases, role);
    }

    /** This profile with other targets. */
    public DeploymentProfile withTargets(List<Target> newTargets) {
        return new DeploymentProfile(app, hosting, processesPersonalData, newTargets, asOf, useCases, role);
    }

    /** This profile judged as of another date. */
    public DeploymentProfile withAsOf(LocalDate date) {
        return new DeploymentProfile(app, hosting, processesPersonalData, targets, date, useCases, role);
    }

    /** Whether the profile says what the system does or the team's role. */
    public boolean statesUseOrRole() {
        return useCases != null || role != null;
    }

    public static final String COUNTRY_CODE = "[A-Za-z]{2}";

    /**
     * The app and its model. {@code vendor} may be any alias or legal entity of a known vendor, or its Hugging Face
     * organisation; {@code model} any identifier of a catalog family (a Hugging Face repo id, a cloud model id, an
     * API model name, an Ollama tag or a GGUF file name). The model's developer is taken from the model when it
     * resolves, else from the vendor.
     */
    public record App(
            @NotBlank @Size(max = 200) String name,
            @Schema(nullable = true) @Size(max = 200) String vendor,
            @Schema(nullable = true, description = "The model as the team's tools name it: a Hugging Face repo id "
                    + "(deepseek-ai/DeepSeek-R1), a cloud model id (us.deepseek.r1-v1:0), an API model name "
                    + "(deepseek-reasoner), an Ollama tag (deepseek-r1:7b) or a GGUF file name. It resolves to a family of "
                    + "the registry's model catalog; a model that does not makes every target at least NEEDS_REVIEW.",
                    example = "deepseek-ai/DeepSeek-R1")
            @Size(min = 1, max = 200) String model,
            @Schema(nullable = true)
            @Pattern(regexp = "\\s*" + COUNTRY_CODE + "\\s*", message = "must be an ISO 3166-1 alpha-2 country code")
            String originCountry) {
    }

    /**
     * Where the model runs and where user data is stored or processed.
     *
     * @param operator who runs inference when it is neither the team nor the vendor: the cloud provider or API
     *                 aggregator (e.g. "Amazon Bedrock", "OpenRouter"); required with {@code THIRD_PARTY}, not
     *                 allowed with {@code SELF_HOSTED}; with {@code VENDOR_API} it replaces the vendor as operator
     */
    public record Hosting(
            @NotNull HostingMode mode,
            @Schema(nullable = true, description = "Who runs inference when it is not the vendor: the cloud provider or "
                    + "API aggregator (Amazon Bedrock, Azure AI Foundry, Vertex AI, OpenRouter). Required with THIRD_PARTY, "
                    + "not allowed with SELF_HOSTED.", example = "Amazon Bedrock")
            @Size(min = 1, max = 200) String operator,
            @Schema(nullable = true) @Size(max = 300) List<@NotNull @Pattern(regexp = "\\s*" + COUNTRY_CODE + "\\s*",
                    message = "must be an ISO 3166-1 alpha-2 country code") String> dataCountries) {
    }

    /** One market: a country, subdivision or bloc, with the users the app serves there. */
    public record Target(
            @Schema(pattern = "^\\s*([A-Za-z]{2,3}|[A-Za-z]{2}-[A-Za-z0-9]{1,3})\\s*$",
                    description = "An ISO 3166-1 alpha-2 country (IT), an ISO 3166-2 subdivision (US-TX) or a bloc "
                            + "(EU, EEA), in any case; a code the registry does not know is refused")
            @NotBlank @Size(max = 10) String jurisdiction,
            @Schema(nullable = true) Set<Segment> segments,
            @Schema(nullable = true) Set<Sector> sectors,
            @Schema(nullable = true) @Size(max = 50) List<@NotBlank @Size(max = 200) String> organizations) {

        /** Segments and sectors in their declared order. */
        public Target {
            segments = OrderedSets.of(segments);
            sectors = OrderedSets.of(sectors);
        }
    }
}
