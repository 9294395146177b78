package de.werkbank.intake;

import java.time.Instant;
import java.util.Objects;

/**
 * What the user chose for an import.
 *
 * @param defaultField the Handlungsfeld key of measures nothing assigns to one; {@code null}: the first field
 * @param people whether assigned people go into the registry (as the card's contact); otherwise left out
 * @param createdAt the new cards' creation time
 */
public record IntakeOptions(IntakeMapping mapping, String defaultField, boolean people, Instant createdAt) {

    public IntakeOptions {
        mapping = mapping == null ? IntakeMapping.none() : mapping;
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public IntakeOptions withMapping(IntakeMapping newMapping) {
        return new IntakeOptions(newMapping, defaultField, people, createdAt);
    }

    public IntakeOptions withDefaultField(String key) {
        return new IntakeOptions(mapping, key, people, createdAt);
    }
}
