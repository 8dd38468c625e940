package io.launchcheck.rules.domain;

import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/** Lists for sentences in reasons: sorted, comma separated. */
public final class Words {

    private Words() {
    }

    public static String list(Collection<?> items) {
        return items.stream().map(Objects::toString).sorted().collect(Collectors.joining(", "));
    }

    /** The items of {@code first} that are also in {@code second}, listed. */
    public static String common(Collection<?> first, Collection<?> second) {
        return list(first.stream().filter(second::contains).toList());
    }
}
