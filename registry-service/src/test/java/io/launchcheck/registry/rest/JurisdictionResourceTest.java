package io.launchcheck.registry.rest;

import static io.launchcheck.registry.security.Tokens.asOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class JurisdictionResourceTest {

    @Test
    void subdivisionNamesItsCountryAsParent() {
        asOfficer().get("/api/v1/jurisdictions/US-TX").then().statusCode(200)
                .body("code", equalTo("US-TX"))
                .body("name", equalTo("Texas"))
                .body("type", equalTo("SUBDIVISION"))
                .body("parent", equalTo("US"));
    }

    @Test
    void countryListsItsBlocsAndSubdivisionsWhateverTheCaseOfTheCode() {
        asOfficer().get("/api/v1/jurisdictions/ it ").then().statusCode(200)
                .body("code", equalTo("IT"))
                .body("type", equalTo("COUNTRY"))
                .body("blocs", hasItems("EU", "EEA"))
                .body("members", hasItem("IT-21"));
        asOfficer().get("/api/v1/jurisdictions/us").then().statusCode(200)
                .body("members", hasItems("US-TX", "US-NY", "US-CA"))
                .body("blocs", hasSize(0));
    }

    @Test
    void euHasItsTwentySevenMemberCountries() {
        List<String> members = asOfficer().get("/api/v1/jurisdictions/EU").then().statusCode(200)
                .body("type", equalTo("BLOC"))
                .extract().jsonPath().getList("members", String.class);
        assertThat(members).hasSize(27).contains("IT", "DE", "FR", "IE", "HU").doesNotContain("GB", "NO", "CH");
    }

    @Test
    void ruleSubdivisionsOfThePackExist() {
        for (String code : List.of("AU-NSW", "DE-BE", "JP-13", "JP-24", "US-VA", "KR-11", "TW-TPE")) {
            asOfficer().get("/api/v1/jurisdictions/" + code).then().statusCode(200).body("type", equalTo("SUBDIVISION"));
        }
    }

    @Test
    void unknownCodeIsANotFoundProblem() {
        asOfficer().get("/api/v1/jurisdictions/XX-NOPE").then().statusCode(404)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("status", equalTo(404))
                .body("detail", equalTo("No jurisdiction with code 'XX-NOPE'"));
    }

    @Test
    void listFiltersByTypeAndText() {
        List<String> countries = asOfficer().queryParam("type", "country").get("/api/v1/jurisdictions")
                .then().statusCode(200).extract().jsonPath().getList("code", String.class);
        assertThat(countries).hasSize(249).contains("KR", "TW", "US").doesNotContain("US-TX", "EU");
        assertThat(countries).isSorted();

        asOfficer().queryParam("type", "SUBDIVISION").queryParam("q", "texas").get("/api/v1/jurisdictions")
                .then().statusCode(200)
                .body("code", hasItem("US-TX"))
                .body("type", hasItem("SUBDIVISION"));
        asOfficer().queryParam("type", "bloc").get("/api/v1/jurisdictions").then().statusCode(200)
                .body("code", equalTo(List.of("EEA", "EU")));
        asOfficer().get("/api/v1/jurisdictions").then().statusCode(200)
                .body("size()", equalTo(249 + 5127 + 2));
    }

    @Test
    void unknownTypeIsABadRequestNamingTheParameter() {
        asOfficer().queryParam("type", "PLANET").get("/api/v1/jurisdictions").then().statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("errors[0].field", equalTo("type"));
    }
}
