package de.werkbank.review;

import de.werkbank.i18n.Messages;
import de.werkbank.plan.PlanCommand;
import de.werkbank.plan.PlanConflictException;
import de.werkbank.plan.PlanWriter;
import java.util.UUID;

/**
 * Finishes a review ("abgeschlossen"): from then on it is read-only. Undo (right after, in stack order)
 * opens it again, as undo does for every other change.
 */
public final class FinishReview implements PlanCommand {

    private final UUID id;
    private final String title;
    private final int seenVersion;
    private boolean applied;

    /** @param seen the review as the user saw it */
    public FinishReview(Review seen) {
        this(seen.id(), seen.title(), seen.version());
    }

    private FinishReview(UUID id, String title, int seenVersion) {
        this.id = id;
        this.title = title;
        this.seenVersion = seenVersion;
    }

    @Override
    public String description() {
        return Messages.tr("command.finishReview", title);
    }

    @Override
    public void apply(PlanWriter plan) {
        Review stored = stored(plan);
        if (stored.finished() || !applied && stored.version() != seenVersion) {
            throw new PlanConflictException(title);
        }
        plan.reviews().updateState(stored.withState(Review.State.FINISHED));
        applied = true;
    }

    @Override
    public void revert(PlanWriter plan) {
        Review stored = stored(plan);
        if (!stored.finished()) {
            throw new PlanConflictException(title);
        }
        plan.reviews().updateState(stored.withState(Review.State.OPEN));
    }

    private Review stored(PlanWriter plan) {
        return plan.reviews().review(id).orElseThrow(() -> new PlanConflictException(title));
    }

    @Override
    public Memento memento() {
        return new State(id, title, seenVersion, applied);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(UUID id, String title, int seenVersion, boolean applied) implements Memento {
        @Override
        public PlanCommand restore() {
            FinishReview c = new FinishReview(id, title, seenVersion);
            c.applied = applied;
            return c;
        }
    }
}
