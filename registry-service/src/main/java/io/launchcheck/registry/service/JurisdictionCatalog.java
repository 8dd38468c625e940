package io.launchcheck.registry.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.launchcheck.api.Codes;
import io.launchcheck.api.Jurisdiction;
import io.launchcheck.api.JurisdictionType;
import io.launchcheck.rules.domain.JurisdictionGraph;
import io.quarkus.runtime.Startup;

/**
 * Every jurisdiction the registry knows: ISO 3166-1 countries and ISO 3166-2 subdivisions (Debian iso-codes, see
 * {@code iso/README.md}) and the blocs of {@code jurisdictions/blocs.yaml}, read once at start-up from the compact
 * catalog the build prepared from those files ({@link JurisdictionSources}). Codes are looked up
 * case-insensitively, surrounding spaces ignored.
 */
@Startup
@Singleton
public class JurisdictionCatalog {

    private static final Logger LOG = Logger.getLogger(JurisdictionCatalog.class);

    private JurisdictionGraph graph;
    private List<Jurisdiction> all;
    private List<Jurisdiction> allWithoutMembers;
    private String digest;

    @PostConstruct
    void load() {
        long started = System.nanoTime();
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        List<Jurisdiction> jurisdictions = JurisdictionSources.compiled(classLoader);
        if (jurisdictions.isEmpty()) {
            LOG.warnf("%s is missing (not built by Maven?): reading the reference files", JurisdictionSources.COMPILED);
            jurisdictions = JurisdictionSources.fromReferenceFiles(classLoader);
        }
        graph = JurisdictionGraph.of(jurisdictions);
        all = jurisdictions;
        allWithoutMembers = all.stream()
                .map(j -> new Jurisdiction(j.code(), j.name(), j.type(), j.parent(), j.blocs(), null))
                .toList();
        digest = digestOf(allWithoutMembers);
        Map<JurisdictionType, Long> counts = all.stream()
                .collect(Collectors.groupingBy(Jurisdiction::type, () -> new EnumMap<>(JurisdictionType.class),
                        Collectors.counting()));
        LOG.infof("Jurisdictions loaded in %d ms: %d countries, %d subdivisions, %d blocs",
                (System.nanoTime() - started) / 1_000_000, counts.getOrDefault(JurisdictionType.COUNTRY, 0L), counts.getOrDefault(JurisdictionType.SUBDIVISION, 0L),
                counts.getOrDefault(JurisdictionType.BLOC, 0L));
    }

    /** The jurisdiction with this code (any case, spaces trimmed). */
    public Optional<Jurisdiction> find(String code) {
        String normalized = Codes.normalize(code);
        return graph.find(normalized);
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

    /**
     * SHA-256 (hex) of the jurisdictions as rulesets carry them ({@link #allWithoutMembers}): a caller that holds
     * jurisdictions with this digest holds these ones.
     */
    public String digest() {
        return digest;
    }

    static String digestOf(List<Jurisdiction> jurisdictions) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        for (Jurisdiction j : jurisdictions) {
            // one line per jurisdiction, fields separated by a character no code or name holds
            String line = String.join("\u001f", j.code(), j.name(), String.valueOf(j.type()), String.valueOf(j.parent()),
                    String.join(",", j.blocs() == null ? List.of() : j.blocs())) + "\n";
            sha256.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha256.digest());
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
     * a country's subdivisions, a bloc's members and their subdivisions ({@link JurisdictionGraph#walk}). Sorted by
     * code.
     */
    public Set<String> reaching(String code) {
        Jurisdiction target = find(code).orElseThrow(() -> new IllegalArgumentException("unknown jurisdiction " + code));
        return graph.reaching(target.code());
    }
}
