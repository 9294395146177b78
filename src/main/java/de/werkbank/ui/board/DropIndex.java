package de.werkbank.ui.board;

/** Where a dragged card lands in a column. */
public final class DropIndex {

    private DropIndex() {
    }

    /**
     * The index among the column's other cards for a card that already stands in the column at
     * {@code currentIndex} (-1 if it comes from elsewhere) and is dropped at insertion index {@code drop}.
     */
    public static int amongOthers(int drop, int currentIndex) {
        return currentIndex >= 0 && drop > currentIndex ? drop - 1 : drop;
    }
}
