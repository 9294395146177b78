package de.werkbank.catalogue;

import java.util.ArrayList;
import java.util.List;
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

    /** What changes, by the column names of the Zukunftsbilder sheet (e.g. {@code Farbe}). */
    public List<String> changedParts() {
        List<String> parts = new ArrayList<>();
        if (!before.shortName().equals(after.shortName())) {
            parts.add(CatalogueTable.FieldColumn.SHORT_NAME.heading());
        }
        if (!before.title().equals(after.title())) {
            parts.add(CatalogueTable.FieldColumn.TITLE.heading());
        }
        if (!before.colour().equalsIgnoreCase(after.colour())) {
            parts.add(CatalogueTable.FieldColumn.COLOUR.heading());
        }
        if (!visionBefore.equals(visionAfter)) {
            parts.add(CatalogueTable.FieldColumn.VISION.heading());
        }
        return parts;
    }
}
