package de.werkbank.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The Werkstattplan: its columns in order and its (not archived) cards. */
public record Plan(UUID id, String name, boolean swimlanes, List<PlanColumn> columns, List<Card> cards) {

    public Plan {
        Objects.requireNonNull(id, "id");
        columns = columns.stream().sorted(Comparator.comparingInt(PlanColumn::position)).toList();
        cards = List.copyOf(cards);
    }

    /** The cards of one column, top to bottom. */
    public List<Card> cardsIn(UUID columnId) {
        return cards.stream()
                .filter(c -> c.column().equals(columnId))
                .sorted(Comparator.comparingLong(Card::position))
                .toList();
    }
}
