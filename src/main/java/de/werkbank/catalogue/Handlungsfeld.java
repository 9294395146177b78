package de.werkbank.catalogue;

import java.util.Objects;
import java.util.UUID;

/**
 * One of the fields of action the Zukunftswerkstatt works in (Kreis Düren: five). The {@code key} is
 * stable (e.g. {@code MOBILITAET}); names and colour may be changed by the team.
 *
 * @param colour a CSS hex colour such as {@code #546E7A}
 */
public record Handlungsfeld(UUID id, String key, String shortName, String title, String colour, int position) {

    public Handlungsfeld {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(title, "title");
        if (colour == null || !colour.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("colour must be #RRGGBB: " + colour);
        }
    }
}
