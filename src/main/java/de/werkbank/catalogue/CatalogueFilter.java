package de.werkbank.catalogue;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the user looks for in the catalogue: words in title, description or tags (all must occur,
 * case-insensitively), one Handlungsfeld or all, blue or green or both.
 *
 * @param handlungsfeld a Handlungsfeld key, or {@code null} for all
 * @param kind a kind, or {@code null} for both
 */
public record CatalogueFilter(String query, String handlungsfeld, Kind kind) implements Predicate<Werkzeug> {

    public static final CatalogueFilter ALL = new CatalogueFilter("", null, null);

    public CatalogueFilter {
        query = query == null ? "" : query.strip();
    }

    @Override
    public boolean test(Werkzeug w) {
        if (handlungsfeld != null && !handlungsfeld.equals(w.handlungsfeld())) {
            return false;
        }
        if (kind != null && kind != w.kind()) {
            return false;
        }
        if (query.isEmpty()) {
            return true;
        }
        String haystack = (w.code() + ' ' + w.title() + ' ' + w.description() + ' ' + String.join(" ", w.tags()))
                .toLowerCase(Locale.GERMAN);
        for (String word : query.toLowerCase(Locale.GERMAN).split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
