package de.werkbank.intake;

import java.util.Locale;
import java.util.Optional;

/**
 * What Planner's buckets and Trello's lists become: the card's column (by name or the mapping's
 * {@code stages}) or its Handlungsfeld (by key, short name, title or the mapping's {@code fields},
 * ahead of the labels). The user chooses; a measure list's own stage column always names a column.
 */
public enum Buckets {
    /** a bucket or list names the card's column; labels name the Handlungsfeld */
    COLUMNS,
    /** a bucket or list names the card's Handlungsfeld; the cards go to the first column */
    FIELDS;

    /** The name the CLI takes: {@code columns}, {@code handlungsfelder}. */
    public String cliName() {
        return this == COLUMNS ? "columns" : "handlungsfelder";
    }

    public static Optional<Buckets> byCliName(String name) {
        for (Buckets b : values()) {
            if (b.cliName().equalsIgnoreCase(name) || b.name().equalsIgnoreCase(name)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** The key of the choice's name in the UI messages. */
    public String messageKey() {
        return "intake.buckets." + name().toLowerCase(Locale.ROOT);
    }
}
