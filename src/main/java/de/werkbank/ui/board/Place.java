package de.werkbank.ui.board;

/** Where a card stands: column and row on the board (lane headers count as rows). */
public record Place(int column, int row) {
}
