package io.launchcheck.rules.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Query;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;

import io.launchcheck.api.Finding;
import io.launchcheck.api.UncheckedRule;
import io.launchcheck.api.UpcomingRule;
import io.launchcheck.api.Verdict;
import io.launchcheck.rules.domain.FindingFact;
import io.launchcheck.rules.domain.OverallVerdict;
import io.launchcheck.rules.domain.TargetVerdict;
import io.launchcheck.rules.domain.UncheckedFact;
import io.launchcheck.rules.domain.UpcomingFact;

/**
 * The compliance rules (the DRL files under {@code io/launchcheck/rules/}), compiled with the executable model:
 * by the build ({@link PrecompileRules}), so that start-up only loads the generated classes, or, where no build
 * step ran, once when this is created. Each judgement runs in its own short-lived session that is always disposed.
 * Plain Java: Quarkus holds one instance, tests and benchmarks make their own.
 */
public final class ComplianceKnowledgeBase {

    /** The DRL files, one per concern, in the order a reader should take them. */
    public static final List<String> DRL_FILES = List.of("reach.drl", "subject.drl", "audience.drl", "hosting.drl",
            "data-location.drl", "use-cases.drl", "identity.drl", "applicability.drl", "timing.drl", "verdict.drl");

    /**
     * The phases of a judgement, in the order they run: each is the agenda group of the DRL rules of that phase, and
     * a phase starts only when the one before has nothing left to fire. Reach makes the candidates; the conditions
     * assess each candidate; applicability collects what they found; the findings are made from the rules that apply
     * (and for names the registry does not know); then each target's verdict, then the overall verdict.
     */
    public static final List<String> PHASES = List.of("reach", "conditions", "applicability", "findings",
            "target verdicts", "overall verdict");

    /**
     * Written by the build ({@link PrecompileRules}): the class names of the executable model generated from the
     * DRL files, whose classes the build put next to them.
     */
    public static final String PRECOMPILED_MODELS = "io/launchcheck/rules/precompiled-models";

    private static final String DRL_PATH = "io/launchcheck/rules/";

    private final KieBase kieBase;

    /** Added to every session this opens; null (the default) adds none. */
    private final AgendaEventListener listener;

    /** The rules as the build precompiled them, or compiled from the DRL files when no build step ran. */
    public ComplianceKnowledgeBase() {
        this(precompiled().orElseGet(ComplianceKnowledgeBase::compileFromSource), null);
    }

    private ComplianceKnowledgeBase(KieBase kieBase, AgendaEventListener listener) {
        this.kieBase = kieBase;
        this.listener = listener;
    }

    /**
     * The same rules, with {@code listener} added to each session a judgement opens (to see which rules fire, as the
     * test that every rule fires does). This knowledge base is unchanged and keeps opening sessions without one.
     */
    ComplianceKnowledgeBase listening(AgendaEventListener listener) {
        return new ComplianceKnowledgeBase(kieBase, listener);
    }

    /** The names of the rules of the knowledge base (not its queries), sorted. */
    Set<String> ruleNames() {
        Set<String> names = new TreeSet<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            Set<String> queries = new TreeSet<>();
            kiePackage.getQueries().stream().map(Query::getName).forEach(queries::add);
            kiePackage.getRules().stream().map(org.kie.api.definition.rule.Rule::getName)
                    .filter(name -> !queries.contains(name)).forEach(names::add);
        }
        return names;
    }

    /** Compiles the DRL files with the executable model; what the build step does once, and the fallback. */
    public static ComplianceKnowledgeBase fromSource() {
        return new ComplianceKnowledgeBase(compileFromSource(), null);
    }

    private static KieBase compileFromSource() {
        KieServices services = KieServices.Factory.get();
        build(services);
        return services.newKieContainer(services.getRepository().getDefaultReleaseId(),
                ComplianceKnowledgeBase.class.getClassLoader()).getKieBase();
    }

    /** Builds the executable model of the DRL files; fails on any compile error. */
    static KieBuilder build(KieServices services) {
        KieFileSystem files = services.newKieFileSystem();
        ClassLoader loader = ComplianceKnowledgeBase.class.getClassLoader();
        for (String file : DRL_FILES) {
            files.write("src/main/resources/" + DRL_PATH + file, read(loader, DRL_PATH + file));
        }
        KieBuilder builder = services.newKieBuilder(files, loader).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The compliance rules do not compile: " + errors);
        }
        return builder;
    }

    /** The knowledge base from the executable model the build generated, without compiling anything. */
    private static Optional<KieBase> precompiled() {
        ClassLoader loader = ComplianceKnowledgeBase.class.getClassLoader();
        if (loader.getResource(PRECOMPILED_MODELS) == null) {
            return Optional.empty();
        }
        List<Model> models = new ArrayList<>();
        for (String name : read(loader, PRECOMPILED_MODELS).split("\\R")) {
            if (!name.isBlank()) {
                try {
                    models.add((Model) Class.forName(name.strip(), true, loader).getDeclaredConstructor().newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("The precompiled rules are incomplete: " + name, e);
                }
            }
        }
        return Optional.of(KieBaseBuilder.createKieBaseFromModel(models));
    }

    /**
     * Judges the facts of one profile: inserts them, fires the rules phase by phase ({@link #PHASES}: the focus stack
     * is pushed last phase first, so the first phase runs first), reads the results, disposes the session.
     */
    public Judgement judge(Collection<?> facts, int targets) {
        KieSession session = kieBase.newKieSession();
        try {
            if (listener != null) {
                session.addEventListener(listener);
            }
            facts.forEach(session::insert);
            for (int phase = PHASES.size() - 1; phase >= 0; phase--) {
                session.getAgenda().getAgendaGroup(PHASES.get(phase)).setFocus();
            }
            session.fireAllRules();
            return read(session, targets);
        } finally {
            session.dispose();
        }
    }

    private static Judgement read(KieSession session, int targets) {
        List<List<Finding>> findings = lists(targets);
        List<List<UpcomingRule>> upcoming = lists(targets);
        Verdict[] verdicts = new Verdict[targets];
        for (QueryResultsRow row : session.getQueryResults("findings")) {
            FindingFact finding = (FindingFact) row.get("$finding");
            findings.get(finding.getTargetIndex()).add(finding.getFinding());
        }
        for (QueryResultsRow row : session.getQueryResults("upcoming")) {
            UpcomingFact fact = (UpcomingFact) row.get("$upcoming");
            upcoming.get(fact.getTargetIndex()).add(fact.getUpcoming());
        }
        List<List<UncheckedRule>> notChecked = lists(targets);
        for (QueryResultsRow row : session.getQueryResults("notChecked")) {
            UncheckedFact fact = (UncheckedFact) row.get("$unchecked");
            notChecked.get(fact.getTargetIndex()).add(fact.getUnchecked());
        }
        for (QueryResultsRow row : session.getQueryResults("verdicts")) {
            TargetVerdict verdict = (TargetVerdict) row.get("$verdict");
            verdicts[verdict.getTargetIndex()] = verdict.getVerdict();
        }
        QueryResults overall = session.getQueryResults("overall");
        if (overall.size() != 1) {
            throw new IllegalStateException("The rules reached " + overall.size() + " overall verdicts");
        }
        Verdict overallVerdict = ((OverallVerdict) overall.iterator().next().get("$overall")).getVerdict();
        List<Judgement.Target> results = new ArrayList<>(targets);
        for (int i = 0; i < targets; i++) {
            if (verdicts[i] == null) {
                throw new IllegalStateException("The rules reached no verdict for target " + i);
            }
            List<Finding> f = findings.get(i);
            f.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::jurisdiction)
                    .thenComparing(Finding::ruleId));
            List<UpcomingRule> u = upcoming.get(i);
            u.sort(Comparator.comparing(UpcomingRule::effectiveFrom).thenComparing(UpcomingRule::ruleId));
            List<UncheckedRule> n = notChecked.get(i);
            n.sort(Comparator.comparing(UncheckedRule::jurisdiction).thenComparing(UncheckedRule::ruleId));
            results.add(new Judgement.Target(verdicts[i], List.copyOf(f), List.copyOf(u), List.copyOf(n)));
        }
        return new Judgement(overallVerdict, List.copyOf(results));
    }

    private static <T> List<List<T>> lists(int size) {
        List<List<T>> lists = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing rules file " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the rules decided, per target in the order of the targets. */
    public record Judgement(Verdict overall, List<Target> targets) {

        /**
         * @param notChecked rules that depend on use cases or a role the profile does not state
         */
        public record Target(Verdict verdict, List<Finding> findings, List<UpcomingRule> upcoming,
                List<UncheckedRule> notChecked) {

            public Target(Verdict verdict, List<Finding> findings, List<UpcomingRule> upcoming) {
                this(verdict, findings, upcoming, List.of());
            }
        }
    }
}
