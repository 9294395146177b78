package de.werkbank.review;

import de.werkbank.plan.Card;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What applying a finished review's decisions does to the plan as it stands now, for the preview and for
 * {@link ApplyDecisions}: "beenden" takes the card into the archive, "verstetigen" moves it to the plan's
 * last column; "fortführen" and "anpassen" change nothing on the board. Cards that are gone, or already
 * where the decision puts them, are left out.
 */
public final class DecisionPlan {

    /** What happens to one card. */
    public enum Action { ARCHIVE, MOVE_TO_LAST }

    /**
     * One change of the plan.
     *
     * @param card the card as it stands now
     * @param to the column it moves to ({@code null} for {@link Action#ARCHIVE})
     */
    public record Step(Card card, Action action, PlanColumn to) {
    }

    private DecisionPlan() {
    }

    public static List<Step> of(Review review, Plan plan) {
        List<Step> steps = new ArrayList<>();
        if (plan.columns().isEmpty()) {
            return steps;
        }
        PlanColumn last = plan.columns().get(plan.columns().size() - 1);
        for (ReviewEntry e : review.entries()) {
            Optional<Card> card = plan.cards().stream().filter(c -> c.id().equals(e.card())).findFirst();
            if (card.isEmpty() || e.decision() == null) {
                continue;
            }
            if (e.decision() == Decision.END) {
                steps.add(new Step(card.get(), Action.ARCHIVE, null));
            } else if (e.decision() == Decision.ESTABLISH && !card.get().column().equals(last.id())) {
                steps.add(new Step(card.get(), Action.MOVE_TO_LAST, last));
            }
        }
        return steps;
    }
}
