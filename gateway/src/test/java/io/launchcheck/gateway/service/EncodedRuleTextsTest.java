package io.launchcheck.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.Finding;
import io.launchcheck.api.FindingWaiver;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.Severity;
import io.launchcheck.api.TeamRole;
import io.launchcheck.api.UncheckedRule;
import io.launchcheck.api.UseCase;
import io.launchcheck.api.Verdict;
import io.launchcheck.api.json.EncodedRuleTexts;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The gateway's mapper writes findings and not-checked rules with their rules' texts encoded once, and the JSON is
 * the same as the mapper's own serializers write: compared with the JSON of the same value built as a tree (a token
 * buffer, which gets the mapper's own serializers), as text and as the UTF-8 bytes that are stored.
 */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class EncodedRuleTextsTest {

    /** A quote, a backslash, a control character, accents, a CJK character and one beyond the BMP. */
    private static final String AWKWARD = "Rule \"quoted\" \\ \u0001 é 東 \uD83D\uDE80";

    @Inject
    ObjectMapper json;

    @Inject
    StoredJson stored;

    private static Finding finding(String ruleId, String message, List<String> why, FindingWaiver waiver) {
        return new Finding(ruleId, RuleKind.GOVERNMENT_DEVICE_BAN, Severity.BLOCKING, RuleStatus.IN_FORCE, "KR",
                "Korean National Police Agency", message, why, "Ministry block", "KNPA", "https://example.org/a?b=c&d",
                "Do not deploy.", Confidence.HIGH, LocalDate.parse("2025-02-05"), null, waiver);
    }

    private static UncheckedRule unchecked(String message) {
        return new UncheckedRule("eu-ai-act-annex-iii", RuleKind.OBLIGATION, Severity.WARNING, "EU",
                LocalDate.parse("2026-08-02"), message, List.of("useCases", "role"),
                Set.of(UseCase.EMPLOYMENT, UseCase.CREDIT_SCORING), Set.of(TeamRole.values()[0]), null, null, null);
    }

    private static JurisdictionResult result() {
        return result(AWKWARD);
    }

    private static JurisdictionResult result(String awkward) {
        FindingWaiver waiver = new FindingWaiver(UUID.fromString("00000000-0000-0000-0000-000000000001"), "officer",
                Instant.parse("2027-01-01T00:00:00Z"), "TICKET-1");
        List<Finding> findings = new ArrayList<>(List.of(
                finding("kr-a", "South Korea: blocked", List.of("The rule is one of KR's own", awkward), null),
                finding("kr-a", "South Korea: blocked", List.of("Other reasons, same texts"), waiver),
                finding("kr-\"b\"", awkward, List.of(), null),
                finding(null, null, null, null),
                new Finding("kr-c", null, null, null, null, null, null, List.of(), null, null, null, null, null, null,
                        null)));
        findings.add(null);
        List<UncheckedRule> notChecked = new ArrayList<>(List.of(unchecked("Annex III"), unchecked(awkward),
                unchecked("Annex III")));
        notChecked.add(null);
        return new JurisdictionResult("KR", Verdict.NON_COMPLIANT, findings, List.of(), notChecked, null, null, null);
    }

    /** The JSON the mapper's own serializers write for {@code value}. */
    private String reference(Object value) throws Exception {
        return json.writeValueAsString(json.valueToTree(value));
    }

    @Test
    void writesTheSameJsonAsTheMappersOwnSerializers() throws Exception {
        assertThat(json.getSerializerProviderInstance().findValueSerializer(Finding.class).getClass()
                .getEnclosingClass()).isEqualTo(EncodedRuleTexts.class);
        assertThat(json.getSerializerProviderInstance().findValueSerializer(UncheckedRule.class).getClass()
                .getEnclosingClass()).isEqualTo(EncodedRuleTexts.class);
        JurisdictionResult result = result();
        String expected = reference(result);

        // twice: the first encodes the texts, the second writes them from what it encoded
        assertThat(json.writeValueAsString(result)).isEqualTo(expected);
        assertThat(json.writeValueAsString(result)).isEqualTo(expected);
        assertThat(stored.writeUtf8(result)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        assertThat(json.readTree(json.writeValueAsBytes(result))).isEqualTo(json.readTree(expected));
        assertThat(expected).contains("\"ruleId\":\"kr-a\",\"kind\":\"GOVERNMENT_DEVICE_BAN\"")
                .contains("\"effectiveTo\":null,\"waived\":{").contains("\"why\":null");
    }

    @Test
    void aFindingReadBackIsTheFindingWritten() throws Exception {
        // what the gateway reads refuses control characters
        String readable = AWKWARD.replace("\u0001", "");
        for (Finding finding : result(readable).findings()) {
            if (finding != null) {
                assertThat(json.readValue(json.writeValueAsString(finding), Finding.class)).isEqualTo(finding);
            }
        }
        UncheckedRule rule = unchecked(readable);
        assertThat(json.readValue(stored.writeUtf8(rule), UncheckedRule.class)).isEqualTo(rule);
    }

    @Test
    void anIndentedAnswerIsIndentedThroughout() throws Exception {
        String indented = json.writerWithDefaultPrettyPrinter().writeValueAsString(result());

        assertThat(indented).contains("\n    \"kind\" : \"GOVERNMENT_DEVICE_BAN\",\n");
        assertThat(json.readTree(indented)).isEqualTo(json.readTree(reference(result())));
    }
}
