package de.werkbank.intake;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file the measure import reads. */
public enum IntakeFormat {
    /** A list of measures in Excel or CSV, read through a column mapping. */
    EXCEL,
    /** Microsoft Planner's „Export plan to Excel“. */
    PLANNER,
    /** A Trello board exported as JSON. */
    TRELLO;

    /** The name the CLI takes: {@code excel}, {@code planner}, {@code trello}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<IntakeFormat> byCliName(String name) {
        for (IntakeFormat f : values()) {
            if (f.cliName().equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The key of the format's name in the UI messages. */
    public String messageKey() {
        return "intake.format." + cliName();
    }
}
