package de.werkbank.plan;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A measure on the Werkstattplan: a Werkzeug taken into the plan, in a column at a position.
 *
 * @param werkzeug the id of the catalogue tool it came from
 * @param handlungsfeld the key of its Handlungsfeld (copied from the tool, may change later)
 * @param title copied from the tool, editable
 * @param position the order within its column: larger is further down; gaps between neighbours
 *                 let a move rewrite one card only (see {@link Positions})
 * @param version raised with every stored change, for optimistic locking
 */
public record Card(UUID id, UUID werkzeug, String handlungsfeld, UUID column, long position, String title,
                   Instant createdAt, int version) {

    public Card {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(werkzeug, "werkzeug");
        Objects.requireNonNull(handlungsfeld, "handlungsfeld");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
    }

}
