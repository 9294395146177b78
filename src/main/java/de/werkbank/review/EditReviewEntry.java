package de.werkbank.review;

import de.werkbank.i18n.Messages;
import de.werkbank.plan.PlanCommand;
import de.werkbank.plan.PlanConflictException;
import de.werkbank.plan.PlanRuleException;
import de.werkbank.plan.PlanWriter;
import java.util.UUID;

/**
 * Stores the team's judgement of one measure in an open review (assessment, what helped, what blocked,
 * next steps, decision). The first apply is refused if the entry changed since the user saw it (its
 * version); undo and redo check that the entry still holds what this command left in it. A finished
 * review refuses every change.
 */
public final class EditReviewEntry implements PlanCommand {

    private final UUID review;
    private final String reviewTitle;
    private final ReviewEntry before;
    private final ReviewEntry after;
    private boolean applied;

    /**
     * @param before the entry as the user saw it
     * @param after the same entry with the new judgement
     */
    public EditReviewEntry(UUID review, String reviewTitle, ReviewEntry before, ReviewEntry after) {
        this.review = review;
        this.reviewTitle = reviewTitle;
        this.before = before;
        this.after = after;
    }

    @Override
    public String description() {
        return Messages.tr("command.editReviewEntry", after.title(), reviewTitle);
    }

    @Override
    public void apply(PlanWriter plan) {
        for (String text : new String[] {after.helped(), after.blocked(), after.nextSteps()}) {
            if (text.length() > ReviewEntry.MAX_TEXT) {
                throw new PlanRuleException("review.textTooLong", ReviewEntry.MAX_TEXT);
            }
        }
        ReviewEntry stored = stored(plan);
        if (applied ? !stored.sameJudgement(before) : stored.version() != before.version()) {
            throw new PlanConflictException(after.title());
        }
        write(plan, stored, after);
        applied = true;
    }

    @Override
    public void revert(PlanWriter plan) {
        ReviewEntry stored = stored(plan);
        if (!stored.sameJudgement(after)) {
            throw new PlanConflictException(after.title());
        }
        write(plan, stored, before);
    }

    private ReviewEntry stored(PlanWriter plan) {
        Review r = plan.reviews().review(review).orElseThrow(() -> new PlanConflictException(reviewTitle));
        if (r.finished()) {
            throw new PlanRuleException("review.finished", r.title());
        }
        return r.entry(after.card()).orElseThrow(() -> new PlanConflictException(after.title()));
    }

    private void write(PlanWriter plan, ReviewEntry stored, ReviewEntry judgement) {
        plan.reviews().updateEntry(review, stored.judged(judgement.assessment(), judgement.helped(),
                judgement.blocked(), judgement.nextSteps(), judgement.decision()));
    }

    @Override
    public Memento memento() {
        return new State(review, reviewTitle, before, after, applied);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(UUID review, String reviewTitle, ReviewEntry before, ReviewEntry after, boolean applied)
            implements Memento {
        @Override
        public PlanCommand restore() {
            EditReviewEntry c = new EditReviewEntry(review, reviewTitle, before, after);
            c.applied = applied;
            return c;
        }
    }
}
