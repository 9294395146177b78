package de.werkbank.review;

import de.werkbank.i18n.Messages;
import de.werkbank.plan.ArchiveCard;
import de.werkbank.plan.MoveCard;
import de.werkbank.plan.PlanCommand;
import de.werkbank.plan.PlanConflictException;
import de.werkbank.plan.PlanRuleException;
import de.werkbank.plan.PlanWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Applies a finished review's decisions to the plan in one step ({@link DecisionPlan}): the board's own
 * moves and archivings, run together in one transaction, undone together in reverse order.
 */
public final class ApplyDecisions implements PlanCommand {

    private final UUID review;
    private final String title;
    private final List<MoveCard> moves;
    private final List<ArchiveCard> archivings;

    /** @param steps the preview's steps, as the user saw them */
    public static ApplyDecisions of(Review review, List<DecisionPlan.Step> steps) {
        List<MoveCard> moves = new ArrayList<>();
        List<ArchiveCard> archivings = new ArrayList<>();
        for (DecisionPlan.Step s : steps) {
            if (s.action() == DecisionPlan.Action.ARCHIVE) {
                archivings.add(new ArchiveCard(s.card()));
            } else {
                moves.add(new MoveCard(s.card(), s.to(), Integer.MAX_VALUE));
            }
        }
        return new ApplyDecisions(review.id(), review.title(), moves, archivings);
    }

    private ApplyDecisions(UUID review, String title, List<MoveCard> moves, List<ArchiveCard> archivings) {
        this.review = review;
        this.title = title;
        this.moves = List.copyOf(moves);
        this.archivings = List.copyOf(archivings);
    }

    @Override
    public String description() {
        return Messages.tr("command.applyDecisions", title, moves.size() + archivings.size());
    }

    @Override
    public void apply(PlanWriter plan) {
        Review stored = plan.reviews().review(review).orElseThrow(() -> new PlanConflictException(title));
        if (!stored.finished()) {
            throw new PlanRuleException("review.notFinished", title);
        }
        moves.forEach(m -> m.apply(plan));
        archivings.forEach(a -> a.apply(plan));
    }

    @Override
    public void revert(PlanWriter plan) {
        for (int i = archivings.size() - 1; i >= 0; i--) {
            archivings.get(i).revert(plan);
        }
        for (int i = moves.size() - 1; i >= 0; i--) {
            moves.get(i).revert(plan);
        }
    }

    @Override
    public Memento memento() {
        return new State(review, title, moves.stream().map(m -> (MoveCard.State) m.memento()).toList(),
                archivings.stream().map(a -> (ArchiveCard.State) a.memento()).toList());
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(UUID review, String title, List<MoveCard.State> moves, List<ArchiveCard.State> archivings)
            implements Memento {
        @Override
        public PlanCommand restore() {
            return new ApplyDecisions(review, title, moves.stream().map(m -> (MoveCard) m.restore()).toList(),
                    archivings.stream().map(a -> (ArchiveCard) a.restore()).toList());
        }
    }
}
