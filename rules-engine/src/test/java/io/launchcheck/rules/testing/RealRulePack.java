package io.launchcheck.rules.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.launchcheck.api.Jurisdiction;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RulePack;
import io.launchcheck.api.Ruleset;

/**
 * The real-world rule pack the registry ships, read from the registry module's sources, with a jurisdiction
 * graph for every code it names (subdivisions under their country, the EU with its 27 members).
 */
public final class RealRulePack {

    public static final Path LOCATION = Path.of("../registry-service/src/main/resources/rulepacks/world-ai-restrictions.yaml");

    public static final List<String> EU_MEMBERS = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
            "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private static RulePack pack;

    private RealRulePack() {
    }

    public static synchronized RulePack pack() {
        if (pack == null) {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).findAndRegisterModules()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            try {
                pack = yaml.readValue(Files.readString(LOCATION), RulePack.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pack;
    }

    public static List<Rule> rules() {
        return pack().rules();
    }

    public static Rule rule(String id) {
        return rules().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No rule " + id + " in the real rule pack"));
    }

    /** The real pack as a ruleset, plus any extra rules. */
    public static Ruleset ruleset(long version, List<Rule> extra) {
        List<Rule> rules = new ArrayList<>(rules());
        rules.addAll(extra);
        return new Ruleset(version, Instant.parse("2025-03-01T00:00:00Z"), rules, jurisdictionsFor(rules),
                pack().vendors(), pack().models());
    }

    /** Countries, subdivisions and the EU for every code the rules name, plus the fixture graph. */
    public static List<Jurisdiction> jurisdictionsFor(List<Rule> rules) {
        Set<String> codes = new TreeSet<>(EU_MEMBERS);
        for (Rule rule : rules) {
            codes.add(rule.jurisdiction());
            if (rule.requirement() != null) {
                Stream.ofNullable(rule.requirement().storageCountries()).flatMap(List::stream).forEach(codes::add);
                Stream.ofNullable(rule.requirement().allowedDestinations()).flatMap(List::stream).forEach(codes::add);
            }
            if (rule.subject() != null && rule.subject().originCountries() != null) {
                codes.addAll(rule.subject().originCountries());
            }
        }
        Map<String, Jurisdiction> all = new TreeMap<>();
        Fixtures.JURISDICTIONS.forEach(j -> all.put(j.code(), j));
        for (String code : codes) {
            if (all.containsKey(code)) {
                continue;
            }
            if (code.equals("EU")) {
                all.put(code, Fixtures.bloc("EU", "European Union"));
            } else if (code.contains("-")) {
                String country = code.substring(0, code.indexOf('-'));
                all.put(code, Fixtures.subdivision(code, code, country));
                all.putIfAbsent(country, Fixtures.country(country, country));
            } else {
                all.put(code, EU_MEMBERS.contains(code) ? Fixtures.country(code, code, "EU") : Fixtures.country(code, code));
            }
        }
        return List.copyOf(all.values());
    }
}
