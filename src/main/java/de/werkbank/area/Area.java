package de.werkbank.area;

import java.util.Objects;
import java.util.UUID;

/**
 * A place the Datencheck and the plan refer to: the Kreis, a Kommune or an Orts-/Stadtteil.
 *
 * @param key the official code where there is one (AGS, e.g. {@code 05358008}), else a user key;
 *            always a string, leading zeros kept
 * @param parentKey the key of the enclosing area, or {@code null} for the top
 */
public record Area(UUID id, String key, String name, Level level, String parentKey) {

    public Area {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }

    /** How far down the hierarchy an area sits. */
    public enum Level {
        KREIS,
        KOMMUNE,
        ORTSTEIL
    }
}
