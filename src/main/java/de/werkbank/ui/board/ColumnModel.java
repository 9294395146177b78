package de.werkbank.ui.board;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.plan.PlanColumn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * One column of the board: its stored column, its cards top to bottom, and the rows it shows (the
 * visible cards, with swimlanes grouped under a header per Handlungsfeld).
 */
public final class ColumnModel {

    private final ObjectProperty<PlanColumn> column;
    private final ObservableList<CardItem> cards = FXCollections.observableArrayList();
    private final FilteredList<CardItem> visible = new FilteredList<>(cards);
    private final ObservableList<BoardRow> rows = FXCollections.observableArrayList();
    /** The column's cards by id, kept in step with {@link #cards}: a card leaves without a search. */
    private final Map<UUID, CardItem> byId = new HashMap<>();
    private CardFilter filter = CardFilter.NONE;
    private List<Handlungsfeld> lanes;
    /** Inside {@link #batch}: changes of the cards wait for one update of the rows at its end. */
    private boolean batching;
    private boolean rowsStale;
    private Runnable rowsChanged = () -> { };

    /** @param lanes the Handlungsfelder shown as swimlanes, in order; none: no lanes */
    ColumnModel(PlanColumn column, List<CardItem> cards, CardFilter filter, List<Handlungsfeld> lanes) {
        this.column = new SimpleObjectProperty<>(column);
        this.lanes = List.copyOf(lanes);
        this.cards.setAll(cards);
        cards.forEach(item -> byId.put(item.card().id(), item));
        // a change listener added after the filtered list's own: that one is up to date by then
        this.cards.addListener((ListChangeListener<CardItem>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(item -> byId.remove(item.card().id(), item));
                c.getAddedSubList().forEach(item -> byId.put(item.card().id(), item));
            }
            c.reset();
            cardsChanged(c);
        });
        setFilter(filter);
    }

    public PlanColumn column() {
        return column.get();
    }

    public ObjectProperty<PlanColumn> columnProperty() {
        return column;
    }

    /** All the column's cards, top to bottom, across all lanes (what the WIP limit counts). */
    public ObservableList<CardItem> cards() {
        return cards;
    }

    /** The cards the board's filter lets through, top to bottom. */
    public ObservableList<CardItem> visibleCards() {
        return visible;
    }

    /** What the column shows: the visible cards, with swimlanes under the headers of their lanes. */
    public ObservableList<BoardRow> rows() {
        return rows;
    }

    /** Whether the column shows swimlanes. */
    public boolean hasLanes() {
        return !lanes.isEmpty();
    }

    void setFilter(CardFilter filter) {
        this.filter = filter;
        visible.setPredicate(filter.active() ? filter : null);
        updateRows();
    }

    void setLanes(List<Handlungsfeld> lanes) {
        if (!this.lanes.equals(lanes)) {
            this.lanes = List.copyOf(lanes);
            updateRows();
        }
    }

    /** Runs changes of the cards and then updates the rows once, not after each change. */
    void batch(Runnable changes) {
        batching = true;
        try {
            changes.run();
        } finally {
            batching = false;
            if (rowsStale) {
                updateRows();
            }
        }
    }

    /**
     * Follows a change of the cards in the rows: a single card in or out changes its own row and its
     * lane's header in place (a move costs the rows of one lane, not of the column); anything else
     * shows the rows anew.
     */
    private void cardsChanged(ListChangeListener.Change<? extends CardItem> c) {
        if (!rowsStale && c.next() && c.getRemovedSize() + c.getAddedSize() == 1 && !c.wasPermutated()) {
            boolean added = c.wasAdded();
            CardItem card = added ? c.getAddedSubList().get(0) : c.getRemoved().get(0);
            if (!c.next()) {
                if (added) {
                    LaneRows.addCard(rows, card, !filter.active() || filter.test(card), hasLanes());
                } else {
                    LaneRows.removeCard(rows, card, hasLanes());
                }
                rowsChanged.run();
                return;
            }
        }
        if (batching) {
            rowsStale = true;
        } else {
            updateRows();
        }
    }

    /**
     * Shows the rows anew, replacing only the stretch between what stayed the same at the top and at
     * the bottom: a moved card changes a few rows, not the column.
     */
    private void updateRows() {
        rowsStale = false;
        List<BoardRow> next = LaneRows.of(cards, visible, shownLanes());
        // the lanes keep their gaps until they are lined up again: rows that stay compare equal
        Map<String, Integer> gaps = new HashMap<>();
        rows.forEach(r -> {
            if (r instanceof LaneHeader h) {
                gaps.put(h.field().key(), h.gap());
            }
        });
        next.replaceAll(r -> r instanceof LaneHeader h ? h.withGap(gaps.getOrDefault(h.field().key(), 0)) : r);
        int same = Math.min(rows.size(), next.size());
        int top = 0;
        while (top < same && sameRow(rows.get(top), next.get(top))) {
            top++;
        }
        int bottom = 0;
        while (bottom < same - top && sameRow(rows.get(rows.size() - 1 - bottom), next.get(next.size() - 1 - bottom))) {
            bottom++;
        }
        rows.subList(top, rows.size() - bottom).clear();
        rows.addAll(top, next.subList(top, next.size() - bottom));
        rowsChanged.run();
    }

    /** Runs after each change of the rows, once the change is done (e.g. to line the lanes up). */
    void setOnRowsChanged(Runnable action) {
        rowsChanged = action;
    }

    private static boolean sameRow(BoardRow shown, BoardRow next) {
        return shown == next || shown.equals(next);
    }

    /** The lanes the filter leaves: all of them, or the one Handlungsfeld it asks for. */
    private List<Handlungsfeld> shownLanes() {
        return filter.handlungsfeld() == null ? lanes
                : lanes.stream().filter(h -> h.key().equals(filter.handlungsfeld())).toList();
    }

    /** The visible cards of a lane, top to bottom; {@code null}: all visible cards. */
    List<CardItem> laneCards(String lane) {
        if (lane == null) {
            return visible;
        }
        if (rowsStale || !hasLanes()) {
            return visible.stream().filter(i -> i.card().handlungsfeld().equals(lane)).toList();
        }
        return LaneRows.laneCards(rows, lane);
    }

    /** The lane shown {@code step} lanes below ({@code -1}: above) this one, if there is one. */
    Optional<String> laneBeside(String lane, int step) {
        List<Handlungsfeld> shown = shownLanes();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).key().equals(lane)) {
                int j = i + step;
                return j >= 0 && j < shown.size() ? Optional.of(shown.get(j).key()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Where something dropped at insertion index {@code row} among the rows lands: in the lane under
     * the pointer; a new card of another Handlungsfeld ({@code ownLane}) at the end of its own lane.
     *
     * @param ownLane the Handlungsfeld of a new card, or {@code null} for a card that may change lanes
     */
    LaneRows.Slot slotAt(int row, String ownLane) {
        LaneRows.Slot slot = LaneRows.slotAt(rows, row);
        if (ownLane != null && slot.lane() != null && !slot.lane().equals(ownLane)) {
            return new LaneRows.Slot(ownLane, laneCards(ownLane).size());
        }
        return slot;
    }

    /**
     * The insertion index among the rows where the drop line shows what {@link #slotAt} says: exactly
     * where the dropped thing will land.
     */
    public int dropRow(int row, String ownLane) {
        return LaneRows.rowOf(rows, slotAt(row, ownLane));
    }

    void update(PlanColumn column, List<CardItem> cards) {
        this.column.set(column);
        if (!this.cards.equals(cards)) {
            this.cards.setAll(cards);
        }
    }

    /** Takes the card with this id out of the column, if it stands here. */
    void remove(UUID cardId) {
        CardItem item = byId.get(cardId);
        if (item != null) {
            int at = insertionPoint(item.card().position());
            cards.remove(at < cards.size() && cards.get(at) == item ? at : cards.indexOf(item));
        }
    }

    /** Puts a card where its position says, among the column's cards. */
    void insert(CardItem item) {
        cards.add(insertionPoint(item.card().position()), item);
    }

    /** The index of the first card whose position is not below {@code position}. */
    private int insertionPoint(long position) {
        int low = 0;
        int high = cards.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cards.get(mid).card().position() < position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The index of a card in this column, or -1. */
    public int indexOf(UUID cardId) {
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).card().id().equals(cardId)) {
                return i;
            }
        }
        return -1;
    }

    /** The row showing the card with this id, or -1 (not here, or hidden). */
    public int rowOf(UUID cardId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof CardItem item && item.card().id().equals(cardId)) {
                return i;
            }
        }
        return -1;
    }
}
