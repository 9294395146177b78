package de.werkbank.ui.board;

import de.werkbank.catalogue.Handlungsfeld;

/**
 * The header of a swimlane in one column: its Handlungsfeld and how many of the column's cards are in
 * it.
 *
 * @param shown the lane's cards the filter lets through
 * @param total all the lane's cards in this column
 */
public record LaneHeader(Handlungsfeld field, int shown, int total) implements BoardRow {
}
