package io.launchcheck.registry.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.launchcheck.api.Codes;
import io.launchcheck.api.Jurisdiction;
import io.launchcheck.api.JurisdictionType;

/**
 * The jurisdictions' reference files and the compact form the registry starts from. The sources are ISO 3166-1
 * countries and ISO 3166-2 subdivisions (Debian iso-codes, see {@code iso/README.md}) and the blocs of
 * {@code jurisdictions/blocs.yaml}; the build reads and checks them once ({@link #main}) and writes
 * {@value #COMPILED}, one line per jurisdiction, which start-up reads in a fraction of the time it takes to parse
 * half a megabyte of JSON and to load a YAML parser.
 */
public final class JurisdictionSources {

    /** The compact catalog the build writes into the classes directory. */
    public static final String COMPILED = "jurisdictions/catalog.tsv";

    private static final String SEPARATOR = "\t";

    private JurisdictionSources() {
    }

    /** Writes {@value #COMPILED} under the given classes directory, from the reference files on the classpath. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]).resolve(COMPILED);
        Files.createDirectories(target.getParent());
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            write(fromReferenceFiles(JurisdictionSources.class.getClassLoader()), out);
        }
    }

    /**
     * Every jurisdiction of the reference files, sorted by code, with members; fails on any inconsistency (a
     * subdivision or bloc member naming an unknown country, a bloc code clashing with an ISO code).
     */
    public static List<Jurisdiction> fromReferenceFiles(ClassLoader classLoader) {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> countryNames = new TreeMap<>();
        for (JsonNode country : read(classLoader, "iso/iso_3166-1.json", json).get("3166-1")) {
            JsonNode common = country.get("common_name");
            countryNames.put(country.get("alpha_2").asText(), (common != null ? common : country.get("name")).asText());
        }
        Map<String, String> subdivisionNames = new TreeMap<>();
        Map<String, Set<String>> subdivisionsOf = new TreeMap<>();
        for (JsonNode subdivision : read(classLoader, "iso/iso_3166-2.json", json).get("3166-2")) {
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
        for (JsonNode bloc : read(classLoader, "jurisdictions/blocs.yaml", new YAMLMapper())) {
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
        countryNames.forEach((code, name) -> jurisdictions.put(code, new Jurisdiction(code, name,
                JurisdictionType.COUNTRY, null, List.copyOf(blocsOf.getOrDefault(code, Set.of())),
                List.copyOf(subdivisionsOf.getOrDefault(code, Set.of())))));
        subdivisionNames.forEach((code, name) -> jurisdictions.put(code, new Jurisdiction(code, name,
                JurisdictionType.SUBDIVISION, code.substring(0, code.indexOf('-')), List.of(), List.of())));
        blocNames.forEach((code, name) -> jurisdictions.put(code, new Jurisdiction(code, name,
                JurisdictionType.BLOC, null, List.of(), List.copyOf(blocMembers.get(code)))));
        return List.copyOf(jurisdictions.values());
    }

    /** The compact catalog on the classpath, or empty if the build did not write one. */
    public static List<Jurisdiction> compiled(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(COMPILED)) {
            if (in == null) {
                return List.of();
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + COMPILED, e);
        }
    }

    static List<Jurisdiction> parse(List<String> lines) {
        List<Jurisdiction> jurisdictions = new ArrayList<>(lines.size());
        for (String line : lines) {
            String[] fields = line.split(SEPARATOR, -1);
            jurisdictions.add(new Jurisdiction(fields[0], fields[3], JurisdictionType.valueOf(fields[1]),
                    fields[2].isEmpty() ? null : fields[2], codes(fields[4]), codes(fields[5])));
        }
        return List.copyOf(jurisdictions);
    }

    /** One line per jurisdiction: code, type, parent, name, blocs, members (codes comma-separated). */
    static void write(List<Jurisdiction> jurisdictions, Writer out) throws IOException {
        for (Jurisdiction j : jurisdictions) {
            if (j.name().contains(SEPARATOR) || j.name().contains("\n")) {
                throw new IllegalStateException("Jurisdiction name with a tab or line break: " + j.code());
            }
            out.write(String.join(SEPARATOR, j.code(), j.type().name(), j.parent() == null ? "" : j.parent(),
                    j.name(), String.join(",", j.blocs()), String.join(",", j.members())));
            out.write('\n');
        }
    }

    private static List<String> codes(String field) {
        return field.isEmpty() ? List.of() : List.copyOf(Arrays.asList(field.split(",")));
    }

    private static JsonNode read(ClassLoader classLoader, String resource, ObjectMapper mapper) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Reference data " + resource + " is missing from the classpath");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data " + resource, e);
        }
    }
}
