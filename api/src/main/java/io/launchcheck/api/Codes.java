package io.launchcheck.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads codes the way people write them: surrounding spaces and any letter case are tolerated. */
public final class Codes {

    private Codes() {
    }

    /** Trims and upper-cases a code ({@code " us-tx "} becomes {@code "US-TX"}); null stays null. */
    public static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** Parses an enum constant leniently; the message lists the accepted values. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        String normalized = normalize(value);
        if (normalized == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, normalized.replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown value '" + value.strip() + "'; expected one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
