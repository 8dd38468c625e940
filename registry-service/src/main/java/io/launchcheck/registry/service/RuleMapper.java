package io.launchcheck.registry.service;

import java.util.ArrayList;
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

import org.mapstruct.CollectionMappingStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

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

/**
 * The one place where {@link Rule} (the API record) and {@link RuleEntity} (the table row) meet. The field-by-field
 * copies are generated at build time (MapStruct, {@code RuleMapperImpl}); what is written here is only what differs
 * between the two: the subject and the requirement are columns of the row, enum sets are arrays of names (read back
 * in declaration order), lists are never null in the record (except the requirement's, where null means "not
 * given"), and the rule's tests are one JSON column. A field that is added to one side and not mapped fails the build
 * ({@code unmappedTargetPolicy = ERROR}); the entity's lists are replaced, never changed in place
 * ({@code TARGET_IMMUTABLE}: they may be immutable copies, and Hibernate compares them with its snapshot).
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, collectionMappingStrategy = CollectionMappingStrategy.TARGET_IMMUTABLE)
public abstract class RuleMapper {

    private static final RuleMapper MAPPER = Mappers.getMapper(RuleMapper.class);

    /** Rule tests are stored as JSON in the rule's row; a mapper of their own keeps this class static. */
    private static final ObjectMapper TESTS_JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final TypeReference<List<RuleTest>> TEST_LIST = new TypeReference<>() {
    };

    /** For the generated subclass only; use the static methods. */
    protected RuleMapper() {
    }

    public static Rule toApi(RuleEntity e) {
        return MAPPER.rule(e);
    }

    /** Copies a canonical rule (see {@code RuleValidator}) onto an entity; the version is left to Hibernate. */
    public static void copy(Rule r, RuleEntity e) {
        MAPPER.update(r, e);
    }

    @Mapping(target = "subject", source = "e")
    @Mapping(target = "requirement", source = "e")
    @Mapping(target = "withTests", ignore = true) // Rule.withTests(...) is a copy, not a property
    abstract Rule rule(RuleEntity e);

    @Mapping(target = "vendors", source = "subjectVendors")
    @Mapping(target = "apps", source = "subjectApps")
    @Mapping(target = "originCountries", source = "subjectOriginCountries")
    abstract RuleSubject subject(RuleEntity e);

    @Mapping(target = "storageCountries", qualifiedByName = "nullable")
    @Mapping(target = "allowedDestinations", qualifiedByName = "nullable")
    abstract RuleRequirement requirement(RuleEntity e);

    @Mapping(target = "subjectVendors", source = "subject.vendors")
    @Mapping(target = "subjectApps", source = "subject.apps")
    @Mapping(target = "subjectOriginCountries", source = "subject.originCountries")
    @Mapping(target = "storageCountries", source = "requirement.storageCountries", qualifiedByName = "nullable")
    @Mapping(target = "allowedDestinations", source = "requirement.allowedDestinations", qualifiedByName = "nullable")
    @Mapping(target = "version", ignore = true)
    abstract void update(Rule r, @MappingTarget RuleEntity e);

    Set<Segment> segments(List<String> names) {
        return enums(names, Segment.class, Segment::valueOf);
    }

    Set<Sector> sectors(List<String> names) {
        return enums(names, Sector.class, Sector::valueOf);
    }

    Set<HostingMode> hostingModes(List<String> names) {
        return enums(names, HostingMode.class, HostingMode::valueOf);
    }

    Set<UseCase> useCases(List<String> names) {
        return enums(names, UseCase.class, UseCase::valueOf);
    }

    Set<TeamRole> roles(List<String> names) {
        return enums(names, TeamRole.class, TeamRole::valueOf);
    }

    /** The rule as the rules-service judges with it: without its tests (they are for the registry only). */
    public static Rule withoutTests(Rule r) {
        return r.tests() == null || r.tests().isEmpty() ? r : r.withTests(null);
    }

    List<RuleTest> readTests(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(TESTS_JSON.readValue(json, TEST_LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored rule tests are not a list of rule tests", e);
        }
    }

    String writeTests(List<RuleTest> tests) {
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
     * The rule as {@link #toApi} gives it: use cases and roles empty rather than absent. (Every {@link Rule} keeps its
     * sets in declaration order itself, {@code OrderedSets}, so a rule read back from history JSON lists them as the
     * one first served for that version, whatever order the stored text has.)
     */
    public static Rule withCanonicalSets(Rule r) {
        return r.useCases() != null && r.roles() != null ? r
                : r.withUseCasesAndRoles(orEmpty(r.useCases()), orEmpty(r.roles()));
    }

    private static <E> Set<E> orEmpty(Set<E> values) {
        return values == null ? Set.of() : values;
    }

    /** Whether two rules say the same, whatever their versions. */
    public static boolean sameContent(Rule a, Rule b) {
        return withVersion(a, null).equals(withVersion(b, null));
    }

    List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    @Named("nullable")
    List<String> copyOrNull(List<String> values) {
        return values == null ? null : List.copyOf(values);
    }

    <E extends Enum<E>> List<String> names(Set<E> values) {
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
