package de.werkbank.ui.board;

import de.werkbank.catalogue.Kind;
import de.werkbank.plan.Card;

/**
 * A card with what the board shows of its tool and field.
 *
 * @param code the tool's id, e.g. {@code W-061}
 * @param colour the Handlungsfeld's colour
 * @param leadOffice the tool's typical lead office
 */
public record CardItem(Card card, String code, Kind kind, String fieldName, String colour, String leadOffice) {
}
