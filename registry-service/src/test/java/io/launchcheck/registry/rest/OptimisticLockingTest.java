package io.launchcheck.registry.rest;

import static io.launchcheck.registry.rest.Fixtures.PROBLEM_JSON;
import static io.launchcheck.registry.rest.Fixtures.api;
import static io.launchcheck.registry.rest.Fixtures.createRule;
import static io.launchcheck.registry.rest.Fixtures.rule;
import static io.launchcheck.registry.rest.Fixtures.uniqueId;
import static io.launchcheck.registry.security.Tokens.asOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.launchcheck.registry.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Two compliance officers edit the same rule: one wins, the other is told to re-read, nothing is lost. */
@QuarkusTest
class OptimisticLockingTest {

    @Test
    void secondEditorWithTheSameETagGetsPreconditionFailedAndTheFirstChangeIsKept() {
        String id = uniqueId("race");
        createRule(rule(id));
        String aliceTag = asOfficer().get("/api/v1/rules/" + id).header("ETag");
        String bobTag = asOfficer().get("/api/v1/rules/" + id).header("ETag");
        assertThat(aliceTag).isEqualTo(bobTag).isEqualTo("\"0\"");

        Map<String, Object> alice = rule(id);
        alice.put("remediation", "Alice's remediation");
        Map<String, Object> bob = rule(id);
        bob.put("remediation", "Bob's remediation");

        api().auth().oauth2(Tokens.officer("alice")).header("If-Match", aliceTag).body(alice).put("/api/v1/rules/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
        api().auth().oauth2(Tokens.officer("bob")).header("If-Match", bobTag).body(bob).put("/api/v1/rules/" + id)
                .then().statusCode(412).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("If-Match"));

        asOfficer().get("/api/v1/rules/" + id).then().statusCode(200)
                .body("remediation", equalTo("Alice's remediation"))
                .body("version", equalTo(1));
    }

    @Test
    void concurrentEditorsWithTheSameETagProduceExactlyOneWinner() throws Exception {
        String id = uniqueId("race");
        createRule(rule(id));
        int editors = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        try {
            List<Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                Map<String, Object> change = rule(id);
                change.put("remediation", "editor " + i);
                String actor = "editor-" + i;
                Callable<Response> edit = () -> {
                    start.await();
                    return asOfficer().contentType("application/json").auth().oauth2(Tokens.officer(actor)).header("If-Match", "\"0\"")
                            .body(change).put("/api/v1/rules/" + id);
                };
                results.add(pool.submit(edit));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            String winner = null;
            for (Future<Response> result : results) {
                Response response = result.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 200) {
                    winner = response.jsonPath().getString("remediation");
                }
            }
            assertThat(statuses).containsOnly(200, 412);
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
            asOfficer().get("/api/v1/rules/" + id).then().body("remediation", equalTo(winner)).body("version", equalTo(1));
            asOfficer().get("/api/v1/rules/" + id + "/history").then().body("size()", equalTo(2));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentChangesGetConsecutiveDistinctRulesetVersions() throws Exception {
        int writers = 8;
        String tag = uniqueId("mono");
        long start = Fixtures.rulesetVersion();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Map<String, Object> rule = rule(tag + "-" + i);
                results.add(pool.submit(() -> {
                    go.await();
                    return asOfficer().contentType("application/json").body(rule).post("/api/v1/rules").statusCode();
                }));
            }
            go.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Long> versions = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            versions.add(asOfficer().get("/api/v1/rules/" + tag + "-" + i + "/history").jsonPath().getLong("[0].rulesetVersion"));
        }
        assertThat(versions).doesNotHaveDuplicates().allMatch(v -> v > start && v <= start + writers);
        assertThat(Fixtures.rulesetVersion()).isEqualTo(start + writers);
    }

    @Test
    void ifMatchStarAcceptsAnyVersion() {
        String id = uniqueId("star");
        createRule(rule(id));
        Map<String, Object> changed = rule(id);
        changed.put("title", "changed with If-Match: *");
        api().header("If-Match", "*").body(changed).put("/api/v1/rules/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
    }

    @Test
    void oversizedTokenSubjectIsABadRequest() {
        asOfficer().contentType("application/json").auth().oauth2(Tokens.officer("a".repeat(201))).body(rule(uniqueId("actor")))
                .post("/api/v1/rules").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("Authorization"));
    }
}
