package io.launchcheck.gateway.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.launchcheck.api.Verdict;

/** A verdict change told to a team; {@code body} is the {@link FeedItem} as answered and sent. */
@Entity
@Immutable
@Table(name = "feed_entry")
public class FeedEntry {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String team;

    @Column(name = "app_name", nullable = false, length = 200)
    public String appName;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public FeedItem.Cause cause;

    @Column(name = "waiver_id")
    public UUID waiverId;

    @Enumerated(EnumType.STRING)
    @Column(name = "overall_before", nullable = false, length = 20)
    public Verdict overallBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "overall_after", nullable = false, length = 20)
    public Verdict overallAfter;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false, columnDefinition = "text")
    public String body;
}
