package io.launchcheck.api.compact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.launchcheck.api.UncheckedRule;

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
    private final Cache<UncheckedRule, String> uncheckedMemo;

    /** A memo of at most this many texts' digests (and as many not-checked rules'); the least recent leave first. */
    public RuleTextDigests(long maximumSize) {
        this.memo = Caffeine.newBuilder().maximumSize(maximumSize).build();
        this.uncheckedMemo = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    /** The digest of these texts, remembered. */
    public String of(RuleTexts texts) {
        return memo.get(texts, RuleTextDigests::digest);
    }

    /** The digest of this not-checked rule, remembered. */
    public String of(UncheckedRule rule) {
        return uncheckedMemo.get(rule, RuleTextDigests::digest);
    }

    /** The digest of these texts, computed. */
    public static String digest(RuleTexts texts) {
        return sha256(canonical(texts));
    }

    /**
     * The digest of a not-checked rule, computed: SHA-256 of its canonical JSON, the object the compact form's second
     * version writes for it with its members in the order of {@link UncheckedRule}'s fields, null ones left out, no
     * whitespace, and its use cases and roles (sets, whose order says nothing) sorted by name.
     */
    public static String digest(UncheckedRule rule) {
        return sha256(canonical(rule));
    }

    private static String sha256(byte[] canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
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

    /** The canonical JSON of a not-checked rule, in UTF-8. */
    static byte[] canonical(UncheckedRule r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            field(json, "ruleId", r.ruleId());
            field(json, "kind", r.kind() == null ? null : r.kind().name());
            field(json, "severity", r.severity() == null ? null : r.severity().name());
            field(json, "jurisdiction", r.jurisdiction());
            field(json, "effectiveFrom", date(r.effectiveFrom()));
            field(json, "message", r.message());
            array(json, "needs", r.needs());
            array(json, "useCases", sortedNames(r.useCases()));
            array(json, "roles", sortedNames(r.roles()));
            field(json, "legalBasis", r.legalBasis());
            field(json, "sourceUrl", r.sourceUrl());
            field(json, "confidence", r.confidence() == null ? null : r.confidence().name());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> sortedNames(Collection<? extends Enum<?>> values) {
        return values == null ? null : values.stream().map(v -> v == null ? null : v.name())
                .sorted(Comparator.nullsFirst(Comparator.naturalOrder())).toList();
    }

    private static void array(JsonGenerator json, String name, List<String> values) throws IOException {
        if (values != null) {
            json.writeArrayFieldStart(name);
            for (String value : values) {
                json.writeString(value);
            }
            json.writeEndArray();
        }
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
