package io.launchcheck.registry.service;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.launchcheck.registry.config.RegistryConfig;

/**
 * The one place that decides whether a rule is overdue for review: last checked against its sources
 * ({@code reviewedOn}) more than {@code launchcheck.registry.review-max-age} ago, or never. Only officers'
 * views use it; verdicts do not.
 */
@ApplicationScoped
public class ReviewFreshness {

    private final RegistryConfig config;

    @Inject
    ReviewFreshness(RegistryConfig config) {
        this.config = config;
    }

    /** Rules last reviewed before this day (UTC), or never, are overdue. */
    public LocalDate dueBefore() {
        return LocalDate.now(ZoneOffset.UTC).minusDays(config.reviewMaxAge().toDays());
    }

    public boolean overdue(LocalDate reviewedOn, LocalDate dueBefore) {
        return reviewedOn == null || reviewedOn.isBefore(dueBefore);
    }
}
