package de.werkbank.ui.board;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import de.werkbank.plan.MoveCard;
import de.werkbank.plan.PlanCommand;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where cards go: tools and cards dropped at a row of a column, and cards moved by keyboard; a move
 * into another Handlungsfeld's lane asks first and changes the card's field in the same step.
 */
final class CardMoves {

    /** Creates a card of a tool at an index among a column's cards. */
    interface AddTool {
        void accept(Werkzeug tool, ColumnModel column, int index);
    }

    private final List<ColumnModel> columns;
    private final Function<String, Handlungsfeld> fields;
    private final Predicate<String> confirmation;
    private final Consumer<PlanCommand> run;
    private final AddTool addTool;

    CardMoves(List<ColumnModel> columns, Function<String, Handlungsfeld> fields, Predicate<String> confirmation,
              Consumer<PlanCommand> run, AddTool addTool) {
        this.columns = columns;
        this.fields = fields;
        this.confirmation = confirmation;
        this.run = run;
        this.addTool = addTool;
    }

    /**
     * Takes a catalogue tool dropped at insertion index {@code row} among the column's rows into the
     * plan. A tool keeps its own Handlungsfeld: dropped into another field's lane, it lands at the end
     * of its own lane (the drop line shows it there, see {@link ColumnModel#dropRow}).
     */
    void dropTool(Werkzeug tool, ColumnModel column, int row) {
        LaneRows.Slot slot = column.slotAt(row, tool.handlungsfeld());
        DropIndex.amongOthers(column.cards(), column.laneCards(slot.lane()), slot.index(), null)
                .ifPresent(index -> addTool.accept(tool, column, index));
    }

    /**
     * Moves a card dropped at insertion index {@code row} among the rows the column shows (lane headers
     * included; the card itself too when it stands there). Dropped into another Handlungsfeld's lane,
     * it moves only if the user confirms, and then changes its field in the same step.
     */
    void moveCard(CardItem item, ColumnModel column, int row) {
        land(item, column, column.slotAt(row, null));
    }

    /** Moves the card to a place of a lane, asking first if that changes its Handlungsfeld. */
    private boolean land(CardItem item, ColumnModel column, LaneRows.Slot slot) {
        OptionalInt index = DropIndex.amongOthers(column.cards(), column.laneCards(slot.lane()), slot.index(),
                item.card().id());
        if (index.isEmpty()) {
            return false;
        }
        Handlungsfeld field = null;
        if (slot.lane() != null && !slot.lane().equals(item.card().handlungsfeld())) {
            field = fields.apply(slot.lane());
            if (!confirmation.test(Messages.tr("ui.lane.confirm", item.card().title(), field.shortName()))) {
                return false;
            }
        }
        run.accept(new MoveCard(item.card(), column.column(), index.getAsInt(), field));
        return true;
    }

    /**
     * Moves a card one column left or right, keeping its lane and its height in the lane as far as
     * possible, or one place up or down within its lane. At a lane's edge, up and down move it into the
     * neighbouring lane (after the user confirmed the change of its Handlungsfeld).
     *
     * @return where the card stands afterwards, or empty if it could not or did not go that way
     */
    Optional<Place> step(CardItem item, Direction step) {
        boolean moved = placeOf(item.card().id())
                .flatMap(from -> KeyboardStep.of(columns, from, item.card().id(), step))
                .map(target -> land(item, target.column(), target.slot()))
                .orElse(false);
        return moved ? placeOf(item.card().id()) : Optional.empty();
    }

    /** Where the card with this id stands now among the rows shown (empty if hidden or gone). */
    Optional<Place> placeOf(UUID cardId) {
        for (int c = 0; c < columns.size(); c++) {
            int row = columns.get(c).rowOf(cardId);
            if (row >= 0) {
                return Optional.of(new Place(c, row));
            }
        }
        return Optional.empty();
    }

    /** Takes a tool into the first column, at its end; a tool already on the plan asks first. */
    void takeIntoPlan(Werkzeug tool) {
        if (columns.isEmpty()) {
            return;
        }
        long onPlan = columns.stream().flatMap(c -> c.cards().stream())
                .filter(i -> i.card().werkzeug().equals(tool.id())).count();
        if (onPlan > 0 && !confirmation.test(Messages.tr("ui.board.toolOnPlan", tool.title(), onPlan))) {
            return;
        }
        ColumnModel first = columns.get(0);
        addTool.accept(tool, first, first.cards().size());
    }
}
