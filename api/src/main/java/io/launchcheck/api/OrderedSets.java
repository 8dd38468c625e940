package io.launchcheck.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one order of the sets the records carry: an enum's declaration order, a string's natural order. JSON reads a set
 * into a hash set, and an enum's hash is its identity hash, so without this the same input would be answered, stored
 * and digested with its use cases, roles, segments or sectors in an order that changes from one start of a service to
 * the next. Every record with a set component passes it through {@link #of} in its constructor.
 */
public final class OrderedSets {

    private OrderedSets() {
    }

    /**
     * The values in their natural order (for an enum: declaration order), as an unmodifiable set that iterates in that
     * order; {@code null} stays {@code null} ("not stated"). A {@code null} element is kept, last, so that Bean
     * Validation still finds it and names the field.
     */
    public static <E extends Comparable<? super E>> Set<E> of(Collection<? extends E> values) {
        if (values == null) {
            return null;
        }
        List<E> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.nullsLast(Comparator.naturalOrder()));
        return Collections.unmodifiableSet(new LinkedHashSet<>(sorted));
    }
}
