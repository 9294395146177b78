package de.werkbank.ui.board;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where Ctrl+arrows take a card: a column left or right in the same lane at the same height in it (as
 * far as the lane there is long), or one place up or down within its lane, and at the lane's edge into
 * the neighbouring lane (its end above, its top below). Without lanes the column is one lane.
 */
final class KeyboardStep {

    private KeyboardStep() {
    }

    /** A column and a place in one of its lanes. */
    record Target(ColumnModel column, LaneRows.Slot slot) {
    }

    /**
     * @param from where the card stands now (a card row)
     * @return where it goes, or empty at the board's edge
     */
    static Optional<Target> of(List<ColumnModel> columns, Place from, UUID card,
                               Direction step) {
        ColumnModel here = columns.get(from.column());
        String lane = here.hasLanes() ? ((CardItem) here.rows().get(from.row())).card().handlungsfeld() : null;
        List<CardItem> laneCards = here.laneCards(lane);
        int i = DropIndex.indexOf(laneCards, card);
        return switch (step) {
            case LEFT, RIGHT -> {
                int target = from.column() + (step == Direction.LEFT ? -1 : 1);
                if (target < 0 || target >= columns.size()) {
                    yield Optional.empty();
                }
                ColumnModel to = columns.get(target);
                yield Optional.of(new Target(to, new LaneRows.Slot(lane, Math.min(i, to.laneCards(lane).size()))));
            }
            case UP -> i > 0
                    ? Optional.of(new Target(here, new LaneRows.Slot(lane, i - 1)))
                    : here.laneBeside(lane, -1)
                            .map(above -> new Target(here, new LaneRows.Slot(above, here.laneCards(above).size())));
            case DOWN -> i < laneCards.size() - 1
                    ? Optional.of(new Target(here, new LaneRows.Slot(lane, i + 2)))
                    : here.laneBeside(lane, 1).map(below -> new Target(here, new LaneRows.Slot(below, 0)));
        };
    }
}
