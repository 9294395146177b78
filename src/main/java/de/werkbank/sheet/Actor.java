package de.werkbank.sheet;

import java.util.Objects;
import java.util.UUID;

/**
 * An office or a person in the registry: whom a measure or a step is assigned to.
 *
 * @param shortName an office's number such as "A 61"; empty for people
 * @param office the office a person works in, or {@code null}
 * @param role a person's role, empty for offices
 */
public record Actor(UUID id, Kind kind, String name, String shortName, UUID office, String role) {

    /** Office or person. */
    public enum Kind { OFFICE, PERSON }

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = name.strip();
        shortName = shortName == null ? "" : shortName.strip();
        role = role == null ? "" : role.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
    }

    public static Actor office(String name, String shortName) {
        return new Actor(UUID.randomUUID(), Kind.OFFICE, name, shortName, null, "");
    }

    public static Actor person(String name, UUID office, String role) {
        return new Actor(UUID.randomUUID(), Kind.PERSON, name, "", office, role);
    }
}
