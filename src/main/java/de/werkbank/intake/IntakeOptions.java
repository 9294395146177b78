package de.werkbank.intake;

import java.time.Instant;
import java.util.Objects;

/**
 * What the user chose for an import.
 *
 * @param defaultField the Handlungsfeld key of measures nothing assigns to one; {@code null}: the first field
 * @param people whether assigned people go into the registry (as the card's contact); otherwise left out
 * @param createdAt the new cards' creation time
 * @param buckets what Planner's buckets and Trello's lists become
 */
public record IntakeOptions(IntakeMapping mapping, String defaultField, boolean people, Instant createdAt,
                            Buckets buckets) {

    public IntakeOptions {
        mapping = mapping == null ? IntakeMapping.none() : mapping;
        Objects.requireNonNull(createdAt, "createdAt");
        buckets = buckets == null ? Buckets.COLUMNS : buckets;
    }

    /** Buckets and lists become columns. */
    public IntakeOptions(IntakeMapping mapping, String defaultField, boolean people, Instant createdAt) {
        this(mapping, defaultField, people, createdAt, Buckets.COLUMNS);
    }

    public IntakeOptions withMapping(IntakeMapping newMapping) {
        return new IntakeOptions(newMapping, defaultField, people, createdAt, buckets);
    }

    public IntakeOptions withDefaultField(String key) {
        return new IntakeOptions(mapping, key, people, createdAt, buckets);
    }

    public IntakeOptions withBuckets(Buckets newBuckets) {
        return new IntakeOptions(mapping, defaultField, people, createdAt, newBuckets);
    }
}
