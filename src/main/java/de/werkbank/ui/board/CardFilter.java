package de.werkbank.ui.board;

import de.werkbank.catalogue.Kind;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which cards the board shows: words in title or tool id (all must occur), one Handlungsfeld, blue or
 * green, one lead office, one Kommune, only overdue or only blocked measures; {@code null}, blank or
 * {@code false} means any.
 *
 * @param handlungsfeld a Handlungsfeld key
 * @param area an area key the card's sheet names
 */
public record CardFilter(String query, String handlungsfeld, Kind kind, String leadOffice, String area,
                         boolean overdue, boolean blocked) implements Predicate<CardItem> {

    public static final CardFilter NONE = new CardFilter("", null, null, null, null, false, false);

    public CardFilter {
        query = query == null ? "" : query.strip();
        leadOffice = leadOffice == null || leadOffice.isBlank() ? null : leadOffice;
        area = area == null || area.isBlank() ? null : area;
    }

    /** The same filter for another area ({@code null}: any). */
    public CardFilter withArea(String areaKey) {
        return new CardFilter(query, handlungsfeld, kind, leadOffice, areaKey, overdue, blocked);
    }

    /** Whether it hides anything at all. */
    public boolean active() {
        return !query.isEmpty() || handlungsfeld != null || kind != null || leadOffice != null || area != null
                || overdue || blocked;
    }

    @Override
    public boolean test(CardItem item) {
        if (handlungsfeld != null && !handlungsfeld.equals(item.card().handlungsfeld())
                || kind != null && kind != item.kind()
                || leadOffice != null && !leadOffice.equals(item.leadOffice())
                || area != null && !item.areas().contains(area)
                || overdue && !item.progress().overdue()
                || blocked && !item.progress().blocked()) {
            return false;
        }
        String haystack = (item.code() + ' ' + item.card().title()).toLowerCase(Locale.GERMAN);
        for (String word : query.toLowerCase(Locale.GERMAN).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
