package io.launchcheck.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonMappingException;

import io.launchcheck.api.Codes;
import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.HostingMode;
import io.launchcheck.api.OrderedSets;
import io.launchcheck.api.problem.Problem.FieldError;
import io.launchcheck.rules.domain.RulesetSnapshot;

/**
 * Checks a profile offline the way the gateway does before it has anything judged (its Bean Validation constraints
 * on {@link DeploymentProfile} and its ProfileNormalizer): required fields, code formats, known jurisdictions,
 * duplicate targets, an operator that fits the hosting mode. Answers the profile normalized as the gateway would.
 */
final class ProfileValidator {

    private static final Pattern COUNTRY = Pattern.compile("\\s*" + DeploymentProfile.COUNTRY_CODE + "\\s*");
    private static final String UNKNOWN = "'; expected an ISO 3166-1 alpha-2 country, an ISO 3166-2 subdivision or a bloc such as EU";

    private ProfileValidator() {
    }

    /** @throws CheckFailure exit 2 naming every field at fault */
    static DeploymentProfile validate(ProfileFile file, RulesetSnapshot ruleset) {
        DeploymentProfile profile;
        try {
            profile = Json.JSON.treeToValue(file.tree(), DeploymentProfile.class);
        } catch (JsonMappingException e) {
            throw invalid(file, List.of(new FieldError(pathOf(e), e.getOriginalMessage())));
        } catch (Exception e) {
            throw invalid(file, List.of(new FieldError("profile", e.getMessage())));
        }
        List<FieldError> errors = new ArrayList<>();
        DeploymentProfile.App app = profile.app();
        if (app == null) {
            errors.add(new FieldError("app", "must not be null"));
        } else {
            if (app.name() == null || app.name().isBlank()) {
                errors.add(new FieldError("app.name", "must not be blank"));
            }
            if (app.model() != null && app.model().isBlank()) {
                errors.add(new FieldError("app.model", "must not be blank; leave it out when the model is not known"));
            }
            if (app.originCountry() != null && !COUNTRY.matcher(app.originCountry()).matches()) {
                errors.add(new FieldError("app.originCountry", "must be an ISO 3166-1 alpha-2 country code"));
            }
        }
        DeploymentProfile.Hosting hosting = profile.hosting();
        if (hosting == null) {
            errors.add(new FieldError("hosting", "must not be null"));
        } else {
            if (hosting.mode() == null) {
                errors.add(new FieldError("hosting.mode", "must not be null"));
            }
            if (hosting.operator() != null && hosting.operator().isBlank()) {
                errors.add(new FieldError("hosting.operator", "must not be blank; leave it out when the vendor runs the model"));
            }
            if (hosting.mode() == HostingMode.THIRD_PARTY && (hosting.operator() == null || hosting.operator().isBlank())) {
                errors.add(new FieldError("hosting.operator", "is required when hosting.mode is THIRD_PARTY: name the "
                        + "cloud provider or API aggregator that runs the model (e.g. Amazon Bedrock, OpenRouter)"));
            }
            if (hosting.mode() == HostingMode.SELF_HOSTED && hosting.operator() != null) {
                errors.add(new FieldError("hosting.operator", "must be left out when hosting.mode is SELF_HOSTED: the team "
                        + "runs the model itself"));
            }
            List<String> countries = hosting.dataCountries() == null ? List.of() : hosting.dataCountries();
            for (int i = 0; i < countries.size(); i++) {
                if (countries.get(i) == null || !COUNTRY.matcher(countries.get(i)).matches()) {
                    errors.add(new FieldError("hosting.dataCountries[" + i + "]", "must be an ISO 3166-1 alpha-2 country code"));
                }
            }
        }
        List<DeploymentProfile.Target> targets = profile.targets();
        List<DeploymentProfile.Target> normalized = new ArrayList<>();
        if (targets == null || targets.isEmpty()) {
            errors.add(new FieldError("targets", "must not be empty"));
        } else {
            if (targets.size() > 300) {
                errors.add(new FieldError("targets", "size must be between 0 and 300"));
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < targets.size(); i++) {
                DeploymentProfile.Target target = targets.get(i);
                String field = "targets[" + i + "].jurisdiction";
                if (target == null) {
                    errors.add(new FieldError("targets[" + i + "]", "must not be null"));
                    continue;
                }
                if (target.jurisdiction() == null || target.jurisdiction().isBlank()) {
                    errors.add(new FieldError(field, "must not be blank"));
                    continue;
                }
                String code = Codes.normalize(target.jurisdiction());
                if (!ruleset.knows(code)) {
                    errors.add(new FieldError(field, "unknown jurisdiction '" + target.jurisdiction().strip() + UNKNOWN));
                }
                Integer first = seen.putIfAbsent(code, i);
                if (first != null) {
                    errors.add(new FieldError(field, "duplicates targets[" + first + "] (" + code
                            + "); list each jurisdiction once"));
                }
                normalized.add(new DeploymentProfile.Target(code,
                        target.segments() == null || target.segments().isEmpty() ? Set.of() : EnumSet.copyOf(target.segments()),
                        target.sectors() == null || target.sectors().isEmpty() ? Set.of() : EnumSet.copyOf(target.sectors()),
                        target.organizations() == null ? List.of() : target.organizations().stream().map(String::strip).toList()));
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(file, errors);
        }
        return new DeploymentProfile(
                new DeploymentProfile.App(app.name().strip(), strip(app.vendor()), strip(app.model()),
                        Codes.normalize(app.originCountry())),
                new DeploymentProfile.Hosting(hosting.mode(), strip(hosting.operator()),
                        hosting.dataCountries() == null ? List.of()
                                : hosting.dataCountries().stream().map(Codes::normalize).distinct().toList()),
                profile.processesPersonalData() == null ? Boolean.TRUE : profile.processesPersonalData(),
                List.copyOf(normalized),
                profile.asOf() == null ? LocalDate.now(ZoneOffset.UTC) : profile.asOf(),
                // absent stays absent: "not stated" is judged differently from "none of these" (docs/semantics.md)
                OrderedSets.of(profile.useCases()),
                profile.role());
    }

    static CheckFailure invalid(ProfileFile file, List<FieldError> errors) {
        return CheckFailure.usage(file.name() + ": invalid profile",
                errors.stream().map(error -> error.field() + ": " + error.message()).toList());
    }

    /** {@code targets[1].jurisdiction}, as the gateway names fields. */
    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "profile" : path.toString();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
