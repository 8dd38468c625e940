package io.launchcheck.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/** A team's webhook endpoint: a real HTTP server on loopback that keeps every delivery it gets. */
final class WebhookReceiver implements AutoCloseable {

    record Received(String body, String timestamp, String signature, String delivery) {
    }

    private final String secret;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    WebhookReceiver(String secret) throws IOException {
        this.secret = secret;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(body, exchange.getRequestHeaders().getFirst("X-LaunchCheck-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-LaunchCheck-Signature"),
                    exchange.getRequestHeaders().getFirst("X-LaunchCheck-Delivery")));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    String secret() {
        return secret;
    }

    List<Received> received() {
        return received;
    }

    void awaitDeliveries(int count) {
        Eventually.within(Duration.ofSeconds(20), () -> {
            assertThat(received).hasSize(count);
            return null;
        });
    }

    /** The signature a delivery must carry: HMAC-SHA256 of {@code <timestamp>.<body>} with the team's secret. */
    String hmac(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
