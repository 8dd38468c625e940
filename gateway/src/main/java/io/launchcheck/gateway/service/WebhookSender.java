package io.launchcheck.gateway.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.gateway.config.WebhookConfig;
import io.launchcheck.gateway.domain.DeliveryView;
import io.launchcheck.gateway.domain.FeedEntry;
import io.launchcheck.gateway.domain.Webhook;
import io.launchcheck.gateway.domain.WebhookDelivery;
import io.launchcheck.gateway.repository.DeliveryRepository;
import io.launchcheck.gateway.repository.FeedRepository;
import io.launchcheck.gateway.repository.WebhookRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Posts pending deliveries to teams' webhooks: the feed item as the JSON body, signed with HMAC-SHA256 under the
 * team's secret over {@code <timestamp>.<body>} ({@link #SIGNATURE}: {@code sha256=<hex>}, {@link #TIMESTAMP}:
 * seconds since the epoch, so a receiver can refuse replays). A 2xx answer delivers it; anything else (another
 * status, no answer within {@code launchcheck.webhooks.timeout}) is logged and retried after
 * {@code retry-base}, doubled each time up to {@code retry-max}, until {@code max-attempts}; then it is FAILED.
 * Redirects are not followed. Runs every {@code launchcheck.webhooks.poll} (5 s by default; {@code off} disables),
 * first 5 s after the gateway starts.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String SIGNATURE = "X-LaunchCheck-Signature";
    public static final String TIMESTAMP = "X-LaunchCheck-Timestamp";
    public static final String DELIVERY = "X-LaunchCheck-Delivery";
    public static final String EVENT = "X-LaunchCheck-Event";

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final int BATCH = 20;
    /** The first run waits until the gateway has started instead of competing with its start-up. */
    static final String FIRST_RUN_AFTER = "5s";

    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final FeedRepository feed;
    private final WebhookConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    /** Made on the first attempt, not when the gateway starts: it sets up TLS (docs/benchmarks.md, "Start-up"). */
    private HttpClient http;

    public WebhookSender(DeliveryRepository deliveries, WebhookRepository webhooks, FeedRepository feed,
            WebhookConfig config, ObjectMapper json, Clock clock) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.feed = feed;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(identity = "webhook-sender", every = "${launchcheck.webhooks.poll:5s}", delayed = FIRST_RUN_AFTER,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendDue();
    }

    /** Attempts every delivery that is due; returns how many attempts were made. */
    public synchronized int sendDue() {
        int attempts = 0;
        for (UUID id : deliveries.due(clock.instant(), BATCH)) {
            if (QuarkusTransaction.requiringNew().call(() -> attempt(id))) {
                attempts++;
            }
        }
        return attempts;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return http;
    }

    /** The signature header value of {@code body} sent at {@code timestamp} under {@code secret}. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private boolean attempt(UUID id) {
        WebhookDelivery delivery = deliveries.lockPending(id);
        if (delivery == null) {
            return false;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Webhook webhook = webhooks.findById(delivery.team);
        FeedEntry entry = feed.findById(delivery.feedEntryId);
        Integer status = null;
        String error = null;
        if (webhook == null) {
            error = "the team removed its webhook";
        } else {
            long timestamp = now.getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "LaunchCheck-Webhook/1")
                    .header(EVENT, "verdict-changed")
                    .header(DELIVERY, delivery.id.toString())
                    .header(TIMESTAMP, Long.toString(timestamp))
                    .header(SIGNATURE, sign(webhook.secret, timestamp, entry.body))
                    .POST(HttpRequest.BodyPublishers.ofString(entry.body, StandardCharsets.UTF_8))
                    .build();
            try {
                status = http().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status < 200 || status > 299) {
                    error = "the receiver answered " + status;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            } catch (Exception e) {
                error = "no answer: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage());
            }
            delivery.url = webhook.url;
        }
        List<DeliveryView.Attempt> log = new ArrayList<>(readLog(delivery.log));
        log.add(new DeliveryView.Attempt(now, status, error));
        delivery.log = write(log);
        delivery.attempts++;
        if (error == null) {
            delivery.status = WebhookDelivery.Status.DELIVERED;
            delivery.deliveredAt = now;
            delivery.nextAttemptAt = null;
        } else if (webhook == null || delivery.attempts >= config.maxAttempts()) {
            delivery.status = WebhookDelivery.Status.FAILED;
            delivery.nextAttemptAt = null;
            LOG.warnf("Webhook delivery %s to team %s failed for good: %s", delivery.id, delivery.team, error);
        } else {
            delivery.nextAttemptAt = now.plus(backoff(delivery.attempts));
        }
        return true;
    }

    /** The wait after the n-th failed attempt: retry-base doubled n-1 times, at most retry-max. */
    Duration backoff(int failedAttempts) {
        Duration wait = config.retryBase();
        for (int i = 1; i < failedAttempts && wait.compareTo(config.retryMax()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.retryMax()) > 0 ? config.retryMax() : wait;
    }

    public List<DeliveryView.Attempt> readLog(String log) {
        try {
            return json.readValue(log, new TypeReference<List<DeliveryView.Attempt>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a delivery log", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a delivery log", e);
        }
    }
}
