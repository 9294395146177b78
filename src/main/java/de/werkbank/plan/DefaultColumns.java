package de.werkbank.plan;

import de.werkbank.i18n.Messages;
import java.util.List;

/** The columns a new Werkstattplan starts with, named in the UI language. */
public final class DefaultColumns {

    private DefaultColumns() {
    }

    /** "Vorschlag", "Ausgewählt", "In Planung", "In Umsetzung", "Verstetigt". */
    public static List<String> names() {
        return List.of(Messages.tr("plan.defaultColumns").split("\\|"));
    }
}
