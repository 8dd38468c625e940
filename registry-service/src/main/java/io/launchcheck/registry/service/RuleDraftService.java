package io.launchcheck.registry.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.Finding;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RulePreview;
import io.launchcheck.api.RulePublication;
import io.launchcheck.api.RulePreviewRequest;
import io.launchcheck.api.RuleTestReport;
import io.launchcheck.api.Ruleset;
import io.launchcheck.api.json.StrictJson;
import io.launchcheck.api.problem.Problem.FieldError;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.registry.domain.DraftAction;
import io.launchcheck.registry.domain.DraftStatus;
import io.launchcheck.registry.domain.RuleDraftEntity;
import io.launchcheck.registry.repository.RuleDraftRepository;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.launchcheck.rules.service.ProfileEvaluator;
import io.launchcheck.rules.service.RuleTestRunner;

/**
 * Rule drafts: saved apart from the rules (so no ruleset, and so no rules-service, ever sees them), tested and
 * previewed against the published ruleset, and published as one audited change.
 */
@ApplicationScoped
public class RuleDraftService {

    private final RuleDraftRepository drafts;
    private final RuleService rules;
    private final RuleTestService ruleTests;
    private final CandidateRulesets candidates;
    private final RuleEngine engine;
    private final RulesetChanges changes;
    private final ObjectMapper objectMapper;

    @Inject
    RuleDraftService(RuleDraftRepository drafts,
            RuleService rules,
            RuleTestService ruleTests,
            CandidateRulesets candidates,
            RuleEngine engine,
            RulesetChanges changes,
            ObjectMapper objectMapper) {
        this.drafts = drafts;
        this.rules = rules;
        this.ruleTests = ruleTests;
        this.candidates = candidates;
        this.engine = engine;
        this.changes = changes;
        this.objectMapper = objectMapper;
    }

    /** Saves a draft; the rule is validated as for a create (422), its tests are run and reported, not enforced. */
    @Transactional
    public RuleDraft create(RuleDraftRequest request, ChangeContext context) {
        DraftAction action = request.action() == null ? DraftAction.UPSERT : request.action();
        RuleDraftEntity row = new RuleDraftEntity();
        row.id = UUID.randomUUID();
        row.action = action;
        if (action == DraftAction.UPSERT) {
            if (request.rule() == null) {
                throw ProblemException.badRequest("rule", "is required for an UPSERT draft");
            }
            if (request.ruleId() != null && !request.ruleId().equals(request.rule().id())) {
                throw ProblemException.badRequest("ruleId", "must be left out or equal rule.id for an UPSERT draft");
            }
            Rule canonical = rules.canonical(request.rule());
            row.ruleId = canonical.id();
            row.content = json(canonical);
        } else {
            if (request.ruleId() == null || request.ruleId().isBlank()) {
                throw ProblemException.badRequest("ruleId", "is required for a DELETE draft");
            }
            if (request.rule() != null) {
                throw ProblemException.badRequest("rule", "must be left out of a DELETE draft");
            }
            row.ruleId = request.ruleId().strip();
            if (rules.storedVersion(row.ruleId) == null) {
                throw ProblemException.unprocessable("ruleId", "no rule with id '" + row.ruleId + "' to delete");
            }
        }
        row.baseVersion = rules.storedVersion(row.ruleId);
        row.status = DraftStatus.OPEN;
        row.reason = request.reason() == null || request.reason().isBlank() ? context.reason() : request.reason().strip();
        row.createdBy = context.actor();
        row.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        drafts.persist(row);
        return toApi(row, true);
    }

    @Transactional
    public List<RuleDraft> list(DraftStatus status) {
        return drafts.list(status).stream().map(row -> toApi(row, false)).toList();
    }

    @Transactional
    public RuleDraft get(UUID id) {
        return toApi(find(id), true);
    }

    /** "Test this draft rule": its tests against the published ruleset with the draft in place. */
    @Transactional
    public RuleTestReport test(UUID id) {
        RuleDraftEntity row = find(id);
        if (row.action == DraftAction.DELETE) {
            throw ProblemException.unprocessable("id", "draft " + id + " deletes rule " + row.ruleId + "; it has no tests to run");
        }
        return ruleTests.run(List.of(rule(row)), List.of()).get(0);
    }

    /** Discards an open draft (it is kept, with who discarded it). */
    @Transactional
    public void discard(UUID id, ChangeContext context) {
        RuleDraftEntity row = drafts.lock(List.of(id)).stream().findFirst().orElseThrow(() -> notFound(id));
        requireOpen(row, "id");
        row.status = DraftStatus.DISCARDED;
        row.closedBy = context.actor();
        row.closedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Publishes open drafts as one change: one ruleset version, each rule change in the history with the caller as
     * actor. Refused with 409 when a draft is not open or its rule changed since the draft was saved, and with 422
     * when a rule test fails with the drafts in place; nothing is published then.
     */
    @Transactional
    public RulePublication publish(RulePublication.Request request, ChangeContext context) {
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(request.drafts()));
        RulesetChanges.Change change = changes.open(context);
        List<RuleDraftEntity> rows = ordered(ids, drafts.lock(ids));
        List<Rule> upserts = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        List<String> removals = new ArrayList<>();
        Set<String> ruleIds = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            RuleDraftEntity row = rows.get(i);
            String field = "drafts[" + i + "]";
            requireOpen(row, field);
            if (!ruleIds.add(row.ruleId)) {
                throw ProblemException.conflict(field, "two drafts change rule " + row.ruleId + "; publish one of them");
            }
            Long stored = rules.storedVersion(row.ruleId);
            if (!Objects.equals(stored, row.baseVersion)) {
                throw ProblemException.conflict(field, "rule " + row.ruleId + " changed since draft " + row.id
                        + " was saved (" + (row.baseVersion == null ? "it did not exist" : "version " + row.baseVersion)
                        + ", now " + (stored == null ? "deleted" : "version " + stored) + "); save a new draft");
            }
            if (row.action == DraftAction.UPSERT) {
                // re-checked: vendors and jurisdictions it names may have changed since it was saved
                upserts.add(rules.canonical(rule(row)));
                prefixes.add(field + ".rule.");
            } else {
                removals.add(row.ruleId);
            }
        }
        ruleTests.verify(upserts, prefixes, removals);
        for (Rule rule : upserts) {
            rules.upsert(rule, change);
        }
        for (String id : removals) {
            rules.remove(id, change);
        }
        change.summarize("publication of " + rows.size() + " draft(s): " + String.join(", ",
                rows.stream().map(row -> row.action + " " + row.ruleId).toList()));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (RuleDraftEntity row : rows) {
            row.status = DraftStatus.PUBLISHED;
            row.closedBy = context.actor();
            row.closedAt = now;
            row.rulesetVersion = change.currentVersion();
        }
        return new RulePublication(change.currentVersion(), context.actor(), now, ids,
                rows.stream().map(row -> row.ruleId).toList());
    }

    /**
     * Judges every profile against the published ruleset and against it with the drafts, with the same vendors,
     * models and jurisdictions, on the same day; answers every target whose verdict differs. Only the targets a draft's
     * rule is handed to (reached and covering the app, in either ruleset) are judged; a profile without any is counted
     * unaffected; one that cannot be judged is listed, never assumed unchanged.
     */
    @Transactional
    public RulePreview preview(RulePreviewRequest request) {
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(request.drafts()));
        List<RuleDraftEntity> rows = ordered(ids, drafts.list("id in ?1", ids));
        List<Rule> upserts = new ArrayList<>();
        List<String> removals = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            RuleDraftEntity row = rows.get(i);
            requireOpen(row, "drafts[" + i + "]");
            touched.add(row.ruleId);
            if (row.action == DraftAction.UPSERT) {
                upserts.add(rule(row));
            } else {
                removals.add(row.ruleId);
            }
        }
        Ruleset published = candidates.published();
        RulesetSnapshot before = CandidateRulesets.snapshot(published);
        RulesetSnapshot after = CandidateRulesets.snapshot(candidates.candidate(upserts, removals));
        LocalDate asOf = request.asOf() == null ? LocalDate.now(ZoneOffset.UTC) : request.asOf();
        ProfileEvaluator evaluator = engine.evaluator();

        AtomicInteger judged = new AtomicInteger();
        AtomicInteger unaffected = new AtomicInteger();
        List<Outcome> outcomes = request.profiles().parallelStream()
                .map(item -> judge(item, before, after, touched, asOf, evaluator, judged, unaffected)).toList();
        List<RulePreview.Change> changed = new ArrayList<>();
        List<String> unjudged = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            changed.addAll(outcome.changes());
            if (outcome.unjudged()) {
                unjudged.add(outcome.key());
            }
        }
        return new RulePreview(published.version(), ids, asOf, request.profiles().size(), judged.get(), unaffected.get(),
                changed, unjudged);
    }

    private record Outcome(String key, List<RulePreview.Change> changes, boolean unjudged) {
    }

    private static Outcome judge(RulePreviewRequest.Item item, RulesetSnapshot before, RulesetSnapshot after,
            Set<String> touched, LocalDate asOf, ProfileEvaluator evaluator, AtomicInteger judged,
            AtomicInteger unaffected) {
        DeploymentProfile profile = RuleTestRunner.normalized(item.profile());
        // only the targets a draft's rule is handed to (in either ruleset) are judged: for the others the engine gets
        // exactly the same facts with and without the drafts, so their verdicts cannot differ
        boolean[] offeredBefore;
        boolean[] offeredAfter;
        try {
            offeredBefore = ProfileEvaluator.targetsOffered(before, profile, asOf, touched);
            offeredAfter = ProfileEvaluator.targetsOffered(after, profile, asOf, touched);
        } catch (ProblemException e) {
            return new Outcome(item.key(), List.of(), true);
        }
        List<DeploymentProfile.Target> reached = new ArrayList<>();
        for (int i = 0; i < profile.targets().size(); i++) {
            if (offeredBefore[i] || offeredAfter[i]) {
                reached.add(profile.targets().get(i));
            }
        }
        if (reached.isEmpty()) {
            unaffected.incrementAndGet();
            return new Outcome(item.key(), List.of(), false);
        }
        DeploymentProfile judgedPart = reached.size() == profile.targets().size() ? profile
                : profile.withTargets(List.copyOf(reached));
        Evaluation was;
        Evaluation would;
        try {
            was = evaluator.evaluate(before, judgedPart, asOf, false);
            would = evaluator.evaluate(after, judgedPart, asOf, false);
        } catch (ProblemException e) {
            return new Outcome(item.key(), List.of(), true);
        }
        judged.incrementAndGet();
        List<RulePreview.Change> changes = new ArrayList<>();
        for (int i = 0; i < was.results().size(); i++) {
            JurisdictionResult then = was.results().get(i);
            JurisdictionResult now = would.results().get(i);
            if (then.verdict() != now.verdict()) {
                Set<String> a = ruleIds(then);
                Set<String> b = ruleIds(now);
                Set<String> differing = new TreeSet<>(a);
                differing.addAll(b);
                Set<String> common = new HashSet<>(a);
                common.retainAll(b);
                differing.removeAll(common);
                changes.add(new RulePreview.Change(item.key(), then.jurisdiction(), then.verdict(), now.verdict(),
                        List.copyOf(differing)));
            }
        }
        return new Outcome(item.key(), changes, false);
    }

    private static Set<String> ruleIds(JurisdictionResult result) {
        Set<String> ids = new HashSet<>();
        for (Finding finding : result.findings()) {
            ids.add(finding.ruleId());
        }
        return ids;
    }

    private static List<RuleDraftEntity> ordered(List<UUID> ids, Collection<RuleDraftEntity> rows) {
        List<RuleDraftEntity> ordered = new ArrayList<>();
        List<FieldError> missing = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            rows.stream().filter(row -> row.id.equals(id)).findFirst().ifPresentOrElse(ordered::add,
                    () -> missing.add(new FieldError("drafts", "no draft " + id)));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(422, "Unprocessable request", ProblemException.summarize(missing), missing, null);
        }
        return ordered;
    }

    private static void requireOpen(RuleDraftEntity row, String field) {
        if (row.status != DraftStatus.OPEN) {
            throw ProblemException.conflict(field, "draft " + row.id + " is " + row.status + ", not OPEN");
        }
    }

    private RuleDraftEntity find(UUID id) {
        return drafts.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    private RuleDraft toApi(RuleDraftEntity row, boolean withTests) {
        Rule rule = row.content == null ? null : rule(row);
        RuleTestReport tests = withTests && rule != null && row.status == DraftStatus.OPEN
                ? ruleTests.run(List.of(rule), List.of()).get(0) : null;
        return new RuleDraft(row.id, row.ruleId, row.action, rule, row.baseVersion, row.status, row.reason,
                row.createdBy, row.createdAt, row.closedBy, row.closedAt, row.rulesetVersion, tests);
    }

    private Rule rule(RuleDraftEntity row) {
        try {
            return RuleMapper.withCanonicalSets(StrictJson.tolerant(objectMapper, Rule.class).readValue(row.content));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored draft is not a rule", e);
        }
    }

    private String json(Rule rule) {
        try {
            return objectMapper.writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize a draft", e);
        }
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No rule draft " + id);
    }
}
