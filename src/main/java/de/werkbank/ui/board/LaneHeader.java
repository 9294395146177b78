package de.werkbank.ui.board;

import de.werkbank.catalogue.Handlungsfeld;

/**
 * The header of a swimlane in one column: its Handlungsfeld and how many of the column's cards are in
 * it.
 *
 * @param shown the lane's cards the filter lets through
 * @param total all the lane's cards in this column
 * @param gap the empty card places above the header, which let the lane start at the same height in
 *            every column (the lane before it has fewer cards here than elsewhere; see {@link LaneAlignment})
 */
public record LaneHeader(Handlungsfeld field, int shown, int total, int gap) implements BoardRow {

    /** A header with no gap above it. */
    public LaneHeader(Handlungsfeld field, int shown, int total) {
        this(field, shown, total, 0);
    }

    /** The same header with this gap above it. */
    LaneHeader withGap(int places) {
        return places == gap ? this : new LaneHeader(field, shown, total, places);
    }
}
