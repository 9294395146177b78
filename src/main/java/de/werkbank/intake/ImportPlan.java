package de.werkbank.intake;

import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.plan.Card;
import de.werkbank.plan.HistoryEntry;
import de.werkbank.plan.PlanColumn;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Werkzeugblatt;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What importing a file would do, before anything is stored: new green tools, new registry entries,
 * new cards (each with the tool it uses and how it was matched), cards imported before that change
 * (with the fields that change), the measures left out (and why), and the problems that block it.
 *
 * @param source the file's measures as read
 * @param unchanged how many cards imported before are stored exactly so already
 * @param perField how many new cards go to each Handlungsfeld key
 * @param byDefault how many of them went to the default field because nothing named one
 */
public record ImportPlan(MeasureSource source, List<Werkzeug> newTools, List<Actor> newActors, List<NewCard> newCards,
                         List<UpdatedCard> updatedCards, int unchanged, List<Skipped> skipped,
                         List<IntakeProblem> problems, Map<String, Integer> perField, int byDefault) {

    public ImportPlan {
        newTools = List.copyOf(newTools);
        newActors = List.copyOf(newActors);
        newCards = List.copyOf(newCards);
        updatedCards = List.copyOf(updatedCards);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
        perField = Map.copyOf(perField);
    }

    /**
     * A card the import creates.
     *
     * @param card the card as it will be stored (its tool, field, column and title)
     * @param tool the tool it uses: a catalogue tool, or one of {@link #newTools}
     * @param score how similar the titles are, 1.0 for a match by id or a new tool
     * @param how how the tool was found
     */
    public record NewCard(Measure measure, Card card, Werkzeug tool, double score, Match how, PlanColumn column,
                          Werkzeugblatt sheet, boolean archived, List<HistoryEntry> comments) {
        public NewCard {
            comments = List.copyOf(comments);
        }
    }

    /** How a new card's tool was found. */
    public enum Match {
        /** the source named the tool's id */
        BY_CODE,
        /** a similar title */
        BY_TITLE,
        /** the mapping named it */
        BY_MAPPING,
        /** no tool matched: a new green one */
        NEW_TOOL
    }

    /**
     * A card imported earlier from the same source that the file changes.
     *
     * @param tool the tool it uses from now on, or {@code null} when title and tool stay; the title is the measure's
     * @param moveTo the column it moves to, or {@code null}
     * @param archive whether the source closed it since
     * @param changed the names of what changes (message keys)
     * @param comments the source's comments not yet in the history
     */
    public record UpdatedCard(Measure measure, Card card, Werkzeug tool, Werkzeugblatt before, Werkzeugblatt after,
                              PlanColumn moveTo,
                              boolean archive, List<String> changed, List<HistoryEntry> comments) {
        public UpdatedCard {
            changed = List.copyOf(changed);
            comments = List.copyOf(comments);
        }
    }

    /** A measure of the file the import leaves out, and why (in the UI language). */
    public record Skipped(String place, String reason) {
    }

    public boolean changesNothing() {
        return newTools.isEmpty() && newActors.isEmpty() && newCards.isEmpty() && updatedCards.isEmpty();
    }

    /** @throws UserFacingException listing every problem with its place, when there is any */
    public void refuseProblems() {
        if (!problems.isEmpty()) {
            throw new UserFacingException("intake.refused", source.fileName(), problems.size(),
                    problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        }
    }
}
