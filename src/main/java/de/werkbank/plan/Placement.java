package de.werkbank.plan;

import java.util.List;
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

    /**
     * Whether {@code position} still lies strictly between the neighbours a card would have at
     * {@code index} (a column renumbered meanwhile may have moved them).
     */
    static boolean fitsAt(PlanWriter plan, UUID column, int index, UUID moving, long position) {
        List<Long> positions = others(plan, column, moving);
        int i = Math.max(0, Math.min(index, positions.size()));
        return (i == 0 || positions.get(i - 1) < position) && (i == positions.size() || position < positions.get(i));
    }

    private static List<Long> others(PlanWriter plan, UUID column, UUID moving) {
        return plan.cardsIn(column).stream()
                .filter(c -> !c.id().equals(moving))
                .map(Card::position)
                .toList();
    }

    private static OptionalLong tryAt(PlanWriter plan, UUID column, int index, UUID moving) {
        List<Long> positions = others(plan, column, moving);
        return Positions.at(positions, Math.max(0, Math.min(index, positions.size())));
    }

    /** The index of a card within its column. */
    static int indexOf(PlanWriter plan, Card card) {
        List<Card> cards = plan.cardsIn(card.column());
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).id().equals(card.id())) {
                return i;
            }
        }
        return cards.size();
    }
}
