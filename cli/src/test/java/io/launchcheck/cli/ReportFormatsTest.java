package io.launchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * SARIF against the SARIF 2.1.0 JSON schema and JUnit XML against a JUnit XML schema (both in
 * src/test/resources/schemas, see its README), with the real engine and the real rule pack.
 */
class ReportFormatsTest {

    static final String DEEPSEEK_THREE = CliRun.EXAMPLES.resolve("deepseek-italy-texas-korea.json").toString();
    static final String ITALY_JUNE_2023 = CliRun.EXAMPLES.resolve("chatgpt-italy-june-2023.json").toString();

    @TempDir
    static Path dir;
    static Path ruleset;

    @BeforeAll
    static void exportRuleset() {
        ruleset = CliRun.writeRuleset(dir, 4);
    }

    static String render(String format, String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--offline", "--ruleset", ruleset.toString(), "--output", format));
        all.addAll(List.of(args));
        CliRun run = CliRun.run(all.toArray(String[]::new));
        assertThat(run.exitCode).as(run.toString()).isIn(ExitCodes.PASS, ExitCodes.POLICY_FAILURE);
        return run.out;
    }

    @Test
    void sarifIsValidSarif210WithOneRulePerRegistryRuleAndResultsAtTheJurisdictionLine() throws IOException {
        String sarif = render("sarif", DEEPSEEK_THREE, ITALY_JUNE_2023);
        List<Error> errors;
        try (InputStream schema = getClass().getResourceAsStream("/schemas/sarif-2.1.0-rtm.5.json")) {
            Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema);
            errors = validator.validate(sarif, InputFormat.JSON);
        }
        assertThat(errors).as(sarif).isEmpty();

        JsonNode log = Json.JSON.readTree(sarif);
        JsonNode run = log.path("runs").get(0);
        List<String> ruleIds = new ArrayList<>();
        run.path("tool").path("driver").path("rules").forEach(rule -> ruleIds.add(rule.path("id").asText()));
        assertThat(ruleIds).doesNotHaveDuplicates().contains("it-garante-deepseek-processing-block");
        JsonNode garante = run.path("tool").path("driver").path("rules").get(ruleIds.indexOf("it-garante-deepseek-processing-block"));
        assertThat(garante.path("help").path("text").asText()).contains("Legal basis:", "Source: https://");
        assertThat(garante.path("defaultConfiguration").path("level").asText()).isEqualTo("error");

        List<String> lines = Files.readAllLines(Path.of(DEEPSEEK_THREE));
        for (JsonNode result : run.path("results")) {
            JsonNode location = result.path("locations").get(0).path("physicalLocation");
            String uri = location.path("artifactLocation").path("uri").asText();
            String target = result.path("properties").path("target").asText();
            assertThat(result.path("level").asText()).isIn("error", "warning");
            if (uri.endsWith("deepseek-italy-texas-korea.json")) {
                int line = location.path("region").path("startLine").asInt();
                assertThat(lines.get(line - 1)).as(result.toString()).contains("\"jurisdiction\"", "\"" + target + "\"");
            }
            assertThat(ruleIds.get(result.path("ruleIndex").asInt())).isEqualTo(result.path("ruleId").asText());
        }
        assertThat(run.path("results").findValuesAsText("level")).contains("warning", "error");
    }

    @Test
    void junitIsValidJunitXmlWithOneTestCasePerTarget() throws Exception {
        String junit = render("junit", DEEPSEEK_THREE, ITALY_JUNE_2023);
        validateJunit(junit);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(junit)));
        NodeList cases = document.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(4);
        assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("IT");
        // three NON_COMPLIANT targets fail; Italy in June 2023 NEEDS_REVIEW and passes by default
        assertThat(document.getElementsByTagName("failure").getLength()).isEqualTo(3);
        assertThat(document.getDocumentElement().getAttribute("failures")).isEqualTo("3");
    }

    @Test
    void junitFailsNeedsReviewWithFailOnNeedsReview() throws Exception {
        String junit = render("junit", "--fail-on", "NEEDS_REVIEW", ITALY_JUNE_2023);
        validateJunit(junit);
        assertThat(junit).contains("<failure type=\"NEEDS_REVIEW\"");
    }

    static void validateJunit(String junit) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        javax.xml.validation.Schema schema = factory.newSchema(
                new StreamSource(ReportFormatsTest.class.getResourceAsStream("/schemas/jenkins-junit.xsd")));
        schema.newValidator().validate(new StreamSource(new StringReader(junit)));
    }
}
