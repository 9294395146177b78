package de.werkbank.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.werkbank.review.ApplyDecisions;
import de.werkbank.review.Assessment;
import de.werkbank.review.Decision;
import de.werkbank.review.DecisionPlan;
import de.werkbank.review.EditReviewEntry;
import de.werkbank.review.FinishReview;
import de.werkbank.review.Review;
import de.werkbank.review.ReviewEntry;
import de.werkbank.review.ReviewStart;
import de.werkbank.review.StartReview;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A review is started, judged, finished and its decisions applied through undoable commands. */
class ReviewCommandsTest extends SampleStoreTest {

    private Review start(String title) {
        Review review = ReviewStart.freeze(UUID.randomUUID(), title, LocalDate.of(2026, 11, 26), plan(), store::sheet,
                store.catalogue().handlungsfelder().stream().map(h -> h.key()).toList());
        editor.execute(new StartReview(review));
        return stored(review.id());
    }

    private Review stored(UUID id) {
        return store.reviews().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private void judge(Review review, int index, Assessment a, Decision d, String helped) {
        ReviewEntry seen = stored(review.id()).entries().get(index);
        editor.execute(new EditReviewEntry(review.id(), review.title(), seen,
                seen.judged(a, helped, seen.blocked(), seen.nextSteps(), d)));
    }

    @Test
    void aJudgementIsStoredUndoneAndRefusedOnceTheReviewIsFinished() {
        Review review = start("Halbzeitbilanz 2026");
        UUID first = plan().columns().get(0).id();
        long beyondProposals = plan().cards().stream().filter(c -> !c.column().equals(first)).count();
        assertThat(review.entries()).hasSize((int) beyondProposals).isNotEmpty();

        judge(review, 0, Assessment.DELAYED, Decision.ADJUST, "Förderbescheid kam früh");
        ReviewEntry judged = stored(review.id()).entries().get(0);
        assertThat(judged.assessment()).isEqualTo(Assessment.DELAYED);
        assertThat(judged.helped()).isEqualTo("Förderbescheid kam früh");
        assertThat(judged.version()).isEqualTo(1);

        // a second window saw the entry before the change: refused, nothing stored
        ReviewEntry stale = review.entries().get(0);
        assertThatThrownBy(() -> editor.execute(new EditReviewEntry(review.id(), review.title(), stale,
                stale.judged(Assessment.STOPPED, "", "", "", Decision.END)))).isInstanceOf(PlanConflictException.class);
        assertThat(stored(review.id()).entries().get(0).assessment()).isEqualTo(Assessment.DELAYED);

        editor.undo();
        assertThat(stored(review.id()).entries().get(0).assessment()).isNull();
        editor.redo();
        editor.execute(new FinishReview(stored(review.id())));
        assertThat(stored(review.id()).finished()).isTrue();
        assertThatThrownBy(() -> judge(review, 1, Assessment.ON_TRACK, Decision.CONTINUE, ""))
                .isInstanceOf(PlanRuleException.class).hasMessageContaining("abgeschlossen");
        assertThat(store.history()).extracting(HistoryEntry::description)
                .contains("Bilanz „Halbzeitbilanz 2026“ abgeschlossen");

        // the steps outlive a restart
        var reopened = new PlanEditor(store, () -> "anna", Clock.systemUTC());
        reopened.undo();
        assertThat(stored(review.id()).finished()).isFalse();
    }

    @Test
    void onlyOneReviewIsOpenAtATime() {
        start("Halbzeitbilanz 2026");
        assertThatThrownBy(() -> start("Zweite Bilanz")).isInstanceOf(PlanRuleException.class)
                .hasMessageContaining("Halbzeitbilanz 2026");
    }

    @Test
    void decisionsAreAppliedInOneStepAndUndoneInOne() {
        Review review = start("Halbzeitbilanz 2026");
        PlanColumn last = plan().columns().get(plan().columns().size() - 1);
        int established = review.entries().stream().filter(e -> !e.column().equals(last.id())).findFirst()
                .map(review.entries()::indexOf).orElseThrow();
        int ended = established == 0 ? 1 : 0;
        judge(review, established, Assessment.COMPLETED, Decision.ESTABLISH, "");
        judge(review, ended, Assessment.STOPPED, Decision.END, "");
        UUID establishedCard = review.entries().get(established).card();
        UUID endedCard = review.entries().get(ended).card();
        assertThatThrownBy(() -> editor.execute(ApplyDecisions.of(stored(review.id()),
                DecisionPlan.of(stored(review.id()), plan())))).isInstanceOf(PlanRuleException.class);
        editor.execute(new FinishReview(stored(review.id())));
        Plan before = plan();

        List<DecisionPlan.Step> preview = DecisionPlan.of(stored(review.id()), before);
        assertThat(preview).extracting(s -> s.card().id(), DecisionPlan.Step::action).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(establishedCard, DecisionPlan.Action.MOVE_TO_LAST),
                org.assertj.core.groups.Tuple.tuple(endedCard, DecisionPlan.Action.ARCHIVE));
        editor.execute(ApplyDecisions.of(stored(review.id()), preview));

        assertThat(store.card(establishedCard).orElseThrow().column()).isEqualTo(last.id());
        assertThat(store.card(endedCard)).isEmpty();
        assertThat(store.archivedCards()).extracting(Card::id).contains(endedCard);
        assertThat(editor.undoDescription()).hasValue("Entscheidungen der Bilanz „Halbzeitbilanz 2026“ übernommen (2 Änderungen)");

        editor.undo();
        Plan after = plan();
        assertThat(after.cards()).extracting(Card::id, Card::column)
                .containsExactlyInAnyOrderElementsOf(before.cards().stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.id(), c.column())).toList());
        assertThat(store.archivedCards()).extracting(Card::id).doesNotContain(endedCard);
    }
}
