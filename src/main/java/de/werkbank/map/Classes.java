package de.werkbank.map;

import java.util.Arrays;

/**
 * The classes of a map: {@code limits[0]} is the smallest value, {@code limits[i + 1]} the upper limit of
 * class {@code i} (inclusive; the first class includes its lower limit too), and how many values each
 * class holds.
 */
public record Classes(double[] limits, int[] counts) {

    public Classes {
        limits = limits.clone();
        counts = counts.clone();
    }

    public int size() {
        return counts.length;
    }

    /** The class of a value: the first whose upper limit is not below it. */
    public int classOf(double value) {
        int i = Arrays.binarySearch(limits, 1, limits.length, value);
        int at = i >= 0 ? i : -i - 1;
        while (at > 1 && limits[at - 1] == value) {
            at--;
        }
        return Math.max(0, Math.min(counts.length - 1, at - 1));
    }

    @Override
    public double[] limits() {
        return limits.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    public double lower(int c) {
        return limits[c];
    }

    public double upper(int c) {
        return limits[c + 1];
    }

    public int count(int c) {
        return counts[c];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Classes other && Arrays.equals(limits, other.limits) && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(limits) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Classes" + Arrays.toString(limits) + Arrays.toString(counts);
    }
}
