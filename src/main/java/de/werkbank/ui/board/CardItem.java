package de.werkbank.ui.board;

import de.werkbank.catalogue.Kind;
import de.werkbank.plan.Card;
import de.werkbank.sheet.Progress;
import java.util.List;

/**
 * A card with what the board shows of its tool, field and Werkzeugblatt.
 *
 * @param code the tool's id, e.g. {@code W-061}
 * @param colour the Handlungsfeld's colour
 * @param leadOffice the sheet's lead office, or the tool's typical one while the sheet names none
 * @param areas the keys of the areas the sheet names
 * @param progress the sheet's steps as of today
 * @param retired whether the card's tool was retired from the catalogue
 */
public record CardItem(Card card, String code, Kind kind, String fieldName, String colour, String leadOffice,
                       List<String> areas, Progress progress, boolean retired) implements BoardRow {
}
