package de.werkbank.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.werkbank.workshop.MatrixPosition;
import de.werkbank.workshop.Quadrant;
import de.werkbank.workshop.VoteRound;
import de.werkbank.workshop.VoteRuleException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Vote rounds and the matrix change through undoable commands that outlive a restart. */
class WorkshopCommandsTest extends SampleStoreTest {

    private VoteRound newRound() {
        return new VoteRound(UUID.randomUUID(), "Mobilität priorisieren", VoteRound.Subject.CARDS, null, 3, 2, 4,
                "anna", NOW, false, List.of());
    }

    private VoteRound stored(VoteRound r) {
        return store.workshop().voteRounds().stream().filter(x -> x.id().equals(r.id())).findFirst().orElseThrow();
    }

    @Test
    void aRoundIsSetUpVotedOnRevealedAndResetStepByStepWithUndo() {
        VoteRound round = newRound();
        Card card = plan().cards().get(0);
        editor.execute(new StartVoteRound(round));
        editor.execute(new CastVotes(round.id(), "", card.id(), card.title(), 3));
        editor.execute(new CastVotes(round.id(), "Ben", card.id(), card.title(), 2));
        assertThat(stored(round).total(card.id())).isEqualTo(5);
        assertThat(stored(round).createdBy()).isEqualTo("anna");
        assertThat(editor.undoDescription()).hasValue("2 Stimmen für „" + card.title() + "“ (für eine Person eingetragen)");

        assertThatThrownBy(() -> editor.execute(new CastVotes(round.id(), "Ben", card.id(), card.title(), 1)))
                .isInstanceOf(VoteRuleException.class);
        editor.execute(new RevealVotes(round.id(), round.title(), true));
        assertThat(stored(round).revealed()).isTrue();
        editor.execute(new ResetVotes(round.id(), round.title()));
        assertThat(stored(round).votes()).isEmpty();
        assertThat(stored(round).revealed()).isFalse();

        editor.undo();
        assertThat(stored(round).total(card.id())).isEqualTo(5);
        assertThat(stored(round).revealed()).isTrue();
        editor.undo();
        editor.undo();
        assertThat(stored(round).total(card.id())).isEqualTo(3);

        var reopened = new PlanEditor(store, () -> "anna", java.time.Clock.systemUTC());
        reopened.redo();
        assertThat(stored(round).total(card.id())).isEqualTo(5);
        assertThat(store.history()).extracting(HistoryEntry::description).contains("Abstimmung „Mobilität priorisieren“ angelegt");
    }

    @Test
    void matrixPositionsAreStoredMovedAndTakenOffWithUndo() {
        Card card = plan().cards().get(1);
        MatrixPosition first = MatrixPosition.clamped(card.id(), 0.8, 0.2);
        editor.execute(new PlaceOnMatrix(card.id(), card.title(), null, first));
        assertThat(store.workshop().matrix()).containsExactly(first);
        assertThat(editor.undoDescription()).hasValueSatisfying(d -> assertThat(d).contains("schnelle Erfolge"));

        MatrixPosition second = MatrixPosition.clamped(card.id(), 0.3, 0.9);
        editor.execute(new PlaceOnMatrix(card.id(), card.title(), first, second));
        assertThat(store.workshop().matrix().get(0).quadrant()).isEqualTo(Quadrant.TIME_SINKS);
        assertThatThrownBy(() -> editor.execute(new PlaceOnMatrix(card.id(), card.title(), first, null)))
                .isInstanceOf(PlanConflictException.class);
        editor.undo();
        assertThat(store.workshop().matrix()).containsExactly(first);
        editor.undo();
        assertThat(store.workshop().matrix()).isEmpty();
    }
}
