package io.launchcheck.registry.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Jurisdiction;
import io.launchcheck.api.JurisdictionType;

/** The compact catalog start-up reads says exactly what the reference files say. */
class JurisdictionSourcesTest {

    private final ClassLoader classLoader = getClass().getClassLoader();

    @Test
    void theCatalogTheBuildWroteEqualsTheReferenceFiles() {
        List<Jurisdiction> compiled = JurisdictionSources.compiled(classLoader);

        assertThat(compiled).isNotEmpty().isEqualTo(JurisdictionSources.fromReferenceFiles(classLoader));
    }

    @Test
    void writingAndReadingBackKeepsEveryField() throws IOException {
        List<Jurisdiction> sample = List.of(
                new Jurisdiction("EU", "European Union", JurisdictionType.BLOC, null, List.of(), List.of("DE", "FR")),
                new Jurisdiction("FR", "France", JurisdictionType.COUNTRY, null, List.of("EEA", "EU"),
                        List.of("FR-75C")),
                new Jurisdiction("FR-75C", "Paris", JurisdictionType.SUBDIVISION, "FR", List.of(), List.of()));
        StringWriter out = new StringWriter();
        JurisdictionSources.write(sample, out);

        assertThat(out.toString()).startsWith("EU\tBLOC\t\tEuropean Union\t\tDE,FR\n");
        assertThat(JurisdictionSources.parse(out.toString().lines().toList())).isEqualTo(sample);
    }

    @Test
    void theReferenceFilesHoldEveryCountrySubdivisionAndBloc() {
        List<Jurisdiction> all = JurisdictionSources.fromReferenceFiles(classLoader);

        assertThat(all).filteredOn(j -> j.type() == JurisdictionType.COUNTRY).hasSize(249);
        assertThat(all).filteredOn(j -> j.type() == JurisdictionType.SUBDIVISION).hasSize(5127);
        assertThat(all).filteredOn(j -> j.type() == JurisdictionType.BLOC).extracting(Jurisdiction::code)
                .containsExactly("EEA", "EU");
        assertThat(all).filteredOn(j -> j.code().equals("US-TX")).singleElement()
                .satisfies(texas -> assertThat(texas.parent()).isEqualTo("US"));
    }
}
