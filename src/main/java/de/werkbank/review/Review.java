package de.werkbank.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A Halbzeitbilanz (or any later review) of the Werkstattplan: on a date, an entry per measure that was
 * more than a proposal then. While open its entries are judged one by one; once finished it is read-only.
 *
 * @param version raised with every stored change of the review itself (its state), for optimistic locking;
 *                the entries have versions of their own
 */
public record Review(UUID id, String title, LocalDate date, State state, List<ReviewEntry> entries, int version) {

    /** The longest title a review may have. */
    public static final int MAX_TITLE = 200;

    /** Open (being worked through) or finished ("abgeschlossen", read-only). */
    public enum State { OPEN, FINISHED }

    public Review {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(state, "state");
        entries = List.copyOf(entries);
    }

    public boolean finished() {
        return state == State.FINISHED;
    }

    public Optional<ReviewEntry> entry(UUID card) {
        return entries.stream().filter(e -> e.card().equals(card)).findFirst();
    }

    public Review withState(State newState) {
        return new Review(id, title, date, newState, entries, version);
    }

    public Review withEntries(List<ReviewEntry> newEntries) {
        return new Review(id, title, date, state, newEntries, version);
    }

    /** How many entries have an assessment and a decision. */
    public int judged() {
        return (int) entries.stream().filter(e -> e.assessment() != null && e.decision() != null).count();
    }
}
