package io.launchcheck.api.compact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The content digests of rule texts ({@link CompactEvaluationV3}): SHA-256, in hex, of the texts' canonical JSON,
 * which is the object the compact form's second version writes for them with its members in the order of
 * {@link RuleTexts}' fields, absent ones left out, no whitespace, enums by name and dates as {@code yyyy-MM-dd}. The
 * same texts always have the same digest and any change to them gives another one, so a caller that keeps texts by
 * the digest it computed from them can never expand a changed rule with its old texts. Digests are remembered for
 * the texts seen last (a bounded memo keyed by the texts themselves), so an answer does not hash the texts it shares
 * with earlier answers again.
 */
public final class RuleTextDigests {

    private static final JsonFactory JSON = new JsonFactory();

    private final Cache<RuleTexts, String> memo;

    /** A memo of at most this many texts' digests; the least recent leave first. */
    public RuleTextDigests(long maximumSize) {
        this.memo = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    /** The digest of these texts, remembered. */
    public String of(RuleTexts texts) {
        return memo.get(texts, RuleTextDigests::digest);
    }

    /** The digest of these texts, computed. */
    public static String digest(RuleTexts texts) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical(texts)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The canonical JSON of the texts, in UTF-8. */
    static byte[] canonical(RuleTexts t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            field(json, "kind", t.kind() == null ? null : t.kind().name());
            field(json, "status", t.status() == null ? null : t.status().name());
            field(json, "jurisdiction", t.jurisdiction());
            field(json, "organization", t.organization());
            field(json, "message", t.message());
            field(json, "legalBasis", t.legalBasis());
            field(json, "authority", t.authority());
            field(json, "sourceUrl", t.sourceUrl());
            field(json, "remediation", t.remediation());
            field(json, "confidence", t.confidence() == null ? null : t.confidence().name());
            field(json, "effectiveFrom", date(t.effectiveFrom()));
            field(json, "effectiveTo", date(t.effectiveTo()));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void field(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
