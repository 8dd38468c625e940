package io.launchcheck.rules.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.Coverage;
import io.launchcheck.api.ModelFamily;
import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.HostingMode;
import io.launchcheck.api.Jurisdiction;
import io.launchcheck.api.JurisdictionType;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleRequirement;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.RuleSubject;
import io.launchcheck.api.Ruleset;
import io.launchcheck.api.Sector;
import io.launchcheck.api.Segment;
import io.launchcheck.api.Severity;
import io.launchcheck.api.TeamRole;
import io.launchcheck.api.UseCase;
import io.launchcheck.api.Vendor;

/** Test data: a small jurisdiction graph, real vendors, and builders for rules and profiles. */
public final class Fixtures {

    public static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);

    public static final Vendor DEEPSEEK = new Vendor("deepseek", "DeepSeek", List.of("deepseek", "Deep Seek", "deepseek-ai"),
            List.of("Hangzhou DeepSeek Artificial Intelligence", "Beijing DeepSeek Artificial Intelligence"), "CN");
    public static final Vendor OPENAI = new Vendor("openai", "OpenAI", List.of("ChatGPT"), List.of("OpenAI OpCo, LLC"), "US");
    public static final Vendor AMAZON = new Vendor("amazon", "Amazon Web Services", List.of("AWS", "Amazon Bedrock"),
            List.of("Amazon.com, Inc."), "US");
    public static final Vendor META = new Vendor("meta", "Meta", List.of("meta-llama"), List.of("Meta Platforms, Inc."), "US");

    public static final ModelFamily DEEPSEEK_R1 = new ModelFamily("deepseek-r1", "DeepSeek-R1", "deepseek", "CN", true,
            List.of("deepseek-ai/DeepSeek-R1", "deepseek-reasoner", "deepseek.r1"));
    public static final ModelFamily DEEPSEEK_R1_DISTILL = new ModelFamily("deepseek-r1-distill", "DeepSeek-R1-Distill",
            "deepseek", "CN", true, List.of("deepseek-ai/DeepSeek-R1-Distill", "deepseek-r1:7b"));
    public static final ModelFamily DEEPSEEK_V3 = new ModelFamily("deepseek-v3", "DeepSeek-V3", "deepseek", "CN", true,
            List.of("deepseek-ai/DeepSeek-V3", "deepseek-chat"));
    public static final Vendor OPENROUTER = new Vendor("openrouter", "OpenRouter", List.of(), List.of("OpenRouter, Inc."), "US");
    public static final ModelFamily LLAMA = new ModelFamily("llama", "Llama", "meta", null, true,
            List.of("llama", "meta-llama/Llama", "meta.llama"));

    public static final List<Jurisdiction> JURISDICTIONS = List.of(
            bloc("EU", "European Union"),
            country("US", "United States"),
            subdivision("US-TX", "Texas", "US"),
            subdivision("US-NY", "New York", "US"),
            subdivision("US-VA", "Virginia", "US"),
            country("IT", "Italy", "EU"),
            country("DE", "Germany", "EU"),
            subdivision("DE-BE", "Berlin", "DE"),
            country("FR", "France", "EU"),
            country("IE", "Ireland", "EU"),
            country("NL", "Netherlands", "EU"),
            country("KR", "Korea, Republic of"),
            country("CN", "China"),
            country("RU", "Russian Federation"),
            country("BY", "Belarus"),
            country("TW", "Taiwan"),
            country("AU", "Australia"),
            country("IN", "India"),
            country("JP", "Japan"),
            country("CH", "Switzerland"));

    private Fixtures() {
    }

    public static Jurisdiction country(String code, String name, String... blocs) {
        return new Jurisdiction(code, name, JurisdictionType.COUNTRY, null, List.of(blocs), null);
    }

    public static Jurisdiction subdivision(String code, String name, String parent) {
        return new Jurisdiction(code, name, JurisdictionType.SUBDIVISION, parent, List.of(), null);
    }

    public static Jurisdiction bloc(String code, String name) {
        return new Jurisdiction(code, name, JurisdictionType.BLOC, null, List.of(), null);
    }

    public static Ruleset ruleset(long version, Rule... rules) {
        return ruleset(version, List.of(rules));
    }

    public static Ruleset ruleset(long version, List<Rule> rules) {
        return new Ruleset(version, Instant.parse("2025-03-01T00:00:00Z"), rules, JURISDICTIONS,
                List.of(DEEPSEEK, OPENAI, AMAZON, META, OPENROUTER),
                List.of(DEEPSEEK_R1, DEEPSEEK_R1_DISTILL, DEEPSEEK_V3, LLAMA));
    }

    public static RuleBuilder rule(String id, String jurisdiction, RuleKind kind) {
        return new RuleBuilder(id, jurisdiction, kind);
    }

    /** A DeepSeek nationwide ban in force since 2025-01-30, like Italy's Garante order. */
    public static RuleBuilder deepseekBan(String id, String jurisdiction) {
        return rule(id, jurisdiction, RuleKind.NATIONWIDE_BAN).vendors("deepseek").from("2025-01-30");
    }

    public static ProfileBuilder profile() {
        return new ProfileBuilder();
    }

    public static DeploymentProfile.Target target(String jurisdiction) {
        return new DeploymentProfile.Target(jurisdiction, null, null, null);
    }

    public static DeploymentProfile.Target target(String jurisdiction, Set<Segment> segments, Set<Sector> sectors,
            List<String> organizations) {
        return new DeploymentProfile.Target(jurisdiction, segments, sectors, organizations);
    }

    /** Builds an api Rule with sensible defaults: every app, blocking, in force since 2025-01-01. */
    public static final class RuleBuilder {
        private final String id;
        private final String jurisdiction;
        private final RuleKind kind;
        private String organization;
        private List<String> vendors = List.of();
        private List<String> apps = List.of();
        private List<String> origins = List.of();
        private Set<Segment> segments = Set.of();
        private Set<Sector> sectors = Set.of();
        private Set<HostingMode> hostingModes = Set.of();
        private Coverage covers;
        private List<String> storage = List.of();
        private List<String> allowed = List.of();
        private boolean personalDataOnly;
        private Severity severity = Severity.BLOCKING;
        private RuleStatus status = RuleStatus.IN_FORCE;
        private LocalDate from = LocalDate.of(2025, 1, 1);
        private LocalDate to;
        private Set<UseCase> useCases = Set.of();
        private Set<TeamRole> roles = Set.of();

        private RuleBuilder(String id, String jurisdiction, RuleKind kind) {
            this.id = id;
            this.jurisdiction = jurisdiction;
            this.kind = kind;
        }

        public RuleBuilder organization(String organization) {
            this.organization = organization;
            return this;
        }

        public RuleBuilder vendors(String... vendors) {
            this.vendors = List.of(vendors);
            return this;
        }

        public RuleBuilder apps(String... apps) {
            this.apps = List.of(apps);
            return this;
        }

        public RuleBuilder origins(String... origins) {
            this.origins = List.of(origins);
            return this;
        }

        public RuleBuilder segments(Segment... segments) {
            this.segments = EnumSet.copyOf(List.of(segments));
            return this;
        }

        public RuleBuilder sectors(Sector... sectors) {
            this.sectors = EnumSet.copyOf(List.of(sectors));
            return this;
        }

        public RuleBuilder covers(Coverage covers) {
            this.covers = covers;
            return this;
        }

        public RuleBuilder hosting(HostingMode... modes) {
            this.hostingModes = EnumSet.copyOf(List.of(modes));
            return this;
        }

        public RuleBuilder storage(String... countries) {
            this.storage = List.of(countries);
            return this;
        }

        public RuleBuilder allowed(String... destinations) {
            this.allowed = List.of(destinations);
            return this;
        }

        public RuleBuilder personalDataOnly() {
            this.personalDataOnly = true;
            return this;
        }

        public RuleBuilder warning() {
            this.severity = Severity.WARNING;
            return this;
        }

        public RuleBuilder status(RuleStatus status) {
            this.status = status;
            return this;
        }

        public RuleBuilder from(String date) {
            this.from = LocalDate.parse(date);
            return this;
        }

        public RuleBuilder to(String date) {
            this.to = LocalDate.parse(date);
            return this;
        }

        public RuleBuilder useCases(UseCase... useCases) {
            this.useCases = Set.of(useCases);
            return this;
        }

        public RuleBuilder roles(TeamRole... roles) {
            this.roles = Set.of(roles);
            return this;
        }

        public Rule build() {
            return new Rule(id, jurisdiction, organization, kind, null, new RuleSubject(vendors, apps, origins), covers,
                    segments, sectors, hostingModes, new RuleRequirement(storage, allowed), personalDataOnly, severity,
                    status, from, to, null, "Summary of " + id, "Legal basis of " + id, "Authority of " + id,
                    "https://example.org/" + id, List.of(), "Remediation of " + id, null, null, Confidence.HIGH, null, 1L,
                    useCases, roles);
        }
    }

    /** Builds a profile: by default DeepSeek through its API, data in CN, judged on 2025-03-01. */
    public static final class ProfileBuilder {
        private String name = "acme-assistant";
        private String vendor = "DeepSeek";
        private String model;
        private String operator;
        private String origin;
        private HostingMode mode = HostingMode.VENDOR_API;
        private List<String> dataCountries = List.of("CN");
        private Boolean personalData = true;
        private LocalDate asOf = AS_OF;
        private final List<DeploymentProfile.Target> targets = new ArrayList<>();
        private Set<UseCase> useCases;
        private TeamRole role;

        /** What the system does; not calling this leaves the use cases unstated. */
        public ProfileBuilder useCases(UseCase... useCases) {
            this.useCases = Set.of(useCases);
            return this;
        }

        public ProfileBuilder role(TeamRole role) {
            this.role = role;
            return this;
        }

        public ProfileBuilder app(String name) {
            this.name = name;
            return this;
        }

        public ProfileBuilder vendor(String vendor) {
            this.vendor = vendor;
            return this;
        }

        public ProfileBuilder model(String model) {
            this.model = model;
            return this;
        }

        public ProfileBuilder operator(String operator) {
            this.operator = operator;
            return this;
        }

        public ProfileBuilder origin(String origin) {
            this.origin = origin;
            return this;
        }

        public ProfileBuilder hosting(HostingMode mode) {
            this.mode = mode;
            return this;
        }

        public ProfileBuilder dataCountries(String... countries) {
            this.dataCountries = List.of(countries);
            return this;
        }

        public ProfileBuilder personalData(Boolean personalData) {
            this.personalData = personalData;
            return this;
        }

        public ProfileBuilder asOf(String date) {
            this.asOf = LocalDate.parse(date);
            return this;
        }

        public ProfileBuilder target(String jurisdiction) {
            targets.add(Fixtures.target(jurisdiction));
            return this;
        }

        public ProfileBuilder target(DeploymentProfile.Target target) {
            targets.add(target);
            return this;
        }

        public DeploymentProfile build() {
            return new DeploymentProfile(new DeploymentProfile.App(name, vendor, model, origin),
                    new DeploymentProfile.Hosting(mode, operator, dataCountries), personalData, List.copyOf(targets), asOf,
                    useCases, role);
        }
    }
}
