package de.werkbank.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A tool of the Werkzeugkatalog: a project or measure the plan can take up.
 *
 * @param code the users' id, e.g. {@code W-017}
 * @param handlungsfeld the key of its Handlungsfeld
 */
public record Werkzeug(UUID id, String code, String title, String description, String handlungsfeld, Kind kind,
                       List<String> targetGroups, String leadOffice, List<String> tags) {

    public Werkzeug {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(handlungsfeld, "handlungsfeld");
        Objects.requireNonNull(kind, "kind");
        description = description == null ? "" : description;
        leadOffice = leadOffice == null ? "" : leadOffice;
        targetGroups = List.copyOf(targetGroups);
        tags = List.copyOf(tags);
    }
}
