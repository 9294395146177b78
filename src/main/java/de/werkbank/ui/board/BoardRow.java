package de.werkbank.ui.board;

/** A row of a board column: a card, or with swimlanes on the header of a Handlungsfeld's lane. */
public sealed interface BoardRow permits CardItem, LaneHeader {
}
