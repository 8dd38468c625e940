package io.launchcheck.api.json;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.Finding;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.Severity;
import io.launchcheck.api.UncheckedRule;

/**
 * Writes the texts that findings and not-checked rules carry of their rule as JSON encoded once per distinct text,
 * not once per answer. The gateway's 10-target body is about 110 KB, and three quarters of it are those texts, the
 * same in every assessment that cites the rule; writing it was a fifth of the gateway's CPU per assessment.
 *
 * <p>The JSON is exactly what the mapper writes without this module: each fragment is cut from that mapper's own JSON
 * of the value, and the gateway's {@code EncodedRuleTextsTest} compares the two. A generator that cannot take
 * JSON text as it is (a tree being built, a pretty printer) gets the mapper's own serializers. Bounded ({@link #ENCODED}).
 */
public final class EncodedRuleTexts {

    /** What a finding carries of its rule: everything but its rule id, reasons and waiver. */
    private record FindingTexts(RuleKind kind, Severity severity, RuleStatus status, String jurisdiction,
            String organization, String message, String legalBasis, String authority, String sourceUrl,
            String remediation, Confidence confidence, LocalDate effectiveFrom, LocalDate effectiveTo) {

        static FindingTexts of(Finding f) {
            return new FindingTexts(f.kind(), f.severity(), f.status(), f.jurisdiction(), f.organization(),
                    f.message(), f.legalBasis(), f.authority(), f.sourceUrl(), f.remediation(), f.confidence(),
                    f.effectiveFrom(), f.effectiveTo());
        }

        /** A finding with these texts, an empty rule id, no reasons and no waiver. */
        Finding finding() {
            return new Finding("", kind, severity, status, jurisdiction, organization, message, List.of(),
                    legalBasis, authority, sourceUrl, remediation, confidence, effectiveFrom, effectiveTo);
        }
    }

    /**
     * A finding's JSON around its rule id and reasons: {@code head} follows the rule id's value (it starts with the
     * comma before {@code kind}), {@code tail} follows the reasons (it ends before the object's end or its waiver).
     */
    private record Fragments(SerializedString head, SerializedString tail) {
    }

    private static final String START = "{\"ruleId\":\"\"";
    private static final String WHY = ",\"why\":[]";

    /**
     * Distinct texts encoded, of findings and of not-checked rules each: a few hundred bytes each, several times the
     * rules a ruleset cites. A constant: a service's mapper is made before its configuration is available.
     */
    static final long ENCODED = 10_000;

    private EncodedRuleTexts() {
    }

    /**
     * Registers the module with {@code mapper}, its fragments cut from a copy of {@code mapper} as it is now: call it
     * once the mapper is otherwise set up.
     */
    public static ObjectMapper register(ObjectMapper mapper) {
        return mapper.registerModule(module(mapper.copy()));
    }

    /** The module, its fragments cut from {@code plain}'s JSON. */
    public static Module module(ObjectMapper plain) {
        SimpleModule module = new SimpleModule("encoded-rule-texts");
        module.addSerializer(Finding.class, new FindingSerializer(plain));
        module.addSerializer(UncheckedRule.class, new UncheckedRuleSerializer(plain));
        return module;
    }

    /**
     * What was encoded, by what it encodes; emptied when it reaches its bound (a new ruleset's texts replace the old
     * ones). Not a Caffeine cache: a hit there (its read buffer and maintenance) cost the gateway 3 % of its CPU per
     * assessment, a third of what the encoding saved, for some 90 lookups per 10-target body.
     */
    private static final class Encoded<K, V> {

        private final Map<K, V> values = new ConcurrentHashMap<>();

        V get(K key, Function<K, V> encode) {
            V value = values.get(key);
            if (value == null) {
                value = encode.apply(key);
                if (values.size() >= ENCODED) {
                    values.clear();
                }
                values.put(key, value);
            }
            return value;
        }
    }

    /**
     * A serializer that writes its values from encoded JSON where the generator writes JSON text (bytes or characters)
     * without indentation, so that a fragment can go in as it is. A token buffer (behind {@code valueToTree} and
     * {@code convertValue}) or a pretty printer cannot take one: it gets the plain mapper's own serializer.
     */
    private abstract static class Encoding<T> extends StdSerializer<T> {

        private final transient ObjectMapper plain;

        Encoding(Class<T> type, ObjectMapper plain) {
            super(type);
            this.plain = plain;
        }

        @Override
        public final void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (gen instanceof JsonGeneratorImpl && gen.getPrettyPrinter() == null) {
                writeEncoded(value, gen, provider);
            } else {
                SerializerProvider own = plain.getSerializerProviderInstance();
                own.findTypedValueSerializer(value.getClass(), true, null).serialize(value, gen, own);
            }
        }

        abstract void writeEncoded(T value, JsonGenerator gen, SerializerProvider provider) throws IOException;

        /** The plain mapper's JSON text of {@code value}. */
        String json(Object value) {
            try {
                return plain.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialize a " + value.getClass().getSimpleName(), e);
            }
        }
    }

    static final class FindingSerializer extends Encoding<Finding> {

        private final transient Encoded<FindingTexts, Fragments> fragments = new Encoded<>();

        FindingSerializer(ObjectMapper plain) {
            super(Finding.class, plain);
        }

        @Override
        void writeEncoded(Finding finding, JsonGenerator gen, SerializerProvider provider) throws IOException {
            Fragments encoded = fragments.get(FindingTexts.of(finding), this::fragments);
            gen.writeStartObject(finding);
            gen.writeStringField("ruleId", finding.ruleId());
            gen.writeRaw(encoded.head());
            provider.defaultSerializeField("why", finding.why(), gen);
            gen.writeRaw(encoded.tail());
            if (finding.waived() != null) {
                provider.defaultSerializeField("waived", finding.waived(), gen);
            }
            gen.writeEndObject();
        }

        private Fragments fragments(FindingTexts texts) {
            String whole = json(texts.finding());
            int why = whole.indexOf(WHY);
            if (!whole.startsWith(START) || why < 0 || !whole.endsWith("}")) {
                throw new IllegalStateException("a finding's JSON does not have the expected shape: " + whole);
            }
            return new Fragments(new SerializedString(whole.substring(START.length(), why)),
                    new SerializedString(whole.substring(why + WHY.length(), whole.length() - 1)));
        }
    }

    static final class UncheckedRuleSerializer extends Encoding<UncheckedRule> {

        private final transient Encoded<UncheckedRule, SerializedString> encoded = new Encoded<>();

        UncheckedRuleSerializer(ObjectMapper plain) {
            super(UncheckedRule.class, plain);
        }

        @Override
        void writeEncoded(UncheckedRule rule, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeRawValue(encoded.get(rule, held -> new SerializedString(json(held))));
        }
    }
}
