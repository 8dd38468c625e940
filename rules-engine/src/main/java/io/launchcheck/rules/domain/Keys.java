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

    /**
     * An organization's name as words between single spaces, padded with a space at both ends, so that one
     * name can be looked for inside another on word boundaries: "U.S. Navy", "US Navy" and
     * "United States Navy" all become {@code " us navy "}, "Korea Hydro & Nuclear Power (KHNP)" contains
     * {@code " khnp "}. Null or blank gives null.
     */
    public static String organization(String name) {
        if (name == null) {
            return null;
        }
        String words = name.toLowerCase(Locale.ROOT)
                .replace(".", "")
                .replace("&", " and ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        words = (" " + words + " ").replace(" united states ", " us ").replaceFirst("^ the ", " ");
        return words.isBlank() ? null : words;
    }

    /** Whether two organization keys name the same body, or one names a part of the other. */
    public static boolean sameOrganization(String key, String other) {
        return key != null && other != null && (key.contains(other) || other.contains(key));
    }
}
