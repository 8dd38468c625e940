package io.launchcheck.gateway.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;


import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.gateway.domain.Actor;
import io.launchcheck.gateway.domain.DeliveryPage;
import io.launchcheck.gateway.domain.DeliveryView;
import io.launchcheck.gateway.domain.FeedEntry;
import io.launchcheck.gateway.domain.FeedItem;
import io.launchcheck.gateway.domain.FeedPage;
import io.launchcheck.gateway.domain.Webhook;
import io.launchcheck.gateway.domain.WebhookDelivery;
import io.launchcheck.gateway.domain.WebhookRegistration;
import io.launchcheck.gateway.domain.WebhookView;
import io.launchcheck.gateway.repository.DeliveryRepository;
import io.launchcheck.gateway.repository.FeedRepository;
import io.launchcheck.gateway.repository.WebhookRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Reading a team's feed and delivery log, and a team's webhook registration. */
@ApplicationScoped
public class FeedService {

    private final FeedRepository feed;
    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final WebhookSender sender;
    private final StoredJson json;
    private final Clock clock;

    public FeedService(FeedRepository feed, WebhookRepository webhooks, DeliveryRepository deliveries,
            WebhookSender sender, StoredJson json, Clock clock) {
        this.feed = feed;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.sender = sender;
        this.json = json;
        this.clock = clock;
    }

    /** A product team reads its own feed; officers and auditors every team's, or one team's with {@code team}. */
    public FeedPage feed(String app, String team, Actor actor, int page, int size) {
        PanacheQuery<FeedEntry> query = feed.search(scope(team, actor), blankToNull(app), page, size);
        List<FeedItem> items = query.list().stream().map(entry -> json.read(entry.body, FeedItem.class)).toList();
        return new FeedPage(items, page, size, query.count());
    }

    public DeliveryPage deliveries(String team, Actor actor, int page, int size) {
        PanacheQuery<WebhookDelivery> query = deliveries.search(scope(team, actor), page, size);
        List<DeliveryView> items = query.list().stream().map(delivery -> new DeliveryView(delivery.id, delivery.team,
                delivery.feedEntryId, delivery.url, delivery.status, delivery.attempts, delivery.nextAttemptAt,
                delivery.createdAt, delivery.deliveredAt, sender.readLog(delivery.log))).toList();
        return new DeliveryPage(items, page, size, query.count());
    }

    public Optional<WebhookView> webhook(Actor actor) {
        return Optional.ofNullable(webhooks.findById(actor.team())).map(WebhookView::of);
    }

    @Transactional
    public WebhookView register(WebhookRegistration registration, Actor actor) {
        String url = registration.url().strip();
        try {
            URI uri = new URI(url);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null || uri.getUserInfo() != null) {
                throw ProblemException.badRequest("url", "expected an http or https URL with a host and no user info");
            }
        } catch (URISyntaxException e) {
            throw ProblemException.badRequest("url", "is not a URL: " + e.getReason());
        }
        Webhook webhook = webhooks.findById(actor.team());
        boolean added = webhook == null;
        if (added) {
            webhook = new Webhook();
            webhook.team = actor.team();
        }
        webhook.url = url;
        webhook.secret = registration.secret();
        webhook.createdBy = actor.subject();
        webhook.updatedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (added) {
            webhooks.persist(webhook);
        }
        return WebhookView.of(webhook);
    }

    @Transactional
    public boolean remove(Actor actor) {
        return webhooks.deleteById(actor.team());
    }

    private static String scope(String team, Actor actor) {
        String wanted = blankToNull(team);
        if (actor.officer() || actor.auditor()) {
            return wanted;
        }
        if (wanted != null && !wanted.equals(actor.team())) {
            throw ProblemException.forbidden("A product team reads its own team's feed and deliveries only");
        }
        return actor.team();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
