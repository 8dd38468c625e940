package io.launchcheck.rules.domain;

import java.util.Locale;

/** Turns names the way people write them into keys for case-insensitive matching. */
public final class Keys {

    private Keys() {
    }

    /** Trimmed, inner spaces collapsed, lower-cased; null stays null. */
    public static String of(String name) {
        if (name == null) {
            return null;
        }
        String key = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return key.isEmpty() ? null : key;
    }
}
