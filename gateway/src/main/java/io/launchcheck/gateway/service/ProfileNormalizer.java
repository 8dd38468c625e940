package io.launchcheck.gateway.service;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.launchcheck.api.Codes;
import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.HostingMode;
import io.launchcheck.api.LaunchMapRequest;
import io.launchcheck.api.LaunchScope;
import io.launchcheck.api.Sector;
import io.launchcheck.api.Segment;
import io.launchcheck.api.problem.Problem.FieldError;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.gateway.config.GatewayConfig;

/**
 * Reads a profile the way people write it (codes in any case, surrounding spaces) and refuses what cannot be
 * judged: duplicate targets and dates outside the accepted range. Bean Validation has already checked the
 * shape (required fields, code formats) and Jackson the enum values and dates.
 */
@ApplicationScoped
public class ProfileNormalizer {

    private final GatewayConfig config;

    public ProfileNormalizer(GatewayConfig config) {
        this.config = config;
    }

    /** The profile with codes trimmed and upper-cased, {@code asOf} defaulted to today (UTC). */
    public DeploymentProfile normalize(DeploymentProfile profile) {
        List<FieldError> errors = new ArrayList<>();
        List<DeploymentProfile.Target> targets = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < profile.targets().size(); i++) {
            DeploymentProfile.Target target = profile.targets().get(i);
            String jurisdiction = Codes.normalize(target.jurisdiction());
            Integer first = seen.putIfAbsent(jurisdiction, i);
            if (first != null) {
                errors.add(new FieldError("targets[" + i + "].jurisdiction",
                        "duplicates targets[" + first + "] (" + jurisdiction + "); list each jurisdiction once"));
            }
            targets.add(new DeploymentProfile.Target(jurisdiction, segments(target.segments()),
                    sectors(target.sectors()), target.organizations() == null ? List.of()
                            : target.organizations().stream().map(String::strip).toList()));
        }
        LocalDate asOf = profile.asOf() == null ? today() : profile.asOf();
        checkAsOf(asOf, errors);
        checkIdentity(profile.app(), profile.hosting(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        DeploymentProfile.App app = profile.app();
        DeploymentProfile.Hosting hosting = profile.hosting();
        return new DeploymentProfile(
                new DeploymentProfile.App(app.name().strip(), strip(app.vendor()), strip(app.model()),
                        Codes.normalize(app.originCountry())),
                new DeploymentProfile.Hosting(hosting.mode(), strip(hosting.operator()),
                        hosting.dataCountries() == null ? List.of()
                        : hosting.dataCountries().stream().map(Codes::normalize).distinct().toList()),
                profile.processesPersonalData() == null ? Boolean.TRUE : profile.processesPersonalData(),
                List.copyOf(targets),
                asOf,
                // absent stays absent: "not stated" is not "none of these" (docs/semantics.md, "Use cases and role")
                profile.useCases() == null ? null
                        : profile.useCases().isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(profile.useCases())),
                profile.role());
    }

    /**
     * A launch map read like a profile: codes trimmed and upper-cased, {@code asOf} defaulted to today (UTC), the
     * same identity and date checks; the scope's bloc and countries normalized (the rules-service checks that they
     * exist, in the ruleset that judges the map).
     */
    public LaunchMapRequest normalize(LaunchMapRequest map) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate asOf = map.asOf() == null ? today() : map.asOf();
        checkAsOf(asOf, errors);
        checkIdentity(map.app(), map.hosting(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        DeploymentProfile.App app = map.app();
        DeploymentProfile.Hosting hosting = map.hosting();
        LaunchScope scope = map.scope();
        return new LaunchMapRequest(
                new DeploymentProfile.App(app.name().strip(), strip(app.vendor()), strip(app.model()),
                        Codes.normalize(app.originCountry())),
                new DeploymentProfile.Hosting(hosting.mode(), strip(hosting.operator()),
                        hosting.dataCountries() == null ? List.of()
                        : hosting.dataCountries().stream().map(Codes::normalize).distinct().toList()),
                map.processesPersonalData() == null ? Boolean.TRUE : map.processesPersonalData(),
                segments(map.segments()), sectors(map.sectors()),
                map.organizations() == null ? List.of() : map.organizations().stream().map(String::strip).toList(),
                new LaunchScope(scope.kind(), Codes.normalize(scope.bloc()),
                        scope.subdivisionsOf() == null ? List.of()
                        : scope.subdivisionsOf().stream().map(Codes::normalize).toList()),
                asOf, map.useCases(), map.role());
    }

    /** Refuses a date outside [earliest-as-of, today + max-years-ahead]. */
    public void checkAsOf(LocalDate asOf) {
        List<FieldError> errors = new ArrayList<>();
        checkAsOf(asOf, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
    }

    private void checkAsOf(LocalDate asOf, List<FieldError> errors) {
        LocalDate latest = today().plusYears(config.maxYearsAhead());
        if (asOf.isBefore(config.earliestAsOf()) || asOf.isAfter(latest)) {
            errors.add(new FieldError("asOf", "must lie between " + config.earliestAsOf() + " and " + latest));
        }
    }

    /** Names that were given must say something, and the operator must fit the hosting mode. */
    private static void checkIdentity(DeploymentProfile.App app, DeploymentProfile.Hosting hosting,
            List<FieldError> errors) {
        if (app.model() != null && app.model().isBlank()) {
            errors.add(new FieldError("app.model", "must not be blank; leave it out when the model is not known"));
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
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static Set<Segment> segments(Set<Segment> segments) {
        return segments == null || segments.isEmpty() ? Set.of() : EnumSet.copyOf(segments);
    }

    private static Set<Sector> sectors(Set<Sector> sectors) {
        return sectors == null || sectors.isEmpty() ? Set.of() : EnumSet.copyOf(sectors);
    }
}
