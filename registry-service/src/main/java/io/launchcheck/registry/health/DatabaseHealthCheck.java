package io.launchcheck.registry.health;

import javax.sql.DataSource;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.Readiness;

import io.launchcheck.api.health.DatabaseReadiness;

/**
 * Ready when a connection to the service's database can be had within 500 ms; DOWN at once otherwise (replaces
 * Quarkus' datasource check, which waits for the pool's acquisition timeout).
 */
@Readiness
@Singleton
public class DatabaseHealthCheck extends DatabaseReadiness {

    public DatabaseHealthCheck(DataSource dataSource) {
        super(dataSource, DEFAULT_BOUND);
    }
}
