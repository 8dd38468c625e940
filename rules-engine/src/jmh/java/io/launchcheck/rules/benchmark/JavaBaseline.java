package io.launchcheck.rules.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.launchcheck.api.Codes;
import io.launchcheck.api.Coverage;
import io.launchcheck.api.Identity;
import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.Finding;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.Severity;
import io.launchcheck.api.UncheckedRule;
import io.launchcheck.api.UpcomingRule;
import io.launchcheck.api.Verdict;
import io.launchcheck.rules.domain.Candidate;
import io.launchcheck.rules.domain.FindingFact;
import io.launchcheck.rules.domain.Keys;
import io.launchcheck.rules.domain.IdentityResolver;
import io.launchcheck.rules.domain.ProfileFact;
import io.launchcheck.rules.domain.Reach;
import io.launchcheck.rules.domain.RuleFact;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.launchcheck.rules.domain.TargetFact;
import io.launchcheck.rules.domain.UncheckedFact;
import io.launchcheck.rules.domain.UpcomingFact;
import io.launchcheck.rules.domain.Words;

/**
 * The rules of docs/semantics.md written as plain Java, for the benchmark only: the yardstick that tells what
 * the rules engine costs. It takes the same ruleset snapshot and the same candidate rules as
 * {@code ProfileEvaluator} (index lookups and jurisdiction graph included) and builds the same
 * {@link Evaluation}, reasons and all, with loops and ifs instead of a session; the benchmark checks the two
 * answers are equal before it measures.
 */
final class JavaBaseline {

    private JavaBaseline() {
    }

    static Evaluation evaluate(RulesetSnapshot ruleset, DeploymentProfile profile, LocalDate asOf, boolean stale) {
        ProfileFact p = profileFact(ruleset, profile, asOf);
        List<JurisdictionResult> results = new ArrayList<>(profile.targets().size());
        Verdict overall = Verdict.COMPLIANT;
        for (int i = 0; i < profile.targets().size(); i++) {
            DeploymentProfile.Target given = profile.targets().get(i);
            String code = Codes.normalize(given.jurisdiction());
            if (!ruleset.knows(code)) {
                throw new IllegalArgumentException("unknown jurisdiction " + code);
            }
            TargetFact target = new TargetFact(i, code, given.segments(), given.sectors(), given.organizations(), p);
            List<Finding> findings = new ArrayList<>();
            List<UpcomingRule> upcoming = new ArrayList<>();
            List<UncheckedRule> notChecked = new ArrayList<>();
            for (Reach reach : ruleset.reachOf(i, code)) {
                Set<RuleFact> rules = RulesetSnapshot.ruleSet();
                ruleset.candidateRules(reach.getJurisdiction(), p, rules);
                for (RuleFact rule : rules) {
                    Candidate c = new Candidate(rule, target, reachedBecause(reach, target, rule));
                    if (applies(c, p)) {
                        // the benchmark's profiles state no use case and no role: use-case rules are only listed
                        if (rule.isForUseOrRole()) {
                            if (rule.getEffectiveTo() == null || rule.getEffectiveTo().isAfter(asOf)) {
                                notChecked.add(UncheckedFact.of(c).getUnchecked());
                            }
                        } else {
                            judge(c, p, asOf, findings, upcoming);
                        }
                    }
                }
            }
            findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::jurisdiction)
                    .thenComparing(Finding::ruleId));
            upcoming.sort(Comparator.comparing(UpcomingRule::effectiveFrom).thenComparing(UpcomingRule::ruleId));
            Verdict verdict = findings.isEmpty() ? Verdict.COMPLIANT
                    : findings.stream().anyMatch(f -> f.severity() == Severity.BLOCKING) ? Verdict.NON_COMPLIANT
                    : Verdict.NEEDS_REVIEW;
            if (verdict.compareTo(overall) > 0) {
                overall = verdict;
            }
            notChecked.sort(Comparator.comparing(UncheckedRule::jurisdiction).thenComparing(UncheckedRule::ruleId));
            results.add(new JurisdictionResult(code, verdict, List.copyOf(findings), List.copyOf(upcoming),
                    List.copyOf(notChecked)));
        }
        return new Evaluation(ruleset.version(), ruleset.loadedAt(), stale, asOf, overall, List.copyOf(results),
                p.getIdentity()).withRulesetPack(ruleset.pack());
    }

    private static void judge(Candidate c, ProfileFact p, LocalDate asOf, List<Finding> findings,
            List<UpcomingRule> upcoming) {
        RuleFact rule = c.getRule();
        boolean advisory = rule.getKind() == RuleKind.ADVISORY;
        if (rule.getStatus() == RuleStatus.PROPOSED) {
            findings.add(FindingFact.of(c, reasons(c, p), Severity.WARNING,
                    "Proposed, not yet in force: a warning until it is adopted").getFinding());
        } else if (rule.getEffectiveFrom().isAfter(asOf)) {
            upcoming.add(UpcomingFact.of(c, reasons(c, p), advisory ? Severity.WARNING : rule.getSeverity(),
                    "Takes effect on " + rule.getEffectiveFrom() + ", after " + asOf).getUpcoming());
        } else if (rule.getEffectiveTo() == null || rule.getEffectiveTo().isAfter(asOf)) {
            if (advisory) {
                findings.add(FindingFact.of(c, reasons(c, p), Severity.WARNING, "Advisory in force on " + asOf
                        + " (since " + rule.getEffectiveFrom() + "): it calls for a review, not a block").getFinding());
            } else {
                findings.add(FindingFact.of(c, reasons(c, p), rule.getSeverity(), "In force on " + asOf + " (since "
                        + rule.getEffectiveFrom() + (rule.getEffectiveTo() == null ? "" : ", until "
                        + rule.getEffectiveTo()) + ")").getFinding());
            }
        }
    }

    /** No condition excludes the rule (subject, audience, hosting, personal data, data location). */
    private static boolean applies(Candidate c, ProfileFact p) {
        RuleFact rule = c.getRule();
        TargetFact target = c.getTarget();
        boolean namesSubject = !(rule.getSubjectVendors().isEmpty() && rule.getSubjectApps().isEmpty()
                && rule.getSubjectOrigins().isEmpty());
        if (namesSubject && (p.getDeveloperId() == null || !rule.getSubjectVendors().contains(p.getDeveloperId()))
                && (p.getAppKey() == null || !rule.getSubjectApps().contains(p.getAppKey()))
                && (p.getOriginCountry() == null || !rule.getSubjectOrigins().contains(p.getOriginCountry()))) {
            return false;
        }
        if (rule.isForSomeApps() && rule.getCoverage() == Coverage.DEVELOPER_SERVICE
                && (p.getOperatorKind() == Identity.OperatorKind.TEAM || (p.getOperatorKind() == Identity.OperatorKind.THIRD_PARTY
                        && (p.getOperatorId() == null || !rule.getSubjectVendors().contains(p.getOperatorId()))))) {
            return false;
        }
        if (rule.getCoverage() == Coverage.NAMED_APPS && (p.getAppKey() == null || !rule.getSubjectApps().contains(p.getAppKey()))) {
            return false;
        }
        if (!rule.getSegments().isEmpty() && !target.getSegments().isEmpty()
                && Collections.disjoint(rule.getSegments(), target.getSegments())) {
            return false;
        }
        if (rule.isForOrganizations() && target.isConsumersOnly()) {
            return false;
        }
        if (!rule.getSectors().isEmpty() && !target.getSectors().isEmpty()
                && Collections.disjoint(rule.getSectors(), target.getSectors())) {
            return false;
        }
        if (rule.getOrganizationKey() != null && !target.getOrganizations().isEmpty() && target.getOrganizationKeys()
                .stream().noneMatch(key -> Keys.sameOrganization(key, rule.getOrganizationKey()))) {
            return false;
        }
        if (!rule.getHostingModes().isEmpty() && !rule.getHostingModes().contains(p.getHostingMode())) {
            return false;
        }
        if (Boolean.FALSE.equals(p.getProcessesPersonalData()) && rule.isPersonalDataOnly()) {
            return false;
        }
        List<String> data = p.getDataCountries();
        if (rule.getKind() == RuleKind.DATA_LOCALIZATION) {
            Set<String> required = rule.getStorageCountries().isEmpty() ? rule.getHomeCountries() : rule.getStorageCountries();
            return data.stream().noneMatch(required::contains);
        }
        if (rule.getKind() == RuleKind.CROSS_BORDER_TRANSFER && !data.isEmpty()) {
            return data.stream().anyMatch(country -> !rule.getHomeCountries().contains(country)
                    && !rule.getAllowedCountries().contains(country));
        }
        return true;
    }

    private static String reachedBecause(Reach reach, TargetFact target, RuleFact rule) {
        String code = target.getCode();
        String j = rule.getJurisdiction();
        return switch (reach.getRelation()) {
            case SELF -> "The rule is one of " + code + "'s own";
            case COUNTRY -> "Target " + code + " is part of " + j;
            case BLOC -> reach.isDirect() ? "Target " + code + " is a member of " + j
                    : "Target " + code + " is part of " + reach.getVia() + ", a member of " + j;
            case SUBDIVISION -> "Target " + code + " includes " + j + ", so the app reaches " + j + " too";
            case MEMBER -> reach.isDirect() ? "Target " + code + " includes member " + j
                    : "Target " + code + " includes member " + reach.getVia() + ", and " + j + " is part of " + reach.getVia();
        };
    }

    private static List<String> reasons(Candidate c, ProfileFact p) {
        List<String> reasons = new ArrayList<>();
        for (String reason : new String[] {c.getReachedBecause(), subjectReason(c, p), coverageReason(c, p), segmentsReason(c),
                sectorsReason(c), organizationReason(c), hostingReason(c, p), personalDataReason(c, p),
                dataLocationReason(c, p)}) {
            if (reason != null) {
                reasons.add(reason);
            }
        }
        return reasons;
    }

    private static String subjectReason(Candidate c, ProfileFact p) {
        RuleFact rule = c.getRule();
        if (rule.getSubjectVendors().isEmpty() && rule.getSubjectApps().isEmpty() && rule.getSubjectOrigins().isEmpty()) {
            return "The rule covers every AI app";
        }
        if (p.getDeveloperId() != null && rule.getSubjectVendors().contains(p.getDeveloperId())) {
            if (p.getIdentity().model() != null) {
                return "Model '" + p.getModelGiven() + "' is " + p.getIdentity().model().name() + ", developed by "
                        + p.getDeveloperName() + ", which the rule covers";
            }
            return "Vendor '" + p.getVendorGiven() + "' is " + p.getDeveloperName() + ", which the rule covers";
        }
        String unknownVendor = p.isVendorUnknown() ? " (vendor '" + p.getVendorGiven() + "' is not one the registry knows)" : "";
        if (p.getAppKey() != null && rule.getSubjectApps().contains(p.getAppKey())) {
            return "App '" + p.getAppName() + "' is named by the rule" + unknownVendor;
        }
        if (p.isOriginFromCatalog()) {
            return "The profile gives no origin country; " + (p.getIdentity().model() != null ? "model "
                    + p.getIdentity().model().name() : "vendor " + p.getDeveloperName()) + " is from "
                    + p.getOriginCountry() + ", which the rule covers";
        }
        return "The app's origin country " + p.getOriginCountry() + " is covered by the rule" + unknownVendor;
    }

    private static String coverageReason(Candidate c, ProfileFact p) {
        RuleFact rule = c.getRule();
        if (!rule.isForSomeApps()) {
            return null;
        }
        Identity.Operator operator = p.getIdentity().operator();
        return switch (rule.getCoverage()) {
            case ANY_DEPLOYMENT -> "The rule covers any deployment of the models it names, whoever runs them (operator: "
                    + (p.getOperatorKind() == Identity.OperatorKind.TEAM ? "the team itself"
                            : p.getOperatorKind() == Identity.OperatorKind.UNKNOWN ? "not known" : operator.name()) + ")";
            case NAMED_APPS -> "The rule covers only the apps it names";
            default -> p.getOperatorKind() == Identity.OperatorKind.UNKNOWN
                    ? "Who runs inference is not known (" + operator.from() + "), so it may be the developer's own service"
                    : "The rule covers the developer's own service, and user data reaches " + operator.name() + " ("
                            + operator.from() + ")";
        };
    }

    private static String segmentsReason(Candidate c) {
        RuleFact rule = c.getRule();
        TargetFact target = c.getTarget();
        if (rule.getSegments().isEmpty()) {
            return null;
        }
        if (target.getSegments().isEmpty()) {
            return "The target names no segment, so the rule for " + Words.list(rule.getSegments()) + " is assumed to apply";
        }
        return "Segment " + Words.common(target.getSegments(), rule.getSegments()) + " is covered";
    }

    private static String sectorsReason(Candidate c) {
        RuleFact rule = c.getRule();
        TargetFact target = c.getTarget();
        if (rule.getSectors().isEmpty()) {
            return null;
        }
        if (target.getSectors().isEmpty()) {
            return "The target names no sector, so the rule for sector " + Words.list(rule.getSectors()) + " is assumed to apply";
        }
        return "Sector " + Words.common(target.getSectors(), rule.getSectors()) + " is covered";
    }

    private static String organizationReason(Candidate c) {
        RuleFact rule = c.getRule();
        TargetFact target = c.getTarget();
        if (rule.getOrganizationKey() == null) {
            return null;
        }
        if (target.getOrganizations().isEmpty()) {
            return "The target names no organization, so the rule for '" + rule.getOrganization() + "' is assumed to apply";
        }
        for (String organization : target.getOrganizations()) {
            if (Keys.sameOrganization(Keys.organization(organization), rule.getOrganizationKey())) {
                return "Organization '" + organization + "' is covered by the rule for '" + rule.getOrganization() + "'";
            }
        }
        return null;
    }

    private static String hostingReason(Candidate c, ProfileFact p) {
        return c.getRule().getHostingModes().isEmpty() ? null : "Hosting mode " + p.getHostingMode() + " is covered";
    }

    private static String personalDataReason(Candidate c, ProfileFact p) {
        if (!c.getRule().isPersonalDataOnly()) {
            return null;
        }
        if (p.getProcessesPersonalData() == null) {
            return "The profile does not say whether the app processes personal data, so it is assumed to";
        }
        return "The app processes personal data";
    }

    private static String dataLocationReason(Candidate c, ProfileFact p) {
        RuleFact rule = c.getRule();
        if (rule.getKind() == RuleKind.DATA_LOCALIZATION) {
            String required = Words.list(rule.getStorageCountries().isEmpty() ? rule.getHomeCountries() : rule.getStorageCountries());
            if (p.getDataCountries().isEmpty()) {
                return "The profile names no data country, so storage in " + required + " cannot be shown";
            }
            return "User data is stored in " + Words.list(p.getDataCountries()) + ", not in " + required;
        }
        if (rule.getKind() == RuleKind.CROSS_BORDER_TRANSFER) {
            if (p.getDataCountries().isEmpty()) {
                return "The profile names no data country, so a transfer out of " + rule.getJurisdiction() + " cannot be ruled out";
            }
            for (String country : p.getDataCountries()) {
                if (!rule.getHomeCountries().contains(country) && !rule.getAllowedCountries().contains(country)) {
                    return "User data goes to " + country + ", which " + rule.getJurisdiction() + " does not allow as a destination";
                }
            }
        }
        return null;
    }

    private static ProfileFact profileFact(RulesetSnapshot ruleset, DeploymentProfile profile, LocalDate asOf) {
        DeploymentProfile.App app = profile.app();
        IdentityResolver.Resolution identity = ruleset.identify(app, profile.hosting());
        Set<String> dataCountries = new LinkedHashSet<>();
        if (profile.hosting().dataCountries() != null) {
            profile.hosting().dataCountries().forEach(country -> dataCountries.add(Codes.normalize(country)));
        }
        return new ProfileFact(app.name(), app.vendor(), app.model(), identity.identity(), identity.originCountry(),
                identity.originFromCatalog(), profile.hosting().mode(), List.copyOf(dataCountries),
                profile.processesPersonalData(), asOf);
    }
}
