package de.werkbank.ui.virtual;

/** The geometry of equally tall rows: which row or insertion index a position falls on. */
public final class Rows {

    private Rows() {
    }

    /**
     * The row under {@code offset} (measured from the top of the first row; may be past the last row).
     */
    public static int at(double offset, double rowHeight) {
        return (int) Math.max(0, Math.floor(offset / rowHeight));
    }

    /**
     * The insertion index for a pointer at {@code offset}: before a row when the pointer is in its upper
     * half, after it in its lower half, at the end below the last row.
     */
    public static int insertionIndex(double offset, double rowHeight, int size) {
        return (int) Math.max(0, Math.min(size, Math.round(offset / rowHeight)));
    }
}
