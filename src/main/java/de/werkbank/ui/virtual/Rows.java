package de.werkbank.ui.virtual;

import java.util.function.IntToDoubleFunction;

/**
 * The geometry of a list's rows, each of a known height: where a row stands, and which row or
 * insertion index a position falls on. Known heights (a fixed one per kind of row) make this exact
 * without measuring any node.
 */
public final class Rows {

    /** {@code tops[i]} is the top of row {@code i}; {@code tops[size]} the bottom of the last row. */
    private final double[] tops;
    private final int size;

    private Rows(double[] tops, int size) {
        this.tops = tops;
        this.size = size;
    }

    /** The rows {@code 0 … size-1}, row {@code i} being {@code height.applyAsDouble(i)} tall. */
    public static Rows of(int size, IntToDoubleFunction height) {
        return measure(new double[size + 1], size, height);
    }

    /**
     * As {@link #of}, measured into the memory of {@code outdated}, which must not be used any more: a
     * long list measured again after every change then makes no new garbage.
     */
    public static Rows remeasured(Rows outdated, int size, IntToDoubleFunction height) {
        return measure(outdated != null && outdated.tops.length > size ? outdated.tops : new double[size + 1 + size / 8],
                size, height);
    }

    private static Rows measure(double[] tops, int size, IntToDoubleFunction height) {
        tops[0] = 0;
        for (int i = 0; i < size; i++) {
            tops[i + 1] = tops[i] + height.applyAsDouble(i);
        }
        return new Rows(tops, size);
    }

    public int size() {
        return size;
    }

    /** The height of all rows together. */
    public double total() {
        return tops[size()];
    }

    /** The top of row {@code index}; at {@code size()}, the bottom of the last row. */
    public double top(int index) {
        return tops[Math.max(0, Math.min(size(), index))];
    }

    public double height(int index) {
        return top(index + 1) - top(index);
    }

    /**
     * The row under {@code offset} (measured from the top of the first row): 0 above the first row,
     * {@code size()} below the last.
     */
    public int at(double offset) {
        if (offset >= total()) {
            return size();
        }
        int low = 0;
        int high = size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (tops[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /**
     * The insertion index for a pointer at {@code offset}: before a row when the pointer is in its upper
     * half, after it in its lower half, at the end below the last row.
     */
    public int insertionIndex(double offset) {
        int row = at(offset);
        if (row >= size()) {
            return size();
        }
        return offset < tops[row] + height(row) / 2 ? row : row + 1;
    }
}
