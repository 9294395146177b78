package de.werkbank.ui.board;

import de.werkbank.catalogue.Handlungsfeld;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a column: without lanes its visible cards; with lanes, for each Handlungsfeld in
 * catalogue order a header followed by the field's visible cards, top to bottom. Every lane appears in
 * every column, empty or not, so a card can be dropped into any of them. Pure, no JavaFX.
 */
final class LaneRows {

    private LaneRows() {
    }

    /**
     * A place in a column: an insertion index among the visible cards of a lane.
     *
     * @param lane the lane's Handlungsfeld key, or {@code null} when the column has no lanes (then the
     *             index counts all its visible cards)
     */
    record Slot(String lane, int index) {
    }

    /**
     * @param all the column's cards, top to bottom (for the lanes' totals)
     * @param visible the cards the filter lets through, top to bottom
     * @param lanes the lanes to show, in order; none: no lanes
     */
    static List<BoardRow> of(List<CardItem> all, List<CardItem> visible, List<Handlungsfeld> lanes) {
        if (lanes.isEmpty()) {
            return new ArrayList<>(visible);
        }
        Map<String, List<CardItem>> byLane = new HashMap<>();
        for (CardItem item : visible) {
            byLane.computeIfAbsent(item.card().handlungsfeld(), k -> new ArrayList<>()).add(item);
        }
        // with nothing filtered out, the visible cards are all cards: no second count
        Map<String, Integer> totals = new HashMap<>();
        if (all.size() != visible.size()) {
            for (CardItem item : all) {
                totals.merge(item.card().handlungsfeld(), 1, Integer::sum);
            }
        }
        List<BoardRow> rows = new ArrayList<>(visible.size() + lanes.size());
        for (Handlungsfeld field : lanes) {
            List<CardItem> cards = byLane.getOrDefault(field.key(), List.of());
            int total = all.size() == visible.size() ? cards.size() : totals.getOrDefault(field.key(), 0);
            rows.add(new LaneHeader(field, cards.size(), total));
            rows.addAll(cards);
        }
        return rows;
    }

    /**
     * Takes a card out of the rows in place, leaving them as {@link #of} shows the column without it:
     * its row goes, if it was shown, and its lane's header counts one card less.
     *
     * @param withLanes whether the rows are grouped under lane headers
     */
    static void removeCard(List<BoardRow> rows, CardItem card, boolean withLanes) {
        int header = withLanes ? headerRow(rows, card.card().handlungsfeld()) : -1;
        if (withLanes && header < 0) {
            return; // its lane is not shown
        }
        int end = withLanes ? laneEnd(rows, header) : rows.size();
        int row = -1;
        for (int i = header + 1; i < end && row < 0; i++) {
            if (rows.get(i) == card || rows.get(i).equals(card)) {
                row = i;
            }
        }
        if (row >= 0) {
            rows.remove(row);
        }
        if (withLanes) {
            LaneHeader h = (LaneHeader) rows.get(header);
            rows.set(header, new LaneHeader(h.field(), h.shown() - (row >= 0 ? 1 : 0), h.total() - 1, h.gap()));
        }
    }

    /**
     * Puts a card into the rows in place, leaving them as {@link #of} shows the column with it: a row
     * where its position says, if the filter lets it through, and one more card on its lane's header.
     *
     * @param shown whether the filter lets the card through
     * @param withLanes whether the rows are grouped under lane headers
     */
    static void addCard(List<BoardRow> rows, CardItem card, boolean shown, boolean withLanes) {
        int header = withLanes ? headerRow(rows, card.card().handlungsfeld()) : -1;
        if (withLanes && header < 0) {
            return; // its lane is not shown
        }
        if (shown) {
            int low = header + 1;
            int high = withLanes ? laneEnd(rows, header) : rows.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (((CardItem) rows.get(mid)).card().position() < card.card().position()) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            rows.add(low, card);
        }
        if (withLanes) {
            LaneHeader h = (LaneHeader) rows.get(header);
            rows.set(header, new LaneHeader(h.field(), h.shown() + (shown ? 1 : 0), h.total() + 1, h.gap()));
        }
    }

    /** The cards shown in a lane, top to bottom: the rows under its header (empty: the lane is not shown). */
    static List<CardItem> laneCards(List<BoardRow> rows, String lane) {
        int header = headerRow(rows, lane);
        if (header < 0) {
            return List.of();
        }
        int end = laneEnd(rows, header);
        List<CardItem> cards = new ArrayList<>(end - header - 1);
        for (int i = header + 1; i < end; i++) {
            cards.add((CardItem) rows.get(i));
        }
        return cards;
    }

    /** The row of the lane's header, or -1 when the lane is not shown. */
    private static int headerRow(List<BoardRow> rows, String lane) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof LaneHeader header && header.field().key().equals(lane)) {
                return i;
            }
        }
        return -1;
    }

    /** The row after the lane under the header at {@code header}: the next header's, or the end. */
    private static int laneEnd(List<BoardRow> rows, int header) {
        int end = header + 1;
        while (end < rows.size() && !(rows.get(end) instanceof LaneHeader)) {
            end++;
        }
        return end;
    }

    /**
     * The place an insertion index among the rows stands for: just under a header is the top of its
     * lane, just under a card the place after it in its lane, and above the first header the top of
     * the first lane (nothing can land above a header).
     */
    static Slot slotAt(List<BoardRow> rows, int row) {
        int r = Math.max(0, Math.min(rows.size(), row));
        if (rows.isEmpty() || !(rows.get(0) instanceof LaneHeader)) {
            return new Slot(null, r);
        }
        int index = 0;
        for (int i = Math.max(1, r) - 1; ; i--) {
            if (rows.get(i) instanceof LaneHeader header) {
                return new Slot(header.field().key(), index);
            }
            index++;
        }
    }

    /**
     * The insertion index among the rows where a place is shown (the drop line); past the lane's end
     * means its end, and a lane that is not shown means the end of the column.
     */
    static int rowOf(List<BoardRow> rows, Slot slot) {
        if (slot.lane() == null) {
            return Math.max(0, Math.min(rows.size(), slot.index()));
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof LaneHeader header && header.field().key().equals(slot.lane())) {
                return i + 1 + Math.max(0, Math.min(header.shown(), slot.index()));
            }
        }
        return rows.size();
    }
}
