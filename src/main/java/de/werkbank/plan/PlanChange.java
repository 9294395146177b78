package de.werkbank.plan;

import java.util.Set;
import java.util.UUID;

/**
 * What one stored change touched, so that views update just that instead of reading the whole plan.
 *
 * @param cards cards created, moved, edited or removed
 * @param renumberedColumns columns whose cards all got new positions
 * @param columnsChanged whether columns were added, removed, renamed, limited or reordered
 * @param sheets cards whose Werkzeugblatt changed
 * @param swimlanesChanged whether the swimlanes were switched on or off
 * @param catalogueChanged whether tools or Handlungsfelder changed (views read the catalogue again)
 * @param workshopChanged whether vote rounds or the value/effort matrix changed
 */
public record PlanChange(Set<UUID> cards, Set<UUID> renumberedColumns, boolean columnsChanged, Set<UUID> sheets,
                         boolean swimlanesChanged, boolean catalogueChanged, boolean workshopChanged) {

    /** A change that left the catalogue and the workshop's votes and matrix alone. */
    public PlanChange(Set<UUID> cards, Set<UUID> renumberedColumns, boolean columnsChanged, Set<UUID> sheets,
                      boolean swimlanesChanged) {
        this(cards, renumberedColumns, columnsChanged, sheets, swimlanesChanged, false, false);
    }

    public PlanChange {
        cards = Set.copyOf(cards);
        sheets = Set.copyOf(sheets);
        renumberedColumns = Set.copyOf(renumberedColumns);
    }
}
