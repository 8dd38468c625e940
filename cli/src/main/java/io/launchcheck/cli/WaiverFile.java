package io.launchcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.launchcheck.api.WaiverGrant;

/**
 * {@code --waivers FILE}: the team's approved waivers for the offline mode, as the gateway answers
 * {@code GET /api/v1/waivers?app=APP&active=true} (a page with {@code items}, or a bare array of waivers). Only
 * APPROVED waivers are read; whether each still covers findings is decided by its {@code expiresAt} against this
 * machine's clock when the profile is judged, so a file fetched before a waiver expired stops waiving at expiry.
 * A revocation reaches the offline mode when the file is fetched again.
 */
final class WaiverFile {

    private WaiverFile() {
    }

    static List<WaiverGrant> load(Path path) {
        JsonNode root;
        try {
            root = Json.JSON.readTree(Files.readAllBytes(path));
        } catch (IOException e) {
            throw CheckFailure.usage("--waivers " + path + ": cannot read it as JSON: " + e.getMessage());
        }
        JsonNode items = root != null && root.isObject() ? root.get("items") : root;
        if (items == null || !items.isArray()) {
            throw CheckFailure.usage("--waivers " + path
                    + ": expected the answer of GET /api/v1/waivers?app=APP&active=true (an object with items)");
        }
        List<WaiverGrant> grants = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!"APPROVED".equals(item.path("status").asText())) {
                continue;
            }
            try {
                grants.add(new WaiverGrant(UUID.fromString(text(item, "id")), text(item, "ruleId"),
                        text(item, "jurisdiction"), text(item, "app"), text(item, "team"), text(item, "approvedBy"),
                        Instant.parse(text(item, "expiresAt")), item.path("reference").asText(null)));
            } catch (RuntimeException e) {
                throw CheckFailure.usage("--waivers " + path + ": items[" + i + "] is not a waiver: " + e.getMessage());
            }
        }
        return grants;
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value.asText();
    }
}
