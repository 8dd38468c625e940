package io.launchcheck.registry.rest;

import static io.launchcheck.registry.rest.Fixtures.PROBLEM_JSON;
import static io.launchcheck.registry.rest.Fixtures.api;
import static io.launchcheck.registry.rest.Fixtures.createRule;
import static io.launchcheck.registry.rest.Fixtures.rule;
import static io.launchcheck.registry.rest.Fixtures.subject;
import static io.launchcheck.registry.rest.Fixtures.uniqueId;
import static io.launchcheck.registry.security.Tokens.asOfficer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every way a rule can be wrong is refused with a problem naming the field; nothing is stored. */
@QuarkusTest
class RuleValidationTest {

    private static final String RULES = "/api/v1/rules";

    private static ValidatableResponse post(Map<String, Object> rule, int status) {
        ValidatableResponse response = api().body(rule).post(RULES).then().statusCode(status).contentType(PROBLEM_JSON)
                .body("status", equalTo(status));
        asOfficer().get(RULES + "/" + rule.get("id")).then().statusCode(404);
        return response;
    }

    @Test
    void rejectsUnknownJurisdiction() {
        Map<String, Object> rule = rule(uniqueId("r"));
        rule.put("jurisdiction", "XX");
        post(rule, 422).body("errors[0].field", equalTo("jurisdiction"));
    }

    @Test
    void rejectsUnknownVendorNamingItsIndex() {
        Map<String, Object> rule = rule(uniqueId("r"));
        String vendor = Fixtures.createVendor(uniqueId("vendor"));
        subject(rule).put("vendors", List.of(vendor, "no-such-vendor-" + vendor));
        post(rule, 422).body("errors[0].field", equalTo("subject.vendors[1]"))
                .body("errors[0].message", containsString("no-such-vendor"));
    }

    @Test
    void rejectsUnknownCountriesInSubjectAndRequirement() {
        Map<String, Object> rule = rule(uniqueId("r"));
        rule.put("kind", "DATA_LOCALIZATION");
        subject(rule).put("originCountries", List.of("CN", "ZZ"));
        rule.put("requirement", Map.of("storageCountries", List.of("RU", "US-TX"), "allowedDestinations", List.of("EU", "QQ")));
        post(rule, 422)
                .body("errors.field", hasItem("subject.originCountries[1]"))
                .body("errors.field", hasItem("requirement.storageCountries[1]"))
                .body("errors.field", hasItem("requirement.allowedDestinations[1]"));
    }

    @Test
    void rejectsEffectiveToNotAfterEffectiveFrom() {
        Map<String, Object> rule = rule(uniqueId("r"));
        rule.put("effectiveTo", "2025-01-30");
        post(rule, 422).body("errors[0].field", equalTo("effectiveTo"));
        rule.put("effectiveTo", "2024-12-31");
        post(rule, 422).body("errors[0].field", equalTo("effectiveTo"));
    }

    @Test
    void rejectsLiftedRuleWithoutEffectiveTo() {
        Map<String, Object> rule = rule(uniqueId("r"));
        rule.put("status", "LIFTED");
        post(rule, 422).body("errors[0].field", equalTo("effectiveTo"))
                .body("errors[0].message", containsString("LIFTED"));
    }

    @Test
    void rejectsDataLocalizationWithoutStorageCountries() {
        Map<String, Object> rule = rule(uniqueId("r"));
        rule.put("kind", "DATA_LOCALIZATION");
        post(rule, 422).body("errors[0].field", equalTo("requirement.storageCountries"));
        rule.put("requirement", Map.of("storageCountries", List.of()));
        post(rule, 422).body("errors[0].field", equalTo("requirement.storageCountries"));
    }

    @Test
    void crossBorderTransferNeedsAllowedDestinationsButAcceptsAnEmptyList() {
        Map<String, Object> rule = rule(uniqueId("r"));
        rule.put("jurisdiction", "EU");
        rule.put("kind", "CROSS_BORDER_TRANSFER");
        post(rule, 422).body("errors[0].field", equalTo("requirement.allowedDestinations"));

        rule.put("requirement", Map.of("allowedDestinations", List.of()));
        createRule(rule).then().body("requirement.allowedDestinations", equalTo(List.of()));
        Map<String, Object> withDestinations = rule(uniqueId("r"));
        withDestinations.put("kind", "CROSS_BORDER_TRANSFER");
        withDestinations.put("requirement", Map.of("allowedDestinations", List.of("eea", " jp ")));
        createRule(withDestinations).then().body("requirement.allowedDestinations", equalTo(List.of("EEA", "JP")));
    }

    @Test
    void anObligationIsAlwaysAWarningAndAProhibitionNamesTheUsesItProhibits() {
        Map<String, Object> obligation = rule(uniqueId("r"));
        obligation.put("kind", "OBLIGATION");
        obligation.put("severity", "BLOCKING");
        obligation.put("useCases", List.of("EMPLOYMENT"));
        post(obligation, 422).body("errors[0].field", equalTo("severity"))
                .body("errors[0].message", containsString("WARNING"));

        Map<String, Object> prohibition = rule(uniqueId("r"));
        prohibition.put("kind", "PROHIBITED_PRACTICE");
        post(prohibition, 422).body("errors[0].field", equalTo("useCases"));
    }

    @Test
    void storesAndServesTheUseCasesAndRolesOfARule() {
        Map<String, Object> rule = rule(uniqueId("r"));
        rule.put("kind", "OBLIGATION");
        rule.put("severity", "WARNING");
        rule.put("useCases", List.of("credit-scoring", "EMPLOYMENT", "EMPLOYMENT"));
        rule.put("roles", List.of("deployer"));
        createRule(rule).then().body("useCases", equalTo(List.of("EMPLOYMENT", "CREDIT_SCORING")))
                .body("roles", equalTo(List.of("DEPLOYER")));
        asOfficer().get(RULES + "/" + rule.get("id")).then().statusCode(200)
                .body("useCases", equalTo(List.of("EMPLOYMENT", "CREDIT_SCORING")));
    }

    @Test
    void rejectsAnUnknownUseCaseOrRoleListingTheKnownOnes() {
        Map<String, Object> rule = rule(uniqueId("r"));
        rule.put("useCases", List.of("EMPLOYMENT", "TIME_TRAVEL"));
        post(rule, 400).body("errors[0].field", equalTo("useCases[1]"))
                .body("errors[0].message", containsString("MINORS_AS_USERS"));
        rule = rule(uniqueId("r"));
        rule.put("roles", List.of("OWNER"));
        post(rule, 400).body("errors[0].field", equalTo("roles[0]"))
                .body("errors[0].message", containsString("DISTRIBUTOR"));
    }

    @Test
    void rejectsDuplicateIdWithConflict() {
        String id = uniqueId("r");
        createRule(rule(id));
        api().body(rule(id)).post(RULES).then().statusCode(409).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void rejectsUnknownEnumValuesAsBadRequests() {
        for (String field : List.of("kind", "severity", "status", "confidence")) {
            Map<String, Object> rule = rule(uniqueId("r"));
            rule.put(field, "NOT_A_VALUE");
            post(rule, 400).body("errors[0].field", equalTo(field))
                    .body("errors[0].message", containsString("expected one of"));
        }
        Map<String, Object> rule = rule(uniqueId("r"));
        rule.put("segments", List.of("CONSUMER", "ALIENS"));
        post(rule, 400).body("errors[0].field", equalTo("segments[1]"));
        rule = rule(uniqueId("r"));
        rule.put("hostingModes", List.of("ON_PREMISE"));
        post(rule, 400).body("errors[0].field", equalTo("hostingModes[0]"));
    }

    @Test
    void rejectsMissingAndOversizedFields() {
        Map<String, Object> rule = rule(uniqueId("r"));
        rule.remove("kind");
        rule.remove("effectiveFrom");
        rule.put("title", "x".repeat(301));
        rule.put("sourceUrl", "not a url");
        post(rule, 400)
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("effectiveFrom"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("sourceUrl"));
        Map<String, Object> bigSubject = rule(uniqueId("r"));
        List<String> apps = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            apps.add("app-" + i);
        }
        subject(bigSubject).put("apps", apps);
        post(bigSubject, 400).body("errors[0].field", equalTo("subject.apps"));
    }

    @Test
    void rejectsInvalidIdAndImpossibleDate() {
        Map<String, Object> rule = rule("Not A Slug");
        post(rule, 400).body("errors[0].field", equalTo("id"));
        rule = rule(uniqueId("r"));
        rule.put("effectiveFrom", "2025-02-30");
        post(rule, 400).body("errors[0].field", equalTo("effectiveFrom"));
    }

    @Test
    void rejectsMalformedJsonAndMissingBody() {
        api().body("{\"id\": ").post(RULES).then().statusCode(400).contentType(PROBLEM_JSON);
        api().post(RULES).then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void rejectsPathIdDifferentFromBodyId() {
        String id = uniqueId("r");
        createRule(rule(id));
        api().header("If-Match", "\"0\"").body(rule(uniqueId("other"))).put(RULES + "/" + id).then().statusCode(400)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("id"));
    }

    @Test
    void rejectsInvalidChangeOnUpdateAndKeepsTheRule() {
        String id = uniqueId("r");
        createRule(rule(id));
        Map<String, Object> changed = rule(id);
        changed.put("jurisdiction", "ATLANTIS");
        api().header("If-Match", "\"0\"").body(changed).put(RULES + "/" + id).then().statusCode(422)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("jurisdiction"));
        asOfficer().get(RULES + "/" + id).then().statusCode(200).body("jurisdiction", equalTo("IT")).body("version", equalTo(0));
    }
}
