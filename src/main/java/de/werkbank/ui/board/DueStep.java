package de.werkbank.ui.board;

import de.werkbank.sheet.Actor;
import de.werkbank.sheet.OpenSteps;
import de.werkbank.sheet.SheetOutline;
import de.werkbank.sheet.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** A step not done as the „Fällige Schritte“ view lists it: the card, the step, who does it, whether it is overdue. */
public record DueStep(CardItem card, Step step, String who, boolean overdue) {

    /**
     * The steps not done on the cards the board shows, the most urgent first.
     *
     * @param me the user's name; with it only the steps of the office or person named so, else all
     */
    static List<DueStep> of(Collection<SheetOutline> outlines, List<Actor> actors, String me,
                            Function<UUID, Optional<CardItem>> cards, LocalDate today) {
        Map<UUID, String> names = new HashMap<>();
        actors.forEach(a -> names.put(a.id(), a.name()));
        List<DueStep> result = new ArrayList<>();
        for (OpenSteps.Entry e : OpenSteps.of(outlines)) {
            String who = e.step().who() == null ? "" : names.getOrDefault(e.step().who(), "");
            if (me != null && !who.equalsIgnoreCase(me)) {
                continue;
            }
            cards.apply(e.card()).ifPresent(card -> result.add(new DueStep(card, e.step(), who, e.overdueOn(today))));
        }
        return result;
    }
}
