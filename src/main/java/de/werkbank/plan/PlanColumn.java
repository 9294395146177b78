package de.werkbank.plan;

import java.util.Objects;
import java.util.UUID;

/**
 * A column of the Werkstattplan board (e.g. "In Planung").
 *
 * @param wipLimit the most cards the team wants in this column, or {@code null} for no limit
 */
public record PlanColumn(UUID id, String name, int position, Integer wipLimit, int version) {

    public PlanColumn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
