package de.werkbank.ui.board;

/** Where a card goes by keyboard: a column left or right, a place up or down. */
public enum Direction {
    LEFT, RIGHT, UP, DOWN
}
