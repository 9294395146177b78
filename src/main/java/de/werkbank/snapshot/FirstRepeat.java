package de.werkbank.snapshot;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Where a list first repeats an element: for the short lists of one sheet (its areas, its
 * prerequisites, an indicator's dates) without a set for each, with one for a long list.
 */
final class FirstRepeat {

    /** Up to this many elements, each is compared with those before it. */
    private static final int SHORT = 16;

    private FirstRepeat() {
    }

    /** The index of the first element equal to an earlier one, or -1. */
    static <T> int in(List<T> list) {
        return in(list, Function.identity());
    }

    /** The index of the first element whose key equals an earlier one's, or -1. */
    static <T, K> int in(List<T> list, Function<T, K> key) {
        int n = list.size();
        if (n <= SHORT) {
            for (int i = 1; i < n; i++) {
                K k = key.apply(list.get(i));
                for (int j = 0; j < i; j++) {
                    if (java.util.Objects.equals(k, key.apply(list.get(j)))) {
                        return i;
                    }
                }
            }
            return -1;
        }
        Set<K> seen = new HashSet<>(n * 4 / 3 + 1);
        for (int i = 0; i < n; i++) {
            if (!seen.add(key.apply(list.get(i)))) {
                return i;
            }
        }
        return -1;
    }
}
