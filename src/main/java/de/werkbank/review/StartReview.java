package de.werkbank.review;

import de.werkbank.i18n.Messages;
import de.werkbank.plan.PlanCommand;
import de.werkbank.plan.PlanConflictException;
import de.werkbank.plan.PlanRuleException;
import de.werkbank.plan.PlanWriter;

/**
 * Starts a review with the entries frozen for its date ({@link ReviewStart}); undo removes it again. Only
 * one review is open at a time: another is started once the open one is finished.
 */
public final class StartReview implements PlanCommand {

    private final Review review;

    /** @param review the new review, as {@link ReviewStart#freeze} made it */
    public StartReview(Review review) {
        this.review = review;
    }

    @Override
    public String description() {
        return Messages.tr("command.startReview", review.title());
    }

    @Override
    public void apply(PlanWriter plan) {
        if (review.title().isBlank() || review.title().length() > Review.MAX_TITLE) {
            throw new PlanRuleException("review.badTitle", Review.MAX_TITLE);
        }
        ReviewWriter reviews = plan.reviews();
        if (reviews.review(review.id()).isPresent()) {
            throw new PlanConflictException(review.title());
        }
        reviews.reviews().stream().filter(r -> !r.finished()).findFirst().ifPresent(open -> {
            throw new PlanRuleException("review.alreadyOpen", open.title());
        });
        reviews.insertReview(review.withState(Review.State.OPEN));
    }

    @Override
    public void revert(PlanWriter plan) {
        Review stored = plan.reviews().review(review.id()).orElseThrow(() -> new PlanConflictException(review.title()));
        if (stored.finished()) {
            throw new PlanConflictException(review.title());
        }
        plan.reviews().deleteReview(review.id());
    }

    @Override
    public Memento memento() {
        return new State(review);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(Review review) implements Memento {
        @Override
        public PlanCommand restore() {
            return new StartReview(review);
        }
    }
}
