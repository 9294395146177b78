package de.werkbank.plan;

import java.util.OptionalLong;

/**
 * Gapped positions: cards of a column are numbered {@code GAP, 2·GAP, 3·GAP…}; a card placed between
 * two others takes the middle of their gap, so a move rewrites only the moved card. When a gap is used
 * up the column is renumbered (rarely: a gap of 65,536 takes 16 inserts at the same spot to fill).
 */
public final class Positions {

    public static final long GAP = 1L << 16;

    private Positions() {
    }


    /** A position strictly between {@code before} and {@code after} ({@code null}: open end). */
    public static OptionalLong between(Long before, Long after) {
        if (before == null && after == null) {
            return OptionalLong.of(GAP);
        }
        if (before == null) {
            return after > 1 ? OptionalLong.of(after / 2) : OptionalLong.empty();
        }
        if (after == null) {
            return before <= Long.MAX_VALUE - GAP ? OptionalLong.of(before + GAP) : OptionalLong.empty();
        }
        long gap = after - before;
        return gap > 1 ? OptionalLong.of(before + gap / 2) : OptionalLong.empty();
    }

    /** The fresh, evenly gapped position of the card at {@code index} after renumbering. */
    public static long renumbered(int index) {
        return (index + 1L) * GAP;
    }
}
