package de.werkbank.ui.board;

/** Where a dragged card lands, computed from the pointer over a column's list. */
public final class DropIndex {

    private DropIndex() {
    }

    /**
     * The insertion index for a pointer over the cell at {@code cellIndex}: before that card when the
     * pointer is in its upper half, after it in its lower half, at the end below the last card or over
     * an empty cell.
     *
     * @param cellIndex the index of the card under the pointer, or -1 over no card
     * @param yInCell the pointer's height within that cell
     */
    public static int at(int cellIndex, double yInCell, double cellHeight, int cardCount) {
        if (cellIndex < 0 || cellIndex >= cardCount) {
            return cardCount;
        }
        return yInCell < cellHeight / 2 ? cellIndex : cellIndex + 1;
    }

    /**
     * The index among the column's other cards for a card that already stands in the column at
     * {@code currentIndex} (-1 if it comes from elsewhere) and is dropped at insertion index {@code drop}.
     */
    public static int amongOthers(int drop, int currentIndex) {
        return currentIndex >= 0 && drop > currentIndex ? drop - 1 : drop;
    }
}
