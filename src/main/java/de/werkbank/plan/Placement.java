package de.werkbank.plan;

import java.util.OptionalLong;
import java.util.UUID;

/** Finds the position for a card placed at an index of a column, renumbering the column if it must. */
final class Placement {

    private Placement() {
    }

    /** A position and whether the column had to be renumbered to make room for it. */
    record Result(long position, boolean renumbered) {
    }

    /**
     * @param index where the card shall stand among the column's other cards (clamped to the column)
     * @param moving the card being placed, left out of the count, or {@code null} for a new card
     */
    static Result at(PlanWriter plan, UUID column, int index, UUID moving) {
        OptionalLong position = tryAt(plan, column, index, moving);
        if (position.isPresent()) {
            return new Result(position.getAsLong(), false);
        }
        plan.renumber(column);
        return new Result(tryAt(plan, column, index, moving).orElseThrow(), true);
    }

    /** Throws if the column was removed meanwhile (by someone else: the user saw it). */
    static void requireColumn(PlanWriter plan, PlanColumn column) {
        if (plan.columns().stream().noneMatch(c -> c.id().equals(column.id()))) {
            throw PlanConflictException.columnGone(column.name());
        }
    }

    /**
     * Whether {@code position} still lies strictly between the neighbours a card would have at
     * {@code index} (a column renumbered meanwhile may have moved them).
     */
    static boolean fitsAt(PlanWriter plan, UUID column, int index, UUID moving, long position) {
        PlanWriter.Neighbours n = plan.neighbours(column, Math.max(0, index), moving);
        return (n.above() == null || n.above() < position) && (n.below() == null || position < n.below());
    }

    private static OptionalLong tryAt(PlanWriter plan, UUID column, int index, UUID moving) {
        PlanWriter.Neighbours n = plan.neighbours(column, Math.max(0, index), moving);
        return Positions.between(n.above(), n.below());
    }

    /** The index of a card within its column. */
    static int indexOf(PlanWriter plan, Card card) {
        return plan.countAbove(card.column(), card.position());
    }
}
