package io.launchcheck.registry.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.launchcheck.api.Codes;
import io.launchcheck.api.Coverage;
import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.RuleTest;
import io.launchcheck.api.HostingMode;
import io.launchcheck.api.Vendor;
import io.launchcheck.api.names.VendorNames;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleRequirement;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.RuleSubject;
import io.launchcheck.api.Severity;
import io.launchcheck.api.problem.Problem.FieldError;

/**
 * The checks Bean Validation cannot do on a {@link Rule}: references to jurisdictions and vendors, and rules
 * between fields. Produces the canonical form that is stored and compared: codes trimmed and upper-cased,
 * vendor names resolved to vendor ids, lists without duplicates, blank texts as null, missing lists empty.
 * <p>
 * {@code requirement.storageCountries} is required and non-empty for DATA_LOCALIZATION.
 * {@code requirement.allowedDestinations} is required for CROSS_BORDER_TRANSFER; an empty list is accepted and
 * means that only the rule's own jurisdiction (and, for a bloc, its members) may receive the data.
 */
@ApplicationScoped
public class RuleValidator {

    private final JurisdictionCatalog jurisdictions;

    @Inject
    RuleValidator(JurisdictionCatalog jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /**
     * Checks a rule and returns its canonical form; adds every problem to {@code errors} with its field
     * prefixed by {@code prefix} (e.g. "rules[3].") and returns null when there is one.
     */
    public Rule check(Rule rule, VendorNames vendors, String prefix, List<FieldError> errors) {
        int before = errors.size();
        if (ExampleIds.reserved(rule.id())) {
            errors.add(new FieldError(prefix + "id", ExampleIds.ID_MESSAGE));
        }
        String jurisdiction = Codes.normalize(rule.jurisdiction());
        if (!jurisdictions.exists(jurisdiction)) {
            errors.add(new FieldError(prefix + "jurisdiction", "unknown jurisdiction '" + strip(rule.jurisdiction())
                    + "'; expected an ISO 3166-1 alpha-2 country, an ISO 3166-2 subdivision or a bloc such as EU"));
        }

        RuleSubject subject = rule.subject() == null ? RuleSubject.EVERY_APP : rule.subject();
        List<String> vendorIds = new ArrayList<>();
        List<String> subjectVendors = orEmpty(subject.vendors());
        for (int i = 0; i < subjectVendors.size(); i++) {
            String name = subjectVendors.get(i);
            int index = i;
            vendors.resolve(name).map(Vendor::id).ifPresentOrElse(vendorIds::add, () -> errors.add(new FieldError(
                    prefix + "subject.vendors[" + index + "]", "unknown vendor '" + strip(name) + "'")));
        }
        List<String> apps = orEmpty(subject.apps()).stream().map(String::strip).toList();
        List<String> origins = codes(subject.originCountries(), jurisdictions::isCountry,
                prefix + "subject.originCountries", "unknown country", errors);

        RuleRequirement requirement = rule.requirement() == null ? new RuleRequirement(null, null) : rule.requirement();
        List<String> storage = requirement.storageCountries() == null ? null
                : codes(requirement.storageCountries(), jurisdictions::isCountry,
                        prefix + "requirement.storageCountries", "unknown country", errors);
        List<String> destinations = requirement.allowedDestinations() == null ? null
                : codes(requirement.allowedDestinations(), jurisdictions::isCountryOrBloc,
                        prefix + "requirement.allowedDestinations", "unknown country or bloc", errors);
        if (rule.kind() == RuleKind.DATA_LOCALIZATION && (storage == null || storage.isEmpty())) {
            errors.add(new FieldError(prefix + "requirement.storageCountries",
                    "is required for a DATA_LOCALIZATION rule: the countries where user data must be stored"));
        }
        if (rule.kind() == RuleKind.CROSS_BORDER_TRANSFER && destinations == null) {
            errors.add(new FieldError(prefix + "requirement.allowedDestinations",
                    "is required for a CROSS_BORDER_TRANSFER rule (an empty list allows only the rule's own jurisdiction)"));
        }

        if (rule.effectiveFrom() != null && rule.effectiveTo() != null && !rule.effectiveTo().isAfter(rule.effectiveFrom())) {
            errors.add(new FieldError(prefix + "effectiveTo", "must be after effectiveFrom (" + rule.effectiveFrom() + ")"));
        }
        if (rule.status() == RuleStatus.LIFTED && rule.effectiveTo() == null) {
            errors.add(new FieldError(prefix + "effectiveTo", "is required when status is LIFTED: the first day it no longer applied"));
        }
        noNulls(rule.segments(), prefix + "segments", errors);
        noNulls(rule.sectors(), prefix + "sectors", errors);
        noNulls(rule.hostingModes(), prefix + "hostingModes", errors);
        noNulls(rule.useCases(), prefix + "useCases", errors);
        noNulls(rule.roles(), prefix + "roles", errors);
        if (rule.kind() == RuleKind.OBLIGATION && rule.severity() != Severity.WARNING) {
            errors.add(new FieldError(prefix + "severity", "must be WARNING for an OBLIGATION: an obligation says what "
                    + "to do and never blocks a launch"));
        }
        if (rule.kind() == RuleKind.PROHIBITED_PRACTICE && (rule.useCases() == null || rule.useCases().isEmpty())) {
            errors.add(new FieldError(prefix + "useCases", "is required for a PROHIBITED_PRACTICE rule: the uses of AI "
                    + "it prohibits"));
        }
        if (rule.covers() == Coverage.NAMED_APPS && orEmpty(subject.apps()).isEmpty()) {
            errors.add(new FieldError(prefix + "covers", "NAMED_APPS needs the apps in subject.apps"));
        }
        if (rule.covers() == Coverage.ANY_DEPLOYMENT && rule.hostingModes() != null && !rule.hostingModes().isEmpty()
                && !rule.hostingModes().containsAll(EnumSet.allOf(HostingMode.class))) {
            errors.add(new FieldError(prefix + "covers", "ANY_DEPLOYMENT covers self-hosted and third-party deployments, "
                    + "which hostingModes " + rule.hostingModes() + " leave out; empty hostingModes or choose DEVELOPER_SERVICE"));
        }
        List<RuleTest> tests = checkTests(rule.tests(), prefix, errors);
        if (errors.size() > before) {
            return null;
        }

        return new Rule(rule.id(), jurisdiction, text(rule.organization()), rule.kind(), text(rule.title()),
                new RuleSubject(distinct(vendorIds), distinctIgnoringCase(apps), origins), rule.covers(),
                enumSet(rule.segments()), enumSet(rule.sectors()), enumSet(rule.hostingModes()),
                new RuleRequirement(storage, destinations), rule.personalDataOnly(), rule.severity(), rule.status(),
                rule.effectiveFrom(), rule.effectiveTo(), text(rule.dateNote()), text(rule.summary()),
                text(rule.legalBasis()), text(rule.authority()), text(rule.sourceUrl()),
                rule.sources() == null ? List.of() : distinct(rule.sources().stream()
                        .filter(source -> source != null && !source.isBlank()).map(String::strip).toList()),
                text(rule.remediation()), text(rule.scope()), text(rule.hostingRationale()), rule.confidence(),
                rule.reviewedOn(), null, enumSet(rule.useCases()), enumSet(rule.roles()), tests);
    }

    /**
     * What the rules engine cannot tell: a test must be dated, name one of its profile's targets, not expect a
     * verdict it also forbids, and have a name of its own. Whether it passes is decided by running it.
     */
    private List<RuleTest> checkTests(List<RuleTest> given, String prefix, List<FieldError> errors) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        List<RuleTest> tests = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            RuleTest test = given.get(i);
            String field = prefix + "tests[" + i + "]";
            if (test == null) {
                errors.add(new FieldError(field, "must not be null"));
                continue;
            }
            if (!names.add(test.name().strip())) {
                errors.add(new FieldError(field + ".name", "another test of this rule is called '" + test.name().strip() + "'"));
            }
            if (test.profile().asOf() == null) {
                errors.add(new FieldError(field + ".profile.asOf", "is required in a rule test, so that it means the same every day"));
            }
            String target = Codes.normalize(test.target());
            List<String> targets = new ArrayList<>();
            for (int t = 0; t < test.profile().targets().size(); t++) {
                DeploymentProfile.Target profileTarget = test.profile().targets().get(t);
                String code = profileTarget == null ? null : Codes.normalize(profileTarget.jurisdiction());
                if (code != null && !jurisdictions.exists(code)) {
                    errors.add(new FieldError(field + ".profile.targets[" + t + "].jurisdiction",
                            "unknown jurisdiction '" + strip(profileTarget.jurisdiction()) + "'"));
                }
                targets.add(code);
            }
            if (!targets.contains(target)) {
                errors.add(new FieldError(field + ".target", "must be one of the profile's targets " + targets));
            }
            if (test.verdict() != null && test.notVerdicts() != null && test.notVerdicts().contains(test.verdict())) {
                errors.add(new FieldError(field + ".notVerdicts", "contains the expected verdict " + test.verdict()));
            }
            tests.add(new RuleTest(test.name().strip(), test.profile(), target, test.verdict(),
                    test.notVerdicts() == null || test.notVerdicts().isEmpty() ? null
                            : Collections.unmodifiableSet(EnumSet.copyOf(test.notVerdicts())),
                    test.matches()));
        }
        return List.copyOf(tests);
    }

    private List<String> codes(List<String> values, Predicate<String> known, String field, String message,
            List<FieldError> errors) {
        List<String> codes = new ArrayList<>();
        List<String> given = orEmpty(values);
        for (int i = 0; i < given.size(); i++) {
            String code = Codes.normalize(given.get(i));
            if (code == null || !known.test(code)) {
                errors.add(new FieldError(field + "[" + i + "]", message + " '" + strip(given.get(i)) + "'"));
            } else {
                codes.add(code);
            }
        }
        return distinct(codes);
    }

    private static void noNulls(Collection<?> values, String field, List<FieldError> errors) {
        if (values != null && values.contains(null)) {
            errors.add(new FieldError(field, "must not contain null"));
        }
    }

    private static <E extends Enum<E>> Set<E> enumSet(Set<E> values) {
        return values == null || values.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    private static List<String> distinctIgnoringCase(List<String> values) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> result = new ArrayList<>();
        for (String value : values) {
            if (seen.add(value.toLowerCase(Locale.ROOT))) {
                result.add(value);
            }
        }
        return List.copyOf(result);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String strip(String value) {
        return value == null ? "null" : value.strip();
    }
}
