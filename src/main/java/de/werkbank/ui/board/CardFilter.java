package de.werkbank.ui.board;

import de.werkbank.catalogue.Kind;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which cards the board shows: words in title or tool id (all must occur), one Handlungsfeld, blue or
 * green, one lead office; {@code null} or blank means any.
 *
 * @param handlungsfeld a Handlungsfeld key
 */
public record CardFilter(String query, String handlungsfeld, Kind kind, String leadOffice) implements Predicate<CardItem> {

    public static final CardFilter NONE = new CardFilter("", null, null, null);

    public CardFilter {
        query = query == null ? "" : query.strip();
        leadOffice = leadOffice == null || leadOffice.isBlank() ? null : leadOffice;
    }

    /** Whether it hides anything at all. */
    public boolean active() {
        return !query.isEmpty() || handlungsfeld != null || kind != null || leadOffice != null;
    }

    @Override
    public boolean test(CardItem item) {
        if (handlungsfeld != null && !handlungsfeld.equals(item.card().handlungsfeld())) {
            return false;
        }
        if (kind != null && kind != item.kind()) {
            return false;
        }
        if (leadOffice != null && !leadOffice.equals(item.leadOffice())) {
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
