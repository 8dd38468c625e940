package io.launchcheck.registry.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.launchcheck.api.Codes;
import io.launchcheck.api.Jurisdiction;
import io.launchcheck.api.JurisdictionType;
import io.quarkus.runtime.Startup;

/**
 * Every jurisdiction the registry knows, read once from reference files: ISO 3166-1 countries and ISO 3166-2
 * subdivisions (Debian iso-codes, see {@code iso/README.md}) and the blocs of {@code jurisdictions/blocs.yaml}.
 * Codes are looked up case-insensitively, surrounding spaces ignored.
 */
@Startup
@Singleton
public class JurisdictionCatalog {

    private static final Logger LOG = Logger.getLogger(JurisdictionCatalog.class);

    @Inject
    ObjectMapper objectMapper;

    private Map<String, Jurisdiction> byCode;
    private List<Jurisdiction> all;
    private List<Jurisdiction> allWithoutMembers;

    @PostConstruct
    void load() {
        Map<String, String> countryNames = new TreeMap<>();
        for (JsonNode country : read("iso/iso_3166-1.json", objectMapper).get("3166-1")) {
            JsonNode common = country.get("common_name");
            countryNames.put(country.get("alpha_2").asText(), (common != null ? common : country.get("name")).asText());
        }
        Map<String, String> subdivisionNames = new TreeMap<>();
        Map<String, Set<String>> subdivisionsOf = new TreeMap<>();
        for (JsonNode subdivision : read("iso/iso_3166-2.json", objectMapper).get("3166-2")) {
            String code = subdivision.get("code").asText();
            String country = code.substring(0, code.indexOf('-'));
            if (!countryNames.containsKey(country)) {
                throw new IllegalStateException("ISO 3166-2 entry " + code + " names an unknown country");
            }
            subdivisionNames.put(code, subdivision.get("name").asText());
            subdivisionsOf.computeIfAbsent(country, c -> new TreeSet<>()).add(code);
        }
        Map<String, String> blocNames = new TreeMap<>();
        Map<String, Set<String>> blocMembers = new TreeMap<>();
        Map<String, Set<String>> blocsOf = new TreeMap<>();
        ObjectMapper yaml = objectMapper.copyWith(new YAMLFactory());
        for (JsonNode bloc : read("jurisdictions/blocs.yaml", yaml)) {
            String code = Codes.normalize(bloc.get("code").asText());
            if (countryNames.containsKey(code) || subdivisionNames.containsKey(code)) {
                throw new IllegalStateException("Bloc code " + code + " clashes with an ISO code");
            }
            blocNames.put(code, bloc.get("name").asText());
            Set<String> members = new TreeSet<>();
            for (JsonNode member : bloc.get("members")) {
                String country = Codes.normalize(member.asText());
                if (!countryNames.containsKey(country)) {
                    throw new IllegalStateException("Bloc " + code + " names an unknown country " + country);
                }
                members.add(country);
                blocsOf.computeIfAbsent(country, c -> new TreeSet<>()).add(code);
            }
            blocMembers.put(code, members);
        }

        Map<String, Jurisdiction> jurisdictions = new TreeMap<>();
        countryNames.forEach((code, name) -> jurisdictions.put(code, new Jurisdiction(code, name, JurisdictionType.COUNTRY,
                null, List.copyOf(blocsOf.getOrDefault(code, Set.of())),
                List.copyOf(subdivisionsOf.getOrDefault(code, Set.of())))));
        subdivisionNames.forEach((code, name) -> jurisdictions.put(code, new Jurisdiction(code, name,
                JurisdictionType.SUBDIVISION, code.substring(0, code.indexOf('-')), List.of(), List.of())));
        blocNames.forEach((code, name) -> jurisdictions.put(code, new Jurisdiction(code, name, JurisdictionType.BLOC,
                null, List.of(), List.copyOf(blocMembers.get(code)))));
        byCode = Map.copyOf(jurisdictions);
        all = List.copyOf(jurisdictions.values());
        allWithoutMembers = all.stream()
                .map(j -> new Jurisdiction(j.code(), j.name(), j.type(), j.parent(), j.blocs(), null))
                .toList();
        LOG.infof("Jurisdictions loaded: %d countries, %d subdivisions, %d blocs", countryNames.size(),
                subdivisionNames.size(), blocNames.size());
    }

    private static JsonNode read(String resource, ObjectMapper mapper) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Reference data " + resource + " is missing from the classpath");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data " + resource, e);
        }
    }

    /** The jurisdiction with this code (any case, spaces trimmed). */
    public Optional<Jurisdiction> find(String code) {
        String normalized = Codes.normalize(code);
        return normalized == null ? Optional.empty() : Optional.ofNullable(byCode.get(normalized));
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    public boolean isCountry(String code) {
        return find(code).map(j -> j.type() == JurisdictionType.COUNTRY).orElse(false);
    }

    public boolean isCountryOrBloc(String code) {
        return find(code).map(j -> j.type() != JurisdictionType.SUBDIVISION).orElse(false);
    }

    /** Every jurisdiction, sorted by code, with members. */
    public List<Jurisdiction> all() {
        return all;
    }

    /** Every jurisdiction, sorted by code, without members (as rulesets carry them). */
    public List<Jurisdiction> allWithoutMembers() {
        return allWithoutMembers;
    }

    /** Jurisdictions of a type (null: any) whose code or name contains {@code q} (null: any), case-insensitively. */
    public List<Jurisdiction> search(JurisdictionType type, String q) {
        String needle = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(j -> type == null || j.type() == type)
                .filter(j -> needle == null || j.code().toLowerCase(Locale.ROOT).contains(needle)
                        || j.name().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
    }

    /**
     * The codes whose rules reach a target (docs/semantics.md): the target, its country, the blocs of either,
     * a country's subdivisions, a bloc's members and their subdivisions. Sorted by code.
     */
    public Set<String> reaching(String code) {
        Jurisdiction target = find(code).orElseThrow(() -> new IllegalArgumentException("unknown jurisdiction " + code));
        Set<String> codes = new TreeSet<>(Comparator.naturalOrder());
        codes.add(target.code());
        switch (target.type()) {
            case SUBDIVISION -> {
                Jurisdiction country = byCode.get(target.parent());
                codes.add(country.code());
                codes.addAll(country.blocs());
            }
            case COUNTRY -> {
                codes.addAll(target.blocs());
                codes.addAll(target.members());
            }
            case BLOC -> {
                for (String member : target.members()) {
                    codes.add(member);
                    codes.addAll(byCode.get(member).members());
                }
            }
        }
        return codes;
    }
}
