package io.launchcheck.registry.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.launchcheck.api.HostingMode;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleRequirement;
import io.launchcheck.api.RuleSubject;
import io.launchcheck.api.RuleTest;
import io.launchcheck.api.Sector;
import io.launchcheck.api.TeamRole;
import io.launchcheck.api.UseCase;
import io.launchcheck.api.Segment;
import io.launchcheck.registry.domain.RuleEntity;

/** The one place where {@link Rule} (the API record) and {@link RuleEntity} (the table row) meet. */
public final class RuleMapper {

    /** Rule tests are stored as JSON in the rule's row; a mapper of their own keeps this class static. */
    private static final ObjectMapper TESTS_JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final TypeReference<List<RuleTest>> TEST_LIST = new TypeReference<>() {
    };

    private RuleMapper() {
    }

    public static Rule toApi(RuleEntity e) {
        return new Rule(e.id, e.jurisdiction, e.organization, e.kind, e.title,
                new RuleSubject(copy(e.subjectVendors), copy(e.subjectApps), copy(e.subjectOriginCountries)), e.covers,
                enums(e.segments, Segment.class, Segment::valueOf),
                enums(e.sectors, Sector.class, Sector::valueOf),
                enums(e.hostingModes, HostingMode.class, HostingMode::valueOf),
                new RuleRequirement(copyOrNull(e.storageCountries), copyOrNull(e.allowedDestinations)),
                e.personalDataOnly, e.severity, e.status, e.effectiveFrom, e.effectiveTo, e.dateNote, e.summary,
                e.legalBasis, e.authority, e.sourceUrl, copy(e.sources), e.remediation, e.scope, e.hostingRationale,
                e.confidence, e.reviewedOn, e.version, enums(e.useCases, UseCase.class, UseCase::valueOf),
                enums(e.roles, TeamRole.class, TeamRole::valueOf), readTests(e.tests));
    }

    /** Copies a canonical rule (see {@code RuleValidator}) onto an entity; the version is left to Hibernate. */
    public static void copy(Rule r, RuleEntity e) {
        e.id = r.id();
        e.jurisdiction = r.jurisdiction();
        e.organization = r.organization();
        e.kind = r.kind();
        e.title = r.title();
        e.subjectVendors = copy(r.subject().vendors());
        e.subjectApps = copy(r.subject().apps());
        e.subjectOriginCountries = copy(r.subject().originCountries());
        e.covers = r.covers();
        e.segments = names(r.segments());
        e.sectors = names(r.sectors());
        e.hostingModes = names(r.hostingModes());
        e.storageCountries = copyOrNull(r.requirement().storageCountries());
        e.allowedDestinations = copyOrNull(r.requirement().allowedDestinations());
        e.personalDataOnly = r.personalDataOnly();
        e.severity = r.severity();
        e.status = r.status();
        e.effectiveFrom = r.effectiveFrom();
        e.effectiveTo = r.effectiveTo();
        e.dateNote = r.dateNote();
        e.summary = r.summary();
        e.legalBasis = r.legalBasis();
        e.authority = r.authority();
        e.sourceUrl = r.sourceUrl();
        e.sources = copy(r.sources());
        e.remediation = r.remediation();
        e.scope = r.scope();
        e.hostingRationale = r.hostingRationale();
        e.confidence = r.confidence();
        e.reviewedOn = r.reviewedOn();
        e.useCases = names(r.useCases());
        e.roles = names(r.roles());
        e.tests = writeTests(r.tests());
    }

    /** The rule as the rules-service judges with it: without its tests (they are for the registry only). */
    public static Rule withoutTests(Rule r) {
        return r.tests() == null || r.tests().isEmpty() ? r : r.withTests(null);
    }

    private static List<RuleTest> readTests(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(TESTS_JSON.readValue(json, TEST_LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored rule tests are not a list of rule tests", e);
        }
    }

    private static String writeTests(List<RuleTest> tests) {
        if (tests == null || tests.isEmpty()) {
            return null;
        }
        try {
            return TESTS_JSON.writeValueAsString(tests);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize rule tests", e);
        }
    }

    /** The rule with another version (null to compare content only). */
    public static Rule withVersion(Rule r, Long version) {
        return new Rule(r.id(), r.jurisdiction(), r.organization(), r.kind(), r.title(), r.subject(), r.covers(), r.segments(),
                r.sectors(), r.hostingModes(), r.requirement(), r.personalDataOnly(), r.severity(), r.status(),
                r.effectiveFrom(), r.effectiveTo(), r.dateNote(), r.summary(), r.legalBasis(), r.authority(),
                r.sourceUrl(), r.sources(), r.remediation(), r.scope(), r.hostingRationale(), r.confidence(), r.reviewedOn(),
                version, r.useCases(), r.roles(), r.tests() == null ? List.of() : r.tests());
    }

    /**
     * The rule with its segments, sectors and hosting modes in declaration order, as {@link #toApi} gives them.
     * Rules read back from history JSON come with hash-ordered sets; without this a past ruleset would list them
     * in another order than the one first served for that version.
     */
    public static Rule withCanonicalSets(Rule r) {
        return new Rule(r.id(), r.jurisdiction(), r.organization(), r.kind(), r.title(), r.subject(), r.covers(),
                inOrder(r.segments(), Segment.class), inOrder(r.sectors(), Sector.class),
                inOrder(r.hostingModes(), HostingMode.class), r.requirement(), r.personalDataOnly(), r.severity(),
                r.status(), r.effectiveFrom(), r.effectiveTo(), r.dateNote(), r.summary(), r.legalBasis(), r.authority(),
                r.sourceUrl(), r.sources(), r.remediation(), r.scope(), r.hostingRationale(), r.confidence(),
                r.reviewedOn(), r.version(), inOrder(orEmpty(r.useCases()), UseCase.class),
                inOrder(orEmpty(r.roles()), TeamRole.class), r.tests());
    }

    private static <E> Set<E> orEmpty(Set<E> values) {
        return values == null ? Set.of() : values;
    }

    private static <E extends Enum<E>> Set<E> inOrder(Set<E> values, Class<E> type) {
        if (values == null) {
            return null;
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return Collections.unmodifiableSet(set);
    }

    /** Whether two rules say the same, whatever their versions. */
    public static boolean sameContent(Rule a, Rule b) {
        return withVersion(a, null).equals(withVersion(b, null));
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    private static List<String> copyOrNull(List<String> values) {
        return values == null ? null : List.copyOf(values);
    }

    private static <E extends Enum<E>> List<String> names(Collection<E> values) {
        if (values == null || values.isEmpty()) {
            return new ArrayList<>();
        }
        return EnumSet.copyOf(values).stream().map(Enum::name).toList();
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> names, Class<E> type, Function<String, E> parse) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (names != null) {
            names.forEach(name -> set.add(parse.apply(name)));
        }
        return Collections.unmodifiableSet(set);
    }
}
