package io.launchcheck.api.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Which known names a name that resolves to nothing is close to: edit distance on the compact keys, at most one
 * edit for short names and one per five characters for longer ones (at most three), and a known name that
 * begins the given one within that distance ("deepsek-r1-7b" begins like "deepseek-r1").
 */
final class Resemblance<T> {

    static final int MIN_LENGTH = 4;

    private final Map<String, T> byKey;

    Resemblance(Map<String, T> byKey) {
        this.byKey = byKey;
    }

    static int allowed(int length) {
        return Math.min(3, Math.max(1, length / 5));
    }

    List<T> nearest(String key) {
        if (key == null || key.length() < MIN_LENGTH) {
            return List.of();
        }
        record Near<T>(T value, int distance) {
        }
        List<Near<T>> near = new ArrayList<>();
        for (Map.Entry<String, T> known : byKey.entrySet()) {
            String name = known.getKey();
            if (name.length() < MIN_LENGTH) {
                continue;
            }
            int limit = allowed(name.length());
            int whole = distance(key, name, limit);
            int prefix = key.length() > name.length() ? distance(key.substring(0, name.length()), name, limit) : -1;
            int best = whole < 0 ? prefix : prefix < 0 ? whole : Math.min(whole, prefix);
            if (best >= 0) {
                near.add(new Near<>(known.getValue(), best));
            }
        }
        near.sort(Comparator.comparingInt(Near::distance));
        Set<T> values = new LinkedHashSet<>();
        near.forEach(n -> values.add(n.value()));
        return List.copyOf(values).subList(0, Math.min(3, values.size()));
    }

    /** The edit distance, or -1 when it is over the limit. */
    private static int distance(String a, String b, int limit) {
        return new LevenshteinDistance(limit).apply(a, b);
    }
}
