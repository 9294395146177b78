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
 */
public record PlanChange(Set<UUID> cards, Set<UUID> renumberedColumns, boolean columnsChanged, Set<UUID> sheets,
                         boolean swimlanesChanged, boolean catalogueChanged) {

    public PlanChange {
        cards = Set.copyOf(cards);
        sheets = Set.copyOf(sheets);
        renumberedColumns = Set.copyOf(renumberedColumns);
    }
}
