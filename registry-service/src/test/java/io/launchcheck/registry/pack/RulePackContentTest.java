package io.launchcheck.registry.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.HostingMode;
import io.launchcheck.api.Coverage;
import io.launchcheck.api.ModelFamily;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleSubject;
import io.launchcheck.api.names.ModelNames;
import io.launchcheck.api.names.Names;
import io.launchcheck.api.names.VendorNames;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RulePack;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.Sector;
import io.launchcheck.api.Segment;
import io.launchcheck.api.Severity;
import io.launchcheck.api.Vendor;

/**
 * Checks the bundled real-world rule pack against the API records, the semantics of every rule field and the
 * researched facts it was converted from. Plain JUnit: no server, no database.
 */
class RulePackContentTest {

    private static final String PACK_RESOURCE = "/rulepacks/world-ai-restrictions.yaml";
    private static final String BLOC_EU = "EU";

    /** The 60 entries of the research file, by id; each must be a rule, split into rules, or folded into one. */
    private static final List<String> RESEARCH_IDS = List.of(
            "it-garante-deepseek-processing-block", "ie-dpc-deepseek-information-request", "fr-cnil-deepseek-analysis",
            "nl-central-government-deepseek-ban", "lu-cnpd-deepseek-guidance", "be-federal-parliament-deepseek-block",
            "be-federal-government-deepseek-ban", "de-be-dsa-app-store-removal-request",
            "cz-public-administration-deepseek-ban", "au-pspf-direction-001-2025-deepseek",
            "au-nsw-dcs-deepseek-restriction", "tw-moda-deepseek-public-sector-ban",
            "kr-pipc-deepseek-download-suspension", "kr-ministries-deepseek-work-pc-block",
            "kr-mnd-deepseek-military-pc-block", "kr-khnp-deepseek-internal-ban", "kr-kepco-kps-deepseek-internal-ban",
            "kr-mois-generative-ai-caution", "jp-government-deepseek-caution", "jp-mie-prefecture-deepseek-ban",
            "in-mof-doe-ai-tools-office-devices", "us-house-cao-deepseek", "us-senate-cio-deepseek",
            "us-navy-deepseek-guidance", "us-nasa-deepseek", "us-dod-disa-deepseek-block", "us-commerce-deepseek-gfe",
            "us-hr1121-no-deepseek-on-government-devices-act", "us-s321-decoupling-ai-from-china-act",
            "us-tx-prohibited-technologies-deepseek", "us-ny-deepseek-state-devices", "us-va-eo-46-deepseek",
            "us-ia-deepseek-directive", "us-fl-dfs-deepseek", "us-sd-deepseek-rednote-ban", "us-tn-deepseek-manus-ban",
            "us-ok-deepseek-state-devices", "us-al-deepseek-manus-memo", "us-ks-hb2313-ai-platforms-of-concern",
            "us-la-ccp-ai-executive-order", "it-garante-chatgpt-temporary-limitation-2023",
            "cn-regulators-chatgpt-platform-restriction-2023", "cn-openai-unsupported-region",
            "ru-openai-unsupported-region", "ir-openai-unsupported-region", "ru-242-fz-localization-2015",
            "ru-23-fz-localization-2025", "ru-linkedin-localization-block-2016", "cn-csl-art37-cii-localization",
            "cn-pipl-art40-localization", "vn-decree-53-2022-localization", "id-gr-71-2019-public-eso-localization",
            "in-rbi-payment-data-localization", "in-dpdp-s16-cross-border", "sa-pdpl-transfer-regulation",
            "kz-personal-data-localization", "ng-nitda-government-data-hosting", "eu-gdpr-chapter-v-transfers",
            "eu-cjeu-schrems-ii", "eu-us-data-privacy-framework-adequacy");

    /** The 14 entries of the December 2026 research file (ai-restrictions-2026.json), each accounted for below. */
    private static final List<String> RESEARCH_2026_IDS = List.of(
            "id-komdigi-grok-block-2026", "my-mcmc-grok-block-2026", "ph-grok-ban-2026",
            "us-ndaa-fy2026-s6604-deepseek-ic-systems", "us-ndaa-fy2026-dod-contractors-covered-ai",
            "us-la-eo-ccp-ai-2025", "cz-nukib-deepseek-warning-2025", "de-be-dsa-notice-date",
            "kr-pipc-deepseek-resumed", "it-garante-clothoff-2025", "kr-ai-basic-act-2026", "it-law-132-2025-minors",
            "eu-ai-act-timeline", "us-co-ai-act-delay");

    /** December 2026 entries that refine a rule already in the pack (dates, sources) instead of adding one. */
    private static final Map<String, String> REFINEMENTS_2026 = Map.of(
            "us-la-eo-ccp-ai-2025", "us-la-ccp-ai-executive-order",
            "de-be-dsa-notice-date", "de-be-dsa-app-store-removal-request",
            "kr-pipc-deepseek-resumed", "kr-pipc-deepseek-download-suspension");

    /**
     * December 2026 obligations, encoded in release 2026.12.2 once profiles could state use cases and role: one rule per
     * milestone or duty (docs/rulepack.md explains each, and what was left out).
     */
    private static final Map<String, List<String>> OBLIGATIONS_2026 = Map.of(
            "kr-ai-basic-act-2026", List.of("kr-ai-basic-act-generative-ai-labelling", "kr-ai-basic-act-high-impact-ai"),
            "it-law-132-2025-minors", List.of("it-law-132-2025-minors-parental-consent"),
            "eu-ai-act-timeline", List.of("eu-ai-act-art5-prohibited-practices", "eu-ai-act-art4-ai-literacy",
                    "eu-ai-act-gpai-model-providers", "eu-ai-act-art50-interaction-disclosure",
                    "eu-ai-act-art50-synthetic-content-marking", "eu-ai-act-art50-deployer-disclosure",
                    "eu-ai-act-annex-iii-high-risk-providers", "eu-ai-act-annex-iii-high-risk-deployers",
                    "eu-ai-act-omnibus-intimate-imagery-prohibition"),
            "us-co-ai-act-delay", List.of("us-co-ai-act-high-risk-ai"));
    private static final Set<String> NOT_ENCODED_2026 = OBLIGATIONS_2026.keySet();
    private static final Set<String> OBLIGATION_RULES = OBLIGATIONS_2026.values().stream().flatMap(List::stream)
            .collect(Collectors.toSet());

    /** Rules checked against their sources on the day of release 2026.12.1; the others keep their conversion day. */
    private static final Set<String> REVIEWED_2026_12_01 = Set.of(
            "id-komdigi-grok-block-2026", "my-mcmc-grok-block-2026", "ph-grok-ban-2026",
            "us-ndaa-fy2026-s6604-deepseek-ic-systems", "us-ndaa-fy2026-dod-contractors-covered-ai",
            "cz-nukib-deepseek-warning-2025", "it-garante-clothoff-2025", "us-la-ccp-ai-executive-order",
            "us-la-ccp-ai-executive-order-licence-pause", "de-be-dsa-app-store-removal-request",
            "kr-pipc-deepseek-download-suspension", "cz-public-administration-deepseek-ban",
            // release 2026.12.2, the same day
            "kr-ai-basic-act-generative-ai-labelling", "kr-ai-basic-act-high-impact-ai",
            "it-law-132-2025-minors-parental-consent", "eu-ai-act-art5-prohibited-practices", "eu-ai-act-art4-ai-literacy",
            "eu-ai-act-gpai-model-providers", "eu-ai-act-art50-interaction-disclosure",
            "eu-ai-act-art50-synthetic-content-marking", "eu-ai-act-art50-deployer-disclosure",
            "eu-ai-act-annex-iii-high-risk-providers", "eu-ai-act-annex-iii-high-risk-deployers",
            "eu-ai-act-omnibus-intimate-imagery-prohibition", "us-co-ai-act-high-risk-ai");

    private static final LocalDate CONVERTED_ON = LocalDate.of(2026, 11, 28);
    private static final LocalDate RELEASE_2026_12_1 = LocalDate.of(2026, 12, 1);

    /** Research entries that became several rules because segments x sectors (AND) or one organization per rule cannot express them. */
    private static final Map<String, List<String>> SPLIT = Map.of(
            "kr-ministries-deepseek-work-pc-block", List.of(
                    "kr-ministries-deepseek-work-pc-block-mofa", "kr-ministries-deepseek-work-pc-block-motie",
                    "kr-ministries-deepseek-work-pc-block-mou", "kr-ministries-deepseek-work-pc-block-moef",
                    "kr-ministries-deepseek-work-pc-block-knpa"));

    /** Research entries kept under their own id that also gained a companion rule. */
    private static final Map<String, String> COMPANIONS = Map.of(
            "tw-moda-deepseek-public-sector-ban", "tw-moda-deepseek-public-sector-ban-cii",
            "cn-pipl-art40-localization", "cn-pipl-art40-localization-volume-handlers",
            "vn-decree-53-2022-localization", "vn-decree-53-2022-localization-foreign-providers",
            "us-la-ccp-ai-executive-order", "us-la-ccp-ai-executive-order-licence-pause");

    /** Research entries folded into another rule (their sources kept there). */
    private static final Map<String, String> FOLDED = Map.of(
            "eu-us-data-privacy-framework-adequacy", "eu-gdpr-chapter-v-transfers");

    /** Transfer rules whose law names no allowed destination yet: every transfer abroad gets a warning. */
    private static final Set<String> TRANSFER_RULES_WITHOUT_ALLOWED_LIST = Set.of(
            "in-dpdp-s16-cross-border", "sa-pdpl-transfer-regulation");

    /** Rules whose research date was not precise to the day: they must say how the date was chosen. */
    private static final Set<String> IMPRECISE_DATES = Set.of(
            "ie-dpc-deepseek-information-request", "fr-cnil-deepseek-analysis", "nl-central-government-deepseek-ban",
            "be-federal-parliament-deepseek-block", "de-be-dsa-app-store-removal-request",
            "au-nsw-dcs-deepseek-restriction", "kr-pipc-deepseek-download-suspension",
            "kr-kepco-kps-deepseek-internal-ban", "us-commerce-deepseek-gfe",
            "us-hr1121-no-deepseek-on-government-devices-act", "us-s321-decoupling-ai-from-china-act",
            "us-ks-hb2313-ai-platforms-of-concern", "us-la-ccp-ai-executive-order",
            "cn-regulators-chatgpt-platform-restriction-2023", "ng-nitda-government-data-hosting",
            "in-dpdp-s16-cross-border", "id-komdigi-grok-block-2026", "ph-grok-ban-2026",
            "us-ndaa-fy2026-s6604-deepseek-ic-systems", "us-ndaa-fy2026-dod-contractors-covered-ai",
            "it-garante-clothoff-2025");

    /** Names of authorities that enforce rules; they never scope a rule as its organization. */
    private static final List<String> AUTHORITY_NAMES = List.of(
            "Garante", "Data Protection Commission", "CNIL", "CNPD", "Roskomnadzor", "Cyberspace Administration",
            "PIPC", "Personal Information Protection Commission", "SDAIA", "NITDA", "Reserve Bank");

    private static RulePack pack;
    private static Map<String, Rule> rules;
    private static Map<String, Vendor> vendors;
    private static Set<String> countries;
    private static Set<String> subdivisions;
    private static ValidatorFactory validatorFactory;

    @BeforeAll
    static void loadPack() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        yaml.findAndRegisterModules();
        try (InputStream in = RulePackContentTest.class.getResourceAsStream(PACK_RESOURCE)) {
            assertThat(in).as("pack resource %s", PACK_RESOURCE).isNotNull();
            pack = yaml.readValue(in, RulePack.class);
        }
        rules = new LinkedHashMap<>();
        pack.rules().forEach(rule -> rules.putIfAbsent(rule.id(), rule));
        vendors = pack.vendors().stream().collect(Collectors.toMap(Vendor::id, Function.identity(), (a, b) -> a));
        JsonNode iso1 = readIso("iso_3166-1.json");
        JsonNode iso2 = readIso("iso_3166-2.json");
        countries = new HashSet<>();
        iso1.get("3166-1").forEach(entry -> countries.add(entry.get("alpha_2").asText()));
        subdivisions = new HashSet<>();
        iso2.get("3166-2").forEach(entry -> subdivisions.add(entry.get("code").asText()));
        validatorFactory = jakarta.validation.Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    @AfterAll
    static void closeValidator() {
        if (validatorFactory != null) {
            validatorFactory.close();
        }
    }

    /** The project's copy of Debian's iso-codes (registry-service/src/main/resources/iso), else the system's. */
    private static JsonNode readIso(String file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = RulePackContentTest.class.getResourceAsStream("/iso/" + file)) {
            if (in != null) {
                return json.readTree(in);
            }
        }
        Path system = Path.of("/usr/share/iso-codes/json", file);
        if (Files.isReadable(system)) {
            return json.readTree(system.toFile());
        }
        return fail("ISO 3166 data %s found neither on the classpath nor in /usr/share/iso-codes/json", file);
    }

    private static Rule rule(String id) {
        Rule rule = rules.get(id);
        assertThat(rule).as("rule %s", id).isNotNull();
        return rule;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> Set<T> orEmpty(Set<T> set) {
        return set == null ? Set.of() : set;
    }

    private static List<String> subjectVendors(Rule rule) {
        return rule.subject() == null ? List.of() : orEmpty(rule.subject().vendors());
    }

    private static List<String> subjectApps(Rule rule) {
        return rule.subject() == null ? List.of() : orEmpty(rule.subject().apps());
    }

    private static List<String> subjectOrigins(Rule rule) {
        return rule.subject() == null ? List.of() : orEmpty(rule.subject().originCountries());
    }

    /** The one matcher's key (semantics.md): what two names of different vendors must never share. */
    private static String key(String name) {
        return Names.key(name);
    }

    /** Resolves a vendor name the way semantics.md says profiles are matched: name, alias or legal entity. */
    private static Optional<String> resolveVendor(String written) {
        return VendorNames.of(pack.vendors()).resolve(written).map(Vendor::id);
    }

    @Test
    void everyRuleThatNamesVendorsAppsOrOriginsSaysWhatItCovers() {
        for (Rule rule : pack.rules()) {
            RuleSubject subject = rule.subject();
            boolean some = subject != null && !(orEmpty(subject.vendors()).isEmpty() && orEmpty(subject.apps()).isEmpty()
                    && orEmpty(subject.originCountries()).isEmpty());
            if (some) {
                assertThat(rule.covers()).as("covers of %s", rule.id()).isNotNull();
            }
        }
        assertThat(rule("tw-moda-deepseek-public-sector-ban").covers()).isEqualTo(Coverage.ANY_DEPLOYMENT);
        assertThat(rule("us-navy-deepseek-guidance").covers()).isEqualTo(Coverage.ANY_DEPLOYMENT);
        assertThat(rule("it-garante-deepseek-processing-block").covers()).isEqualTo(Coverage.DEVELOPER_SERVICE);
        assertThat(rule("kr-pipc-deepseek-download-suspension").covers())
                .as("the suspension was about DeepSeek's own processing").isEqualTo(Coverage.DEVELOPER_SERVICE);
    }

    @Test
    void everyModelFamilyIsDevelopedByAPackVendorAndResolvesFromItsOwnIdentifiers() {
        assertThat(pack.models()).extracting(ModelFamily::id).contains("deepseek-r1", "deepseek-r1-distill",
                "deepseek-v3", "qwen", "kimi", "glm", "minimax", "ernie", "doubao", "llama", "mistral", "gpt-4o",
                "gpt-4-1", "gpt-5", "openai-o-series", "claude", "gemini", "gemma", "grok", "phi");
        ModelNames catalog = ModelNames.of(pack.models());
        for (ModelFamily family : pack.models()) {
            assertThat(vendors).as("developer of %s", family.id()).containsKey(family.developer());
            for (String identifier : orEmpty(family.identifiers())) {
                assertThat(catalog.resolve(identifier)).as(identifier).get()
                        .extracting(match -> match.family().id()).isEqualTo(family.id());
            }
        }
    }

    @Test
    void packPassesBeanValidationOfTheApiRecords() {
        Validator validator = validatorFactory.getValidator();
        Set<ConstraintViolation<RulePack>> violations = validator.validate(pack);
        assertThat(violations)
                .as("violations: %s", violations.stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage()).toList())
                .isEmpty();
        assertThat(pack.pack()).isEqualTo("world-ai-restrictions");
        assertThat(pack.description()).isNotBlank();
        assertThat(pack.origin()).contains("ai-restrictions.json").contains("ai-restrictions-2026.json")
                .containsPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void packNamesItsReleaseAndAChangelogNewestFirst() {
        assertThat(pack.version()).isEqualTo("2026.12.2");
        assertThat(pack.changelog()).extracting(release -> release.version())
                .containsExactly("2026.12.2", "2026.12.1", "2026.11.1");
        assertThat(pack.changelog().get(0).date()).isEqualTo(RELEASE_2026_12_1);
        assertThat(pack.changelog().get(1).date()).isEqualTo(RELEASE_2026_12_1);
        String changes = String.join(" ", pack.changelog().get(1).changes());
        RESEARCH_2026_IDS.stream().filter(id -> !NOT_ENCODED_2026.contains(id))
                .map(id -> REFINEMENTS_2026.getOrDefault(id, id))
                .forEach(id -> assertThat(changes).as("changelog names %s", id).contains(id));
        String useCaseChanges = String.join(" ", pack.changelog().get(0).changes());
        OBLIGATION_RULES.forEach(id -> assertThat(useCaseChanges).as("changelog 2026.12.2 names %s", id).contains(id));
    }

    @Test
    void everyRuleSaysWhenItWasLastCheckedAgainstItsSources() {
        for (Rule rule : pack.rules()) {
            LocalDate expected = REVIEWED_2026_12_01.contains(rule.id()) ? RELEASE_2026_12_1 : CONVERTED_ON;
            assertThat(rule.reviewedOn()).as("reviewedOn of %s", rule.id()).isEqualTo(expected);
        }
    }

    @Test
    void reviewedOnFollowsConfidenceInEveryRuleOfTheYaml() throws IOException {
        // another change adds lines near `subject:`; reviewedOn stays right after `confidence:` so the two never touch
        List<String> lines = Files.readAllLines(Path.of("src/main/resources" + PACK_RESOURCE));
        int rulesSeen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("  confidence: ")) {
                assertThat(lines.get(i + 1)).as("line %d", i + 2).startsWith("  reviewedOn: '");
                rulesSeen++;
            }
        }
        assertThat(rulesSeen).isEqualTo(pack.rules().size());
    }

    @Test
    void everyDecember2026EntryIsARuleARefinementOrADocumentedObligation() throws IOException {
        assertThat(RESEARCH_2026_IDS).hasSize(14).doesNotHaveDuplicates();
        String docs = Files.readString(Path.of("..", "docs", "rulepack.md"));
        for (String id : RESEARCH_2026_IDS) {
            if (REFINEMENTS_2026.containsKey(id)) {
                assertThat(rules).as("research entry %s refines a rule", id).doesNotContainKey(id)
                        .containsKey(REFINEMENTS_2026.get(id));
                assertThat(rule(REFINEMENTS_2026.get(id)).reviewedOn()).isEqualTo(RELEASE_2026_12_1);
            } else if (NOT_ENCODED_2026.contains(id)) {
                assertThat(rules).as("obligation %s is encoded as its duties", id).doesNotContainKey(id)
                        .containsKeys(OBLIGATIONS_2026.get(id).toArray(String[]::new));
                assertThat(docs).as("docs/rulepack.md explains how %s is encoded", id).contains("`" + id + "`");
            } else {
                assertThat(rules).as("research entry %s", id).containsKey(id);
            }
        }
    }

    @Test
    void ruleAndVendorIdsAreUnique() {
        List<String> ruleIds = pack.rules().stream().map(Rule::id).toList();
        assertThat(ruleIds).doesNotHaveDuplicates();
        assertThat(pack.vendors().stream().map(Vendor::id).toList()).doesNotHaveDuplicates();
        assertThat(pack.rules()).allSatisfy(rule -> assertThat(rule.version()).as(rule.id()).isNull());
    }

    @Test
    void everyResearchEntryIsARuleOrIsExplicitlySplitOrFolded() {
        assertThat(RESEARCH_IDS).hasSize(60).doesNotHaveDuplicates();
        for (String id : RESEARCH_IDS) {
            if (SPLIT.containsKey(id)) {
                assertThat(rules).as("research entry %s is split", id).doesNotContainKey(id);
                assertThat(rules).as("split rules of %s", id).containsKeys(SPLIT.get(id).toArray(String[]::new));
            } else if (FOLDED.containsKey(id)) {
                assertThat(rules).as("research entry %s is folded", id).doesNotContainKey(id);
                assertThat(rule(FOLDED.get(id)).scope()).contains(id);
            } else {
                assertThat(rules).as("research entry %s", id).containsKey(id);
            }
        }
        COMPANIONS.forEach((base, companion) -> {
            assertThat(rules).containsKeys(base, companion);
            assertThat(rule(companion).jurisdiction()).isEqualTo(rule(base).jurisdiction());
            assertThat(rule(companion).sources()).isEqualTo(rule(base).sources());
        });
        long expected = RESEARCH_IDS.size() - FOLDED.size()
                + SPLIT.values().stream().mapToLong(list -> list.size() - 1).sum() + COMPANIONS.size();
        expected += RESEARCH_2026_IDS.size() - REFINEMENTS_2026.size() - NOT_ENCODED_2026.size() + OBLIGATION_RULES.size();
        assertThat(pack.rules()).as("no rule beyond the research entries, splits and companions").hasSize((int) expected)
                .hasSize(87);
    }

    @Test
    void foldedDataPrivacyFrameworkKeepsItsSourcesInTheGdprRule() {
        Rule gdpr = rule("eu-gdpr-chapter-v-transfers");
        assertThat(gdpr.sources()).contains(
                "https://www.deloitte.com/lu/en/Industries/investment-management/perspectives/adequacy-decision-eu-us-data-privacy-framework.html",
                "https://odo24.pl/rodo-nawigator-online/rodo/44");
        assertThat(gdpr.remediation()).contains("Data Privacy Framework");
        assertThat(gdpr.requirement().allowedDestinations()).doesNotContain("US");
    }

    @Test
    void jurisdictionsAndCountryCodesAreRealIsoCodesOrTheEuBloc() {
        for (Rule rule : pack.rules()) {
            String j = rule.jurisdiction();
            boolean known = BLOC_EU.equals(j) || countries.contains(j) || subdivisions.contains(j);
            assertThat(known).as("jurisdiction %s of %s", j, rule.id()).isTrue();
            List<String> codes = new ArrayList<>(subjectOrigins(rule));
            if (rule.requirement() != null) {
                codes.addAll(orEmpty(rule.requirement().storageCountries()));
                codes.addAll(orEmpty(rule.requirement().allowedDestinations()));
            }
            assertThat(codes).as("country codes of %s", rule.id())
                    .allSatisfy(code -> assertThat(countries).contains(code));
        }
        assertThat(pack.vendors()).allSatisfy(v -> assertThat(countries).contains(v.originCountry()));
    }

    @Test
    void subjectVendorsAreDefinedVendorIds() {
        for (Rule rule : pack.rules()) {
            assertThat(subjectVendors(rule)).as("subject.vendors of %s", rule.id())
                    .allSatisfy(id -> assertThat(vendors).containsKey(id));
        }
    }

    @Test
    void vendorNamesAliasesAndLegalEntitiesAreUniqueAcrossVendors() {
        Map<String, String> owner = new HashMap<>();
        for (Vendor v : pack.vendors()) {
            Set<String> names = Stream.of(List.of(v.name()), orEmpty(v.aliases()), orEmpty(v.legalEntities()))
                    .flatMap(List::stream).map(RulePackContentTest::key).collect(Collectors.toSet());
            for (String name : names) {
                String previous = owner.putIfAbsent(name, v.id());
                assertThat(previous).as("'%s' of %s is already a name of %s", name, v.id(), previous).isNull();
            }
            assertThat(orEmpty(v.aliases()).stream().map(RulePackContentTest::key).toList())
                    .as("aliases of %s", v.id()).doesNotHaveDuplicates();
        }
    }

    @Test
    void vendorsResolveFromTheNamesTheResearchAndProductTeamsUse() {
        assertThat(resolveVendor("Hangzhou DeepSeek Artificial Intelligence")).contains("deepseek");
        assertThat(resolveVendor("Beijing DeepSeek Artificial Intelligence")).contains("deepseek");
        assertThat(resolveVendor(" deepseek ")).contains("deepseek");
        assertThat(resolveVendor("openai")).contains("openai");
        assertThat(resolveVendor("OpenAI OpCo, LLC")).contains("openai");
        assertThat(resolveVendor("High Flyer")).contains("high-flyer");
        assertThat(resolveVendor("Butterfly Effect")).contains("manus");
        assertThat(resolveVendor("LinkedIn")).contains("linkedin");
        assertThat(resolveVendor("ChatGPT")).as("an app, not a vendor").isEmpty();
        assertThat(resolveVendor("DeepSeek-R1")).as("a model, not a vendor").isEmpty();
        assertThat(vendors.get("deepseek").originCountry()).isEqualTo("CN");
        assertThat(vendors.get("openai").originCountry()).isEqualTo("US");
        assertThat(resolveVendor("xAI")).contains("xai");
        assertThat(resolveVendor("X.AI Corp")).contains("xai");
        assertThat(resolveVendor("xAI LLC")).as("as MCMC's notices name it").contains("xai");
        assertThat(resolveVendor("X Corp")).as("X, through which Grok is offered").contains("xai");
        assertThat(resolveVendor("Grok")).as("an app, not a vendor").isEmpty();
        assertThat(resolveVendor("clothoff")).contains("clothoff");
    }

    @Test
    void everyRuleCarriesItsSourcesConfidenceRemediationAndHostingRationale() {
        for (Rule rule : pack.rules()) {
            String id = rule.id();
            assertThat(rule.title()).as("title of %s", id).isNotBlank();
            assertThat(rule.summary()).as("summary of %s", id).isNotBlank();
            assertThat(rule.legalBasis()).as("legalBasis of %s", id).isNotBlank();
            assertThat(rule.authority()).as("authority of %s", id).isNotBlank();
            assertThat(rule.sourceUrl()).as("sourceUrl of %s", id).startsWith("http");
            assertThat(rule.sources()).as("sources of %s", id).isNotEmpty().contains(rule.sourceUrl())
                    .allSatisfy(url -> assertThat(url).matches("https?://\\S+"));
            assertThat(rule.remediation()).as("remediation of %s", id).isNotBlank();
            assertThat(rule.hostingRationale()).as("hostingRationale of %s", id).isNotBlank();
            assertThat(rule.scope()).as("scope of %s keeps the research wording", id).startsWith("Research segments: ");
            assertThat(rule.confidence()).as("confidence of %s", id).isIn(Confidence.HIGH, Confidence.MEDIUM);
        }
    }

    @Test
    void datesAreConsistentWithStatus() {
        for (Rule rule : pack.rules()) {
            if (rule.effectiveTo() != null) {
                assertThat(rule.effectiveTo()).as("effectiveTo of %s", rule.id()).isAfter(rule.effectiveFrom());
            }
            if (rule.status() == RuleStatus.LIFTED) {
                assertThat(rule.effectiveTo()).as("LIFTED %s needs effectiveTo", rule.id()).isNotNull();
            }
        }
        assertThat(IMPRECISE_DATES).allSatisfy(id -> assertThat(rule(id).dateNote()).as("dateNote of %s", id).isNotBlank());
    }

    @Test
    void proposedRulesAndAdvisoriesAreWarningsOnly() {
        for (Rule rule : pack.rules()) {
            if (rule.status() == RuleStatus.PROPOSED || rule.kind() == RuleKind.ADVISORY
                    || rule.kind() == RuleKind.OBLIGATION) {
                assertThat(rule.severity()).as("severity of %s", rule.id()).isEqualTo(Severity.WARNING);
            }
        }
    }

    @Test
    void localizationRulesNameStorageCountriesAndCoverEveryAppInEveryHostingMode() {
        List<Rule> localization = pack.rules().stream().filter(r -> r.kind() == RuleKind.DATA_LOCALIZATION).toList();
        assertThat(localization).hasSizeGreaterThanOrEqualTo(10);
        for (Rule rule : localization) {
            assertThat(rule.requirement()).as("requirement of %s", rule.id()).isNotNull();
            assertThat(rule.requirement().storageCountries()).as("storageCountries of %s", rule.id()).isNotEmpty();
            assertThat(orEmpty(rule.hostingModes())).as("hostingModes of %s", rule.id()).isEmpty();
            assertThat(subjectVendors(rule)).as("subject of %s", rule.id()).isEmpty();
            assertThat(subjectApps(rule)).as("subject of %s", rule.id()).isEmpty();
        }
        Map<String, List<String>> expectedStorage = Map.of(
                "ru-23-fz-localization-2025", List.of("RU"), "cn-csl-art37-cii-localization", List.of("CN"),
                "cn-pipl-art40-localization", List.of("CN"), "vn-decree-53-2022-localization", List.of("VN"),
                "id-gr-71-2019-public-eso-localization", List.of("ID"), "in-rbi-payment-data-localization", List.of("IN"),
                "kz-personal-data-localization", List.of("KZ"), "ng-nitda-government-data-hosting", List.of("NG"));
        expectedStorage.forEach((id, storage) ->
                assertThat(rule(id).requirement().storageCountries()).as(id).isEqualTo(storage));
    }

    @Test
    void transferRulesNameTheirAllowedDestinationsUnlessTheLawHasNone() {
        for (Rule rule : pack.rules().stream().filter(r -> r.kind() == RuleKind.CROSS_BORDER_TRANSFER).toList()) {
            assertThat(rule.requirement()).as("requirement of %s", rule.id()).isNotNull();
            assertThat(rule.requirement().allowedDestinations()).as("allowedDestinations of %s", rule.id()).isNotNull();
            assertThat(rule.personalDataOnly()).as("personalDataOnly of %s", rule.id()).isTrue();
            assertThat(orEmpty(rule.hostingModes())).as("hostingModes of %s", rule.id()).isEmpty();
            if (!TRANSFER_RULES_WITHOUT_ALLOWED_LIST.contains(rule.id())) {
                assertThat(rule.requirement().allowedDestinations()).as("allowedDestinations of %s", rule.id())
                        .isNotEmpty();
            }
        }
        assertThat(rule("eu-gdpr-chapter-v-transfers").requirement().allowedDestinations())
                .contains("IS", "LI", "NO", "CH", "GB", "JP", "KR", "CA", "NZ", "IL", "UY", "AR", "AD", "FO", "GG",
                        "IM", "JE")
                .doesNotContain("CN", "IN");
    }

    @Test
    void deepSeekSpecificRulesMatchByVendorAndAppNotByOrigin() {
        Set<String> originRules = Set.of("us-ks-hb2313-ai-platforms-of-concern", "us-la-ccp-ai-executive-order");
        for (Rule rule : pack.rules()) {
            if (subjectVendors(rule).contains("deepseek") && !originRules.contains(rule.id())) {
                assertThat(subjectOrigins(rule)).as("originCountries of DeepSeek rule %s", rule.id()).isEmpty();
                assertThat(subjectApps(rule)).as("apps of %s", rule.id()).contains("DeepSeek");
            }
        }
        assertThat(subjectOrigins(rule("us-ks-hb2313-ai-platforms-of-concern")))
                .containsExactlyInAnyOrder("CN", "HK", "CU", "IR", "KP", "RU", "VE");
        assertThat(subjectOrigins(rule("us-s321-decoupling-ai-from-china-act"))).containsExactly("CN");
    }

    @Test
    void organizationNamesTheCoveredBodyNeverTheAuthority() {
        for (Rule rule : pack.rules()) {
            if (rule.organization() == null) {
                continue;
            }
            assertThat(AUTHORITY_NAMES).as("organization of %s", rule.id())
                    .noneMatch(name -> rule.organization().contains(name));
            assertThat(rule.kind()).as("kind of organization-scoped %s", rule.id())
                    .isIn(RuleKind.GOVERNMENT_DEVICE_BAN, RuleKind.SECTOR_BAN, RuleKind.ADVISORY);
        }
        assertThat(rule("it-garante-deepseek-processing-block").organization()).isNull();
        assertThat(rule("it-garante-deepseek-processing-block").authority()).contains("Garante");
        assertThat(rule("ru-23-fz-localization-2025").authority()).contains("Roskomnadzor");
        Map<String, String> organizations = Map.of(
                "us-house-cao-deepseek", "U.S. House of Representatives", "us-senate-cio-deepseek", "U.S. Senate",
                "us-nasa-deepseek", "NASA", "us-navy-deepseek-guidance", "U.S. Navy",
                "us-dod-disa-deepseek-block", "Department of Defense",
                "us-commerce-deepseek-gfe", "U.S. Department of Commerce",
                "kr-khnp-deepseek-internal-ban", "Korea Hydro & Nuclear Power (KHNP)",
                "kr-kepco-kps-deepseek-internal-ban", "KEPCO KPS",
                "kr-mnd-deepseek-military-pc-block", "Ministry of National Defense");
        organizations.forEach((id, org) -> assertThat(rule(id).organization()).as(id).isEqualTo(org));
    }

    @Test
    void mustHaveRestrictionsArePresentWithTheirKindStatusAndJurisdiction() {
        record Expected(String id, String jurisdiction, RuleKind kind, RuleStatus status, Severity severity) {
        }
        List<Expected> expected = List.of(
                new Expected("it-garante-deepseek-processing-block", "IT", RuleKind.NATIONWIDE_BAN, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("au-pspf-direction-001-2025-deepseek", "AU", RuleKind.GOVERNMENT_DEVICE_BAN, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("tw-moda-deepseek-public-sector-ban", "TW", RuleKind.GOVERNMENT_DEVICE_BAN, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("tw-moda-deepseek-public-sector-ban-cii", "TW", RuleKind.SECTOR_BAN, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("kr-ministries-deepseek-work-pc-block-motie", "KR", RuleKind.GOVERNMENT_DEVICE_BAN, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("kr-mnd-deepseek-military-pc-block", "KR", RuleKind.GOVERNMENT_DEVICE_BAN, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("kr-khnp-deepseek-internal-ban", "KR", RuleKind.SECTOR_BAN, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("kr-kepco-kps-deepseek-internal-ban", "KR", RuleKind.SECTOR_BAN, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("kr-pipc-deepseek-download-suspension", "KR", RuleKind.DOWNLOAD_SUSPENSION, RuleStatus.LIFTED, Severity.BLOCKING),
                new Expected("us-house-cao-deepseek", "US", RuleKind.GOVERNMENT_DEVICE_BAN, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("us-senate-cio-deepseek", "US", RuleKind.GOVERNMENT_DEVICE_BAN, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("us-nasa-deepseek", "US", RuleKind.GOVERNMENT_DEVICE_BAN, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("us-dod-disa-deepseek-block", "US", RuleKind.GOVERNMENT_DEVICE_BAN, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("us-navy-deepseek-guidance", "US", RuleKind.SECTOR_BAN, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("us-commerce-deepseek-gfe", "US", RuleKind.GOVERNMENT_DEVICE_BAN, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("us-tx-prohibited-technologies-deepseek", "US-TX", RuleKind.GOVERNMENT_DEVICE_BAN, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("us-ny-deepseek-state-devices", "US-NY", RuleKind.GOVERNMENT_DEVICE_BAN, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("us-va-eo-46-deepseek", "US-VA", RuleKind.GOVERNMENT_DEVICE_BAN, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("us-ks-hb2313-ai-platforms-of-concern", "US-KS", RuleKind.GOVERNMENT_DEVICE_BAN, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("us-hr1121-no-deepseek-on-government-devices-act", "US", RuleKind.GOVERNMENT_DEVICE_BAN, RuleStatus.PROPOSED, Severity.WARNING),
                new Expected("us-s321-decoupling-ai-from-china-act", "US", RuleKind.NATIONWIDE_BAN, RuleStatus.PROPOSED, Severity.WARNING),
                new Expected("it-garante-chatgpt-temporary-limitation-2023", "IT", RuleKind.NATIONWIDE_BAN, RuleStatus.LIFTED, Severity.BLOCKING),
                new Expected("ru-242-fz-localization-2015", "RU", RuleKind.DATA_LOCALIZATION, RuleStatus.LIFTED, Severity.BLOCKING),
                new Expected("ru-23-fz-localization-2025", "RU", RuleKind.DATA_LOCALIZATION, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("cn-csl-art37-cii-localization", "CN", RuleKind.DATA_LOCALIZATION, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("cn-pipl-art40-localization", "CN", RuleKind.DATA_LOCALIZATION, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("vn-decree-53-2022-localization", "VN", RuleKind.DATA_LOCALIZATION, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("id-gr-71-2019-public-eso-localization", "ID", RuleKind.DATA_LOCALIZATION, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("in-rbi-payment-data-localization", "IN", RuleKind.DATA_LOCALIZATION, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("kz-personal-data-localization", "KZ", RuleKind.DATA_LOCALIZATION, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("ng-nitda-government-data-hosting", "NG", RuleKind.DATA_LOCALIZATION, RuleStatus.IN_FORCE, Severity.BLOCKING),
                new Expected("eu-gdpr-chapter-v-transfers", "EU", RuleKind.CROSS_BORDER_TRANSFER, RuleStatus.IN_FORCE, Severity.WARNING),
                new Expected("eu-cjeu-schrems-ii", "EU", RuleKind.CROSS_BORDER_TRANSFER, RuleStatus.IN_FORCE, Severity.WARNING),
                new Expected("in-dpdp-s16-cross-border", "IN", RuleKind.CROSS_BORDER_TRANSFER, RuleStatus.PROPOSED, Severity.WARNING),
                new Expected("sa-pdpl-transfer-regulation", "SA", RuleKind.CROSS_BORDER_TRANSFER, RuleStatus.IN_FORCE, Severity.WARNING),
                new Expected("ie-dpc-deepseek-information-request", "IE", RuleKind.ADVISORY, RuleStatus.IN_FORCE, Severity.WARNING));
        for (Expected e : expected) {
            Rule rule = rule(e.id());
            assertThat(rule.jurisdiction()).as("jurisdiction of %s", e.id()).isEqualTo(e.jurisdiction());
            assertThat(rule.kind()).as("kind of %s", e.id()).isEqualTo(e.kind());
            assertThat(rule.status()).as("status of %s", e.id()).isEqualTo(e.status());
            assertThat(rule.severity()).as("severity of %s", e.id()).isEqualTo(e.severity());
        }
    }

    @Test
    void keyDatesMatchTheResearch() {
        Rule chatGpt = rule("it-garante-chatgpt-temporary-limitation-2023");
        assertThat(chatGpt.effectiveFrom()).isEqualTo(LocalDate.of(2023, 3, 30));
        assertThat(chatGpt.effectiveTo()).isEqualTo(LocalDate.of(2023, 4, 28));
        assertThat(rule("ru-242-fz-localization-2015").effectiveTo())
                .isEqualTo(rule("ru-23-fz-localization-2025").effectiveFrom())
                .isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(rule("it-garante-deepseek-processing-block").effectiveFrom()).isEqualTo(LocalDate.of(2025, 1, 30));
        assertThat(rule("us-tx-prohibited-technologies-deepseek").effectiveFrom()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(rule("kr-pipc-deepseek-download-suspension").effectiveFrom()).isEqualTo(LocalDate.of(2025, 2, 15));
        assertThat(rule("be-federal-government-deepseek-ban").effectiveFrom()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(rule("eu-gdpr-chapter-v-transfers").effectiveFrom()).isEqualTo(LocalDate.of(2018, 5, 25));
    }

    @Test
    void december2026DatesMatchTheCheckedSources() {
        record Window(String id, LocalDate from, LocalDate to) {
        }
        List<Window> windows = List.of(
                new Window("id-komdigi-grok-block-2026", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 1)),
                new Window("my-mcmc-grok-block-2026", LocalDate.of(2026, 1, 11), LocalDate.of(2026, 1, 23)),
                new Window("ph-grok-ban-2026", LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 22)),
                new Window("kr-pipc-deepseek-download-suspension", LocalDate.of(2025, 2, 15), LocalDate.of(2025, 4, 28)),
                new Window("us-ndaa-fy2026-s6604-deepseek-ic-systems", LocalDate.of(2025, 12, 18), null),
                new Window("us-ndaa-fy2026-dod-contractors-covered-ai", LocalDate.of(2025, 12, 18), null),
                new Window("cz-nukib-deepseek-warning-2025", LocalDate.of(2025, 7, 10), null),
                new Window("it-garante-clothoff-2025", LocalDate.of(2025, 10, 1), null),
                new Window("de-be-dsa-app-store-removal-request", LocalDate.of(2025, 6, 27), null),
                new Window("us-la-ccp-ai-executive-order", LocalDate.of(2025, 10, 13), null));
        for (Window w : windows) {
            assertThat(rule(w.id()).effectiveFrom()).as("effectiveFrom of %s", w.id()).isEqualTo(w.from());
            assertThat(rule(w.id()).effectiveTo()).as("effectiveTo of %s", w.id()).isEqualTo(w.to());
        }
        for (String grok : List.of("id-komdigi-grok-block-2026", "my-mcmc-grok-block-2026", "ph-grok-ban-2026")) {
            Rule rule = rule(grok);
            assertThat(rule.kind()).isEqualTo(RuleKind.NATIONWIDE_BAN);
            assertThat(rule.status()).isEqualTo(RuleStatus.LIFTED);
            assertThat(rule.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(subjectVendors(rule)).containsExactly("xai");
            assertThat(subjectApps(rule)).containsExactly("Grok");
            assertThat(rule.hostingModes()).containsExactly(HostingMode.VENDOR_API);
        }
        assertThat(rule("us-ndaa-fy2026-dod-contractors-covered-ai").sectors()).containsExactly(Sector.DEFENCE);
        assertThat(rule("us-ndaa-fy2026-dod-contractors-covered-ai").confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(rule("cz-nukib-deepseek-warning-2025").severity()).isEqualTo(Severity.WARNING);
        assertThat(rule("ph-grok-ban-2026").confidence()).as("the day access returned is not reported")
                .isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void segmentsSectorsAndHostingModesFollowTheMappingDecisions() {
        Rule khnp = rule("kr-khnp-deepseek-internal-ban");
        assertThat(khnp.segments()).containsExactly(Segment.STATE_OWNED_ENTERPRISE);
        assertThat(khnp.sectors()).containsExactly(Sector.ENERGY);
        assertThat(rule("tw-moda-deepseek-public-sector-ban").segments())
                .containsExactlyInAnyOrder(Segment.GOVERNMENT, Segment.STATE_OWNED_ENTERPRISE);
        assertThat(orEmpty(rule("tw-moda-deepseek-public-sector-ban").sectors())).isEmpty();
        assertThat(orEmpty(rule("tw-moda-deepseek-public-sector-ban-cii").segments())).isEmpty();
        assertThat(rule("tw-moda-deepseek-public-sector-ban-cii").sectors()).containsExactly(Sector.CRITICAL_INFRASTRUCTURE);
        assertThat(rule("in-rbi-payment-data-localization").sectors()).containsExactly(Sector.PAYMENTS);
        assertThat(rule("cn-csl-art37-cii-localization").sectors()).containsExactly(Sector.CRITICAL_INFRASTRUCTURE);
        assertThat(rule("us-navy-deepseek-guidance").segments()).containsExactly(Segment.MILITARY);
        assertThat(rule("us-tx-prohibited-technologies-deepseek").segments()).containsExactly(Segment.GOVERNMENT);
        assertThat(orEmpty(rule("it-garante-deepseek-processing-block").segments())).isEmpty();

        assertThat(rule("it-garante-deepseek-processing-block").hostingModes()).containsExactly(HostingMode.VENDOR_API);
        assertThat(rule("us-tx-prohibited-technologies-deepseek").hostingModes()).containsExactly(HostingMode.VENDOR_API);
        assertThat(rule("us-dod-disa-deepseek-block").hostingModes()).containsExactly(HostingMode.VENDOR_API);
        assertThat(orEmpty(rule("us-navy-deepseek-guidance").hostingModes())).as("any capacity: all modes").isEmpty();
        assertThat(orEmpty(rule("us-ks-hb2313-ai-platforms-of-concern").hostingModes())).as("statute: all modes").isEmpty();
        assertThat(rule("cn-openai-unsupported-region").hostingModes()).containsExactly(HostingMode.VENDOR_API);
    }

    @Test
    void useCaseRulesNameTheirUseCasesOrRolesAndOnlyTheyDo() {
        for (Rule rule : pack.rules()) {
            boolean scoped = !orEmpty(rule.useCases()).isEmpty() || !orEmpty(rule.roles()).isEmpty();
            boolean useCaseKind = rule.kind() == RuleKind.OBLIGATION || rule.kind() == RuleKind.PROHIBITED_PRACTICE;
            assertThat(scoped).as("%s names use cases or roles exactly when it is an obligation or prohibition", rule.id())
                    .isEqualTo(useCaseKind);
            if (rule.kind() == RuleKind.PROHIBITED_PRACTICE) {
                assertThat(orEmpty(rule.useCases())).as("use cases of %s", rule.id()).isNotEmpty();
            }
        }
        assertThat(rule("eu-ai-act-art5-prohibited-practices").severity()).isEqualTo(Severity.BLOCKING);
        assertThat(rule("eu-ai-act-art5-prohibited-practices").effectiveFrom()).hasToString("2025-02-02");
        assertThat(rule("eu-ai-act-gpai-model-providers").effectiveFrom()).hasToString("2025-08-02");
        assertThat(rule("eu-ai-act-art50-interaction-disclosure").effectiveFrom()).hasToString("2026-08-02");
        // the omnibus's dates are not law until it is published: the published dates stay, with a note
        assertThat(rule("eu-ai-act-annex-iii-high-risk-deployers").effectiveFrom()).hasToString("2026-08-02");
        assertThat(rule("eu-ai-act-annex-iii-high-risk-deployers").dateNote()).contains("2027-12-02");
        assertThat(rule("eu-ai-act-annex-iii-high-risk-deployers").confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(rule("eu-ai-act-omnibus-intimate-imagery-prohibition").status()).isEqualTo(RuleStatus.PROPOSED);
        assertThat(rule("kr-ai-basic-act-generative-ai-labelling").effectiveFrom()).hasToString("2026-01-22");
        assertThat(rule("it-law-132-2025-minors-parental-consent").effectiveFrom()).hasToString("2025-10-10");
        assertThat(rule("us-co-ai-act-high-risk-ai").effectiveFrom()).hasToString("2026-06-30");
        assertThat(rule("us-co-ai-act-high-risk-ai").jurisdiction()).isEqualTo("US-CO");
    }

    @Test
    void readableRuleTableListsEveryRule() throws IOException {
        Path table = Path.of("..", "docs", "rulepack.md");
        assertThat(table).as("docs/rulepack.md, seen from the module directory").isReadable();
        String text = Files.readString(table);
        assertThat(pack.rules()).allSatisfy(rule -> assertThat(text).contains("| `" + rule.id() + "` |"));
    }

    @Test
    void everySegmentSectorAndKindOfTheProductIsExercisedWhereTheResearchHasIt() {
        Set<RuleKind> kinds = pack.rules().stream().map(Rule::kind).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(RuleKind.values());
        Set<Segment> segments = pack.rules().stream().flatMap(r -> orEmpty(r.segments()).stream()).collect(Collectors.toSet());
        assertThat(segments).contains(Segment.GOVERNMENT, Segment.MILITARY, Segment.STATE_OWNED_ENTERPRISE);
    }
}
