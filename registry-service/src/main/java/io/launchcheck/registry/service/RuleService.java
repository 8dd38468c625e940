package io.launchcheck.registry.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.json.StrictJson;
import io.launchcheck.api.problem.Problem.FieldError;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.registry.domain.ChangeAction;
import io.launchcheck.registry.domain.RuleEntity;
import io.launchcheck.registry.domain.RuleHistoryEntity;
import io.launchcheck.registry.repository.HistoryRepository;
import io.launchcheck.registry.repository.RuleRepository;

/** Rules: reading, filtering, and changes that move the ruleset version and leave history. */
@ApplicationScoped
public class RuleService {

    private final RuleRepository rules;
    private final HistoryRepository history;
    private final RuleValidator validator;
    private final VendorService vendors;
    private final JurisdictionCatalog jurisdictions;
    private final RulesetChanges changes;
    private final ObjectMapper objectMapper;
    private final ReviewFreshness freshness;
    private final RuleTestService ruleTests;

    @Inject
    RuleService(RuleRepository rules,
            HistoryRepository history,
            RuleValidator validator,
            VendorService vendors,
            JurisdictionCatalog jurisdictions,
            RulesetChanges changes,
            ObjectMapper objectMapper,
            ReviewFreshness freshness,
            RuleTestService ruleTests) {
        this.rules = rules;
        this.history = history;
        this.validator = validator;
        this.vendors = vendors;
        this.jurisdictions = jurisdictions;
        this.changes = changes;
        this.objectMapper = objectMapper;
        this.freshness = freshness;
        this.ruleTests = ruleTests;
    }

    /** What a listing asks for; null fields do not narrow. */
    public record Query(String jurisdiction, boolean related, RuleKind kind, RuleStatus status, String vendor,
            LocalDate inForceOn, Boolean reviewOverdue, int page, int size) {
    }

    /** One page of rules and the total number matching. */
    public record Page(List<Rule> rules, long total) {
    }

    @Transactional
    public Page list(Query query) {
        Set<String> codes = null;
        if (query.jurisdiction() != null) {
            String code = jurisdictions.find(query.jurisdiction())
                    .orElseThrow(() -> ProblemException.badRequest("jurisdiction",
                            "unknown jurisdiction '" + query.jurisdiction().strip() + "'"))
                    .code();
            codes = query.related() ? jurisdictions.reaching(code) : Set.of(code);
        }
        String vendorId = null;
        if (query.vendor() != null && !query.vendor().isBlank()) {
            Optional<String> resolved = vendors.directory().resolve(query.vendor()).map(io.launchcheck.api.Vendor::id);
            if (resolved.isEmpty()) {
                // an unknown vendor is covered by no vendor-specific rule
                return new Page(List.of(), 0);
            }
            vendorId = resolved.get();
        }
        RuleRepository.Slice slice = rules.find(new RuleRepository.Filter(codes, query.kind(), query.status(), vendorId,
                query.inForceOn(), query.reviewOverdue(), freshness.dueBefore()), query.page(), query.size());
        return new Page(slice.rules().stream().map(RuleMapper::toApi).toList(), slice.total());
    }

    @Transactional
    public Rule get(String id) {
        return rules.findByIdOptional(id).map(RuleMapper::toApi).orElseThrow(() -> notFound(id));
    }

    @Transactional
    public Rule create(Rule rule, ChangeContext context) {
        RulesetChanges.Change change = changes.open(context);
        if (rules.findByIdOptional(rule.id()).isPresent()) {
            throw ProblemException.conflict("id", "A rule with id '" + rule.id() + "' already exists");
        }
        Rule canonical = checked(rule);
        ruleTests.requirePassing(canonical);
        RuleEntity entity = new RuleEntity();
        RuleMapper.copy(canonical, entity);
        rules.persist(entity);
        rules.flush();
        Rule created = RuleMapper.toApi(entity);
        change.rule(entity.id, ChangeAction.CREATED, null, created);
        return created;
    }

    /** Replaces a rule; {@code expectedVersion} null means "any" ({@code If-Match: *}). Same content: no new version. */
    @Transactional
    public Rule update(String id, Rule rule, Long expectedVersion, ChangeContext context) {
        if (!rule.id().equals(id)) {
            throw ProblemException.badRequest("id", "must equal the id in the path ('" + id + "')");
        }
        RulesetChanges.Change change = changes.open(context);
        RuleEntity entity = current(id, expectedVersion);
        Rule canonical = checked(rule);
        Rule before = RuleMapper.toApi(entity);
        if (RuleMapper.sameContent(before, canonical)) {
            return before;
        }
        ruleTests.requirePassing(canonical);
        RuleMapper.copy(canonical, entity);
        rules.flush();
        Rule after = RuleMapper.toApi(entity);
        change.rule(id, ChangeAction.UPDATED, before, after);
        return after;
    }

    /**
     * Runs the tests a rule carries against the stored ruleset with the rule in place, without saving anything:
     * "test this draft rule". Invalid fields are a 422 as for a create; failing tests are an answer, not an error.
     */
    @Transactional
    public io.launchcheck.api.RuleTestReport test(Rule rule) {
        Rule canonical = checked(rule);
        return ruleTests.run(List.of(canonical), List.of()).get(0);
    }

    /** The canonical form of a rule (references resolved, codes normalized); 422 naming the fields at fault. */
    Rule canonical(Rule rule) {
        return checked(rule);
    }

    /** Deletes a rule; it stays in the history and in the rulesets of earlier versions. */
    @Transactional
    public void delete(String id, Long expectedVersion, ChangeContext context) {
        RulesetChanges.Change change = changes.open(context);
        RuleEntity entity = current(id, expectedVersion);
        Rule before = RuleMapper.toApi(entity);
        ruleTests.verify(List.of(), List.of(), List.of(id));
        rules.delete(entity);
        rules.flush();
        change.rule(id, ChangeAction.DELETED, before, null);
    }

    /** A rule's history, newest first; also for deleted rules. */
    @Transactional
    public List<RuleChange> history(String id) {
        List<RuleHistoryEntity> rows = history.ofRule(id);
        if (rows.isEmpty()) {
            throw notFound(id);
        }
        return rows.stream().map(row -> new RuleChange(row.ruleId, row.rulesetVersion, row.action, row.actor,
                row.reason, row.at, read(row.before), read(row.after))).toList();
    }

    /**
     * Inserts or replaces a canonical rule within the caller's change (rule pack import).
     *
     * @return CREATED, UPDATED, or null when the stored rule already says the same
     */
    ChangeAction upsert(Rule canonical, RulesetChanges.Change change) {
        Optional<RuleEntity> existing = rules.findByIdOptional(canonical.id());
        if (existing.isEmpty()) {
            RuleEntity entity = new RuleEntity();
            RuleMapper.copy(canonical, entity);
            rules.persist(entity);
            rules.flush();
            change.rule(entity.id, ChangeAction.CREATED, null, RuleMapper.toApi(entity));
            return ChangeAction.CREATED;
        }
        RuleEntity entity = existing.get();
        Rule before = RuleMapper.toApi(entity);
        if (RuleMapper.sameContent(before, canonical)) {
            return null;
        }
        RuleMapper.copy(canonical, entity);
        rules.flush();
        change.rule(entity.id, ChangeAction.UPDATED, before, RuleMapper.toApi(entity));
        return ChangeAction.UPDATED;
    }

    /** Deletes a rule within the caller's change (a publication); false when there is no such rule. */
    boolean remove(String id, RulesetChanges.Change change) {
        Optional<RuleEntity> entity = rules.findByIdOptional(id);
        if (entity.isEmpty()) {
            return false;
        }
        Rule before = RuleMapper.toApi(entity.get());
        rules.delete(entity.get());
        rules.flush();
        change.rule(id, ChangeAction.DELETED, before, null);
        return true;
    }

    /** The stored rule's version, or null when there is no such rule. */
    Long storedVersion(String id) {
        return rules.findByIdOptional(id).map(entity -> entity.version).orElse(null);
    }

    @Transactional
    public long count() {
        return rules.count();
    }

    private RuleEntity current(String id, Long expectedVersion) {
        RuleEntity entity = rules.findByIdOptional(id).orElseThrow(() -> notFound(id));
        if (expectedVersion != null && expectedVersion != entity.version) {
            throw ProblemException.preconditionFailed("Rule '" + id + "' is at version " + entity.version + ", not "
                    + expectedVersion + "; read it again and reapply your change");
        }
        return entity;
    }

    private Rule checked(Rule rule) {
        List<FieldError> errors = new ArrayList<>();
        Rule canonical = validator.check(rule, vendors.directory(), "", errors);
        if (canonical == null) {
            throw new ProblemException(422, "Unprocessable request", VendorService.summarize(errors), errors, null);
        }
        return canonical;
    }

    private Rule read(String json) {
        try {
            return json == null ? null : StrictJson.tolerant(objectMapper, Rule.class).readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored history is not a rule", e);
        }
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("No rule with id '" + id + "'");
    }
}
