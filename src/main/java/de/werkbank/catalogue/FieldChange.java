package de.werkbank.catalogue;

import java.util.Objects;

/**
 * A Handlungsfeld and its Zukunftsbild before and after a change (same key).
 *
 * @param visionBefore the Zukunftsbild before ({@code ""} when there was none)
 */
public record FieldChange(Handlungsfeld before, String visionBefore, Handlungsfeld after, String visionAfter) {

    public FieldChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.key().equals(after.key())) {
            throw new IllegalArgumentException("a change keeps the field's key");
        }
        visionBefore = visionBefore == null ? "" : visionBefore;
        visionAfter = visionAfter == null ? "" : visionAfter;
    }

    public boolean changesAnything() {
        return !before.equals(after) || !visionBefore.equals(visionAfter);
    }
}
