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

    public PlanColumn named(String newName) {
        return new PlanColumn(id, newName, position, wipLimit, version);
    }

    public PlanColumn limitedTo(Integer newLimit) {
        return new PlanColumn(id, name, position, newLimit, version);
    }

    public PlanColumn at(int newPosition) {
        return new PlanColumn(id, name, newPosition, wipLimit, version);
    }

    /** Whether {@code cards} cards are more than the WIP limit allows. */
    public boolean overLimit(int cards) {
        return wipLimit != null && cards > wipLimit;
    }
}
