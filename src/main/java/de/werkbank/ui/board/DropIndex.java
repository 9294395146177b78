package de.werkbank.ui.board;

import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Where a card dropped at a place of a lane lands among its column's cards.
 *
 * <p>Lanes are a view: a card's position orders it within its whole column, and a lane shows the
 * column's cards of one Handlungsfeld in that order. A card dropped between two neighbours of a lane
 * therefore takes the index right before the lower neighbour among the column's cards (or right after
 * the upper one at the lane's end): whatever cards of other lanes stand between the two, the lane
 * shows it between them. Without lanes the "lane" is all visible cards of the column, and hidden cards
 * are passed over the same way.
 */
final class DropIndex {

    private DropIndex() {
    }

    /**
     * @param column the column's cards, top to bottom
     * @param lane the lane's visible cards, top to bottom, as shown (the moving card included when it
     *             stands there)
     * @param slot the insertion index among {@code lane}
     * @param moving the card being moved, or {@code null} for a new card
     * @return the index among the column's cards other than the moving one, or empty when the card
     *         would stay where it stands
     */
    static OptionalInt amongOthers(List<CardItem> column, List<CardItem> lane, int slot, UUID moving) {
        int at = Math.max(0, Math.min(lane.size(), slot));
        int own = indexOf(lane, moving);
        if (own >= 0 && (at == own || at == own + 1)) {
            return OptionalInt.empty();
        }
        // neither neighbour is the moving card itself: it stood elsewhere, or the place is not next to it
        int movingAt = indexOf(column, moving);
        if (at < lane.size()) {
            return OptionalInt.of(amongOthers(column, lane.get(at), movingAt));
        }
        if (at > 0) {
            return OptionalInt.of(amongOthers(column, lane.get(at - 1), movingAt) + 1);
        }
        return OptionalInt.of(column.size() - (movingAt >= 0 ? 1 : 0));
    }

    /** The index of {@code card} among the column's cards other than the one at {@code movingAt}. */
    private static int amongOthers(List<CardItem> column, CardItem card, int movingAt) {
        int at = indexOf(column, card.card().id());
        return movingAt >= 0 && movingAt < at ? at - 1 : at;
    }

    /** The index of the card with this id in {@code cards}, or -1. */
    static int indexOf(List<CardItem> cards, UUID id) {
        if (id == null) {
            return -1;
        }
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).card().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
