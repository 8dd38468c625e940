package io.launchcheck.gateway.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migration V5 moves the rules each stored assessment cites from assessment_rule into the assessment's rule_ids
 * array: nothing already stored is lost, and stored assessments stay immutable afterwards. Runs the real
 * migrations on the test database, in a schema of its own.
 */
class RuleIdsMigrationTest {

    private static final String SCHEMA = "rule_ids_migration_test";
    private static final String URL = "jdbc:postgresql://localhost:5432/"
            + System.getenv().getOrDefault("LAUNCHCHECK_TEST_GATEWAY_DB", "gateway_test");

    private Connection connection;

    @BeforeEach
    void freshSchema() throws SQLException {
        connection = DriverManager.getConnection(URL, "launchcheck", "launchcheck");
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    @AfterEach
    void dropSchema() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        connection.close();
    }

    @Test
    void theRulesOfStoredAssessmentsMoveIntoTheirArrayAndTheTableGoes() throws SQLException {
        migrateTo("4");
        UUID cites = UUID.randomUUID();
        UUID citesNothing = UUID.randomUUID();
        insertAssessment(cites);
        insertAssessment(citesNothing);
        execute("INSERT INTO assessment_rule (assessment_id, rule_id) VALUES ('" + cites + "', 'kr-ban'), ('" + cites
                + "', 'eu-gdpr'), ('" + cites + "', 'it-garante')");

        migrateTo("5");

        assertThat(ruleIds(cites)).containsExactly("eu-gdpr", "it-garante", "kr-ban");
        assertThat(ruleIds(citesNothing)).isEmpty();
        try (ResultSet tables = connection.getMetaData().getTables(null, SCHEMA, "assessment_rule", null)) {
            assertThat(tables.next()).as("assessment_rule is dropped").isFalse();
        }
        assertThatThrownBy(() -> execute("UPDATE assessment SET app_name = 'changed'"))
                .hasMessageContaining("assessments are immutable");
    }

    private void migrateTo(String version) {
        Flyway.configure().dataSource(URL, "launchcheck", "launchcheck").schemas(SCHEMA)
                .locations("classpath:db/migration").target(MigrationVersion.fromVersion(version)).load().migrate();
    }

    private void insertAssessment(UUID id) throws SQLException {
        execute("INSERT INTO assessment (id, app_name, overall, as_of, ruleset_version, evaluated_at, profile, body)"
                + " VALUES ('" + id + "', 'App', 'COMPLIANT', DATE '2025-03-01', 1, now(), '{}', '{}')");
    }

    private String[] ruleIds(UUID id) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT rule_ids FROM " + SCHEMA + ".assessment WHERE id = '" + id + "'")) {
            assertThat(row.next()).isTrue();
            Array array = row.getArray(1);
            return (String[]) array.getArray();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + SCHEMA + ", public");
            statement.execute(sql);
        }
    }
}
