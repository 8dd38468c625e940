package io.launchcheck.api.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Reads a JSON string like Jackson's own, then refuses control characters ({@code \u0000} and the like; tab,
 * line feed and carriage return are text) and unpaired surrogates: no database or log should receive them.
 */
final class TextDeserializer extends StdScalarDeserializer<String> {

    TextDeserializer() {
        super(String.class);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        String problem = problemOf(text);
        if (problem != null) {
            throw new UnacceptableTextException(parser, problem);
        }
        return text;
    }

    @Override
    public Object getEmptyValue(DeserializationContext context) {
        return "";
    }

    /** What is wrong with the text, or null if nothing is. */
    static String problemOf(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return String.format("must not contain control characters (U+%04X at position %d)", (int) c, i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired surrogate (at position " + i + ")";
            }
        }
        return null;
    }
}
