package de.werkbank.intake;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields a list of measures may have, each with the key a mapping names it by ({@code "title":
 * "Maßnahme"}) and the headings that choose it without a mapping (compared case- and umlaut-insensitively).
 */
public enum ListColumn {
    ID("ID", "Nr.", "Nr", "Nummer", "Werkzeug-ID", "Kennung"),
    TITLE("Titel", "Maßnahme", "Maßnahmentitel", "Name", "Bezeichnung", "Projekt", "Title"),
    DESCRIPTION("Beschreibung", "Kurzbeschreibung", "Inhalt", "Description"),
    FIELD("Handlungsfeld", "Themenfeld", "Bereich", "Field"),
    KIND("Art", "blau/grün", "Typ", "Kind"),
    OFFICE("Federführung", "Federführendes Amt", "Amt", "Zuständig", "Lead office"),
    START("Beginn", "Start", "Startdatum", "von", "Start date"),
    END("Ende", "Enddatum", "bis", "Laufzeit bis", "End date"),
    BUDGET("Budget", "Kosten", "Mittel", "Budget (€)", "Kosten (€)"),
    STAGE("Stand", "Status", "Phase", "Spalte", "Stage"),
    STEPS("Schritte", "Umsetzungsschritte", "Nächste Schritte", "Schritt", "Steps");

    final List<String> headings;

    ListColumn(String... headings) {
        this.headings = List.of(headings);
    }

    /** The key in a mapping's {@code headings}: {@code title}, {@code description}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ListColumn> byKey(String key) {
        for (ListColumn c : values()) {
            if (c.key().equalsIgnoreCase(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The headings that choose this column without a mapping, e.g. „Titel“, „Maßnahme“. */
    public List<String> headings() {
        return headings;
    }

    boolean named(String heading) {
        String h = Normalized.of(heading);
        return !h.isEmpty() && headings.stream().anyMatch(n -> Normalized.of(n).equals(h));
    }
}
