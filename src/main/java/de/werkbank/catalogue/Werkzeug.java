package de.werkbank.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A tool of the Werkzeugkatalog: a project or measure the plan can take up.
 *
 * @param code the users' id, e.g. {@code W-017}
 * @param handlungsfeld the key of its Handlungsfeld
 * @param retired whether the team dropped it: it leaves the catalogue view, cards that use it keep it
 */
public record Werkzeug(UUID id, String code, String title, String description, String handlungsfeld, Kind kind,
                       List<String> targetGroups, String leadOffice, List<String> tags, boolean retired) {

    /** A tool in the catalogue (not retired). */
    public Werkzeug(UUID id, String code, String title, String description, String handlungsfeld, Kind kind,
                    List<String> targetGroups, String leadOffice, List<String> tags) {
        this(id, code, title, description, handlungsfeld, kind, targetGroups, leadOffice, tags, false);
    }

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

    public Werkzeug withRetired(boolean now) {
        return new Werkzeug(id, code, title, description, handlungsfeld, kind, targetGroups, leadOffice, tags, now);
    }
}
