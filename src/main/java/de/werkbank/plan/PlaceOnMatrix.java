package de.werkbank.plan;

import de.werkbank.i18n.Messages;
import de.werkbank.workshop.MatrixPosition;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts a card on the value/effort matrix, moves it there, or takes it off ({@code to} empty). Refused
 * when the card's place changed since the user saw it ({@code from}).
 */
public final class PlaceOnMatrix implements PlanCommand {

    private final UUID card;
    private final String title;
    private final MatrixPosition from;
    private final MatrixPosition to;

    /**
     * @param from where the card stood as the user saw it ({@code null}: not on the matrix)
     * @param to where it goes ({@code null}: off the matrix)
     */
    public PlaceOnMatrix(UUID card, String title, MatrixPosition from, MatrixPosition to) {
        this.card = card;
        this.title = title;
        this.from = from;
        this.to = to;
    }

    @Override
    public String description() {
        if (to == null) {
            return Messages.tr("command.removeFromMatrix", title);
        }
        return Messages.tr("command.placeOnMatrix", title, Messages.tr(to.quadrant().messageKey()));
    }

    @Override
    public void apply(PlanWriter plan) {
        if (to != null && plan.card(card).isEmpty()) {
            throw new PlanConflictException(title);
        }
        move(plan, from, to);
    }

    @Override
    public void revert(PlanWriter plan) {
        move(plan, to, from);
    }

    private void move(PlanWriter plan, MatrixPosition expected, MatrixPosition wanted) {
        Optional<MatrixPosition> stored = plan.workshop().matrixPosition(card);
        if (!stored.equals(Optional.ofNullable(expected))) {
            throw new PlanConflictException(title);
        }
        if (wanted == null) {
            plan.workshop().removeFromMatrix(card);
        } else {
            plan.workshop().placeOnMatrix(wanted);
        }
    }

    @Override
    public Memento memento() {
        return new State(card, title, from, to);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(UUID card, String title, MatrixPosition from, MatrixPosition to) implements Memento {
        @Override
        public PlanCommand restore() {
            return new PlaceOnMatrix(card, title, from, to);
        }
    }
}
