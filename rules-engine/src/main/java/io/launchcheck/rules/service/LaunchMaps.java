package io.launchcheck.rules.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.launchcheck.api.Codes;
import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.JurisdictionType;
import io.launchcheck.api.LaunchMapRequest;
import io.launchcheck.api.LaunchScope;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.rules.domain.RulesetSnapshot;

/**
 * Turns a launch map's scope into targets from the jurisdictions of the ruleset that judges it, so the map and its
 * verdicts always come from one ruleset version: WORLD is every country of the ruleset's catalog, BLOC a bloc's
 * member countries; the subdivisions of the countries named in {@code subdivisionsOf} follow their country.
 */
public final class LaunchMaps {

    private LaunchMaps() {
    }

    /**
     * The launch map as a profile with one target per jurisdiction of its scope (countries by code, each followed by
     * its subdivisions when asked), every target with the map's segments, sectors and organizations.
     *
     * @throws ProblemException 400 naming {@code scope.bloc} or {@code scope.subdivisionsOf[i]}
     */
    public static DeploymentProfile expand(RulesetSnapshot ruleset, LaunchMapRequest map) {
        LaunchScope scope = map.scope();
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> countries = List.of();
        if (scope.kind() == LaunchScope.Kind.WORLD) {
            if (scope.bloc() != null) {
                errors.add(new Problem.FieldError("scope.bloc", "must be left out when scope.kind is WORLD"));
            }
            countries = ruleset.countries();
        } else {
            String bloc = Codes.normalize(scope.bloc());
            if (bloc == null || bloc.isEmpty()) {
                errors.add(new Problem.FieldError("scope.bloc", "is required when scope.kind is BLOC (e.g. EU)"));
            } else if (ruleset.typeOf(bloc).orElse(null) != JurisdictionType.BLOC) {
                errors.add(new Problem.FieldError("scope.bloc", "unknown bloc '" + scope.bloc().strip()
                        + "'; expected a bloc of the registry such as EU"));
            } else {
                countries = ruleset.membersOf(bloc);
            }
        }
        Set<String> withSubdivisions = new LinkedHashSet<>();
        List<String> asked = scope.subdivisionsOf() == null ? List.of() : scope.subdivisionsOf();
        for (int i = 0; i < asked.size(); i++) {
            String country = Codes.normalize(asked.get(i));
            String field = "scope.subdivisionsOf[" + i + "]";
            if (ruleset.typeOf(country).orElse(null) != JurisdictionType.COUNTRY) {
                errors.add(new Problem.FieldError(field, "unknown country '" + asked.get(i).strip() + "'"));
            } else if (errors.isEmpty() && !countries.contains(country)) {
                errors.add(new Problem.FieldError(field, country + " is not in the scope"));
            } else if (!withSubdivisions.add(country)) {
                errors.add(new Problem.FieldError(field, "names " + country + " twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        List<DeploymentProfile.Target> targets = new ArrayList<>(countries.size());
        for (String country : countries) {
            targets.add(target(map, country));
            if (withSubdivisions.contains(country)) {
                ruleset.subdivisionsOf(country).forEach(sub -> targets.add(target(map, sub)));
            }
        }
        return map.profile(targets);
    }

    private static DeploymentProfile.Target target(LaunchMapRequest map, String code) {
        return new DeploymentProfile.Target(code, map.segments(), map.sectors(), map.organizations());
    }
}
