package de.werkbank.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.werkbank.catalogue.edit.AddWerkzeug;
import de.werkbank.catalogue.edit.EditHandlungsfeld;
import de.werkbank.catalogue.edit.EditWerkzeug;
import de.werkbank.catalogue.edit.ImportCatalogue;
import de.werkbank.catalogue.edit.RemoveWerkzeug;
import de.werkbank.intake.ImportMeasures;
import de.werkbank.plan.AddActor;
import de.werkbank.plan.AddColumn;
import de.werkbank.plan.CastVotes;
import de.werkbank.plan.ArchiveCard;
import de.werkbank.plan.CreateCard;
import de.werkbank.plan.EditColumn;
import de.werkbank.plan.EditSheet;
import de.werkbank.plan.MoveCard;
import de.werkbank.plan.MoveColumn;
import de.werkbank.plan.PlaceOnMatrix;
import de.werkbank.plan.PlanCommand;
import de.werkbank.plan.RemoveColumn;
import de.werkbank.plan.ResetVotes;
import de.werkbank.plan.RestoreCard;
import de.werkbank.plan.RevealVotes;
import de.werkbank.plan.SetSwimlanes;
import de.werkbank.plan.StartVoteRound;
import de.werkbank.review.ApplyDecisions;
import de.werkbank.review.EditReviewEntry;
import de.werkbank.review.FinishReview;
import de.werkbank.review.StartReview;
import java.util.Map;
import java.util.Optional;

/**
 * Commands' states as JSON, for the undo steps and the history: the state of a command under the
 * command's kind, from an explicit list of kinds (no polymorphic type handling), keys sorted.
 */
final class Mementos {

    private static final Map<String, Class<? extends PlanCommand.Memento>> KINDS = Map.ofEntries(
            Map.entry("createCard", CreateCard.State.class),
            Map.entry("moveCard", MoveCard.State.class),
            Map.entry("archiveCard", ArchiveCard.State.class),
            Map.entry("restoreCard", RestoreCard.State.class),
            Map.entry("addColumn", AddColumn.State.class),
            Map.entry("editColumn", EditColumn.State.class),
            Map.entry("moveColumn", MoveColumn.State.class),
            Map.entry("removeColumn", RemoveColumn.State.class),
            Map.entry("editSheet", EditSheet.State.class),
            Map.entry("addActor", AddActor.State.class),
            Map.entry("setSwimlanes", SetSwimlanes.State.class),
            Map.entry("addWerkzeug", AddWerkzeug.State.class),
            Map.entry("editWerkzeug", EditWerkzeug.State.class),
            Map.entry("removeWerkzeug", RemoveWerkzeug.State.class),
            Map.entry("editHandlungsfeld", EditHandlungsfeld.State.class),
            Map.entry("importCatalogue", ImportCatalogue.State.class),
            // the workshop's
            Map.entry("startVoteRound", StartVoteRound.State.class),
            Map.entry("castVotes", CastVotes.State.class),
            Map.entry("revealVotes", RevealVotes.State.class),
            Map.entry("resetVotes", ResetVotes.State.class),
            Map.entry("placeOnMatrix", PlaceOnMatrix.State.class),
            // the reviews'
            Map.entry("startReview", StartReview.State.class),
            Map.entry("editReviewEntry", EditReviewEntry.State.class),
            Map.entry("finishReview", FinishReview.State.class),
            Map.entry("applyDecisions", ApplyDecisions.State.class),
            // the measure import's
            Map.entry("importMeasures", ImportMeasures.State.class));
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private Mementos() {
    }

    static String kind(PlanCommand.Memento m) {
        return KINDS.entrySet().stream().filter(e -> e.getValue() == m.getClass()).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no kind for " + m.getClass()));
    }

    /** The state alone, as JSON. */
    static String state(PlanCommand.Memento m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("command state not writable: " + kind(m), e);
        }
    }

    /** A history entry's change: {@code {"kind": …, "state": …}}. */
    static String change(PlanCommand.Memento m) {
        ObjectNode change = JSON.createObjectNode();
        change.put("kind", kind(m));
        change.set("state", JSON.valueToTree(m));
        try {
            return JSON.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("command state not writable: " + kind(m), e);
        }
    }

    /** The state stored under a kind, or empty if it can no longer be read (an unknown kind or shape). */
    static Optional<PlanCommand.Memento> read(String kind, String state) {
        Class<? extends PlanCommand.Memento> type = KINDS.get(kind);
        if (type == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(state, type));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
