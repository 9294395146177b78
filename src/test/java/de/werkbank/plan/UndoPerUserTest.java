package de.werkbank.plan;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import de.werkbank.store.TestStores;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** In a shared store (PostgreSQL) each user's undo steps are their own, also after a restart (ADR 25). */
class UndoPerUserTest {

    private StoreLocation location;

    @AfterEach
    void drop() {
        if (location != null) {
            TestStores.drop(location);
        }
    }

    @Test
    void eachUserUndoesOnlyTheirOwnStepsEvenAfterARestart() {
        location = TestStores.freshDatabase();
        try (Store annasStore = Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
             Store bensStore = Store.open(location)) {
            Plan plan = annasStore.plan().orElseThrow();
            PlanColumn last = plan.columns().get(plan.columns().size() - 1);
            Card annasCard = plan.cards().get(0);
            Card bensCard = plan.cards().get(1);
            PlanEditor anna = new PlanEditor(annasStore, () -> "anna", Clock.systemUTC());
            anna.execute(new MoveCard(annasCard, last, 0));
            PlanEditor ben = new PlanEditor(bensStore, () -> "ben", Clock.systemUTC());
            assertThat(ben.canUndo()).as("ben has nothing to undo").isFalse();
            ben.execute(new MoveCard(bensStore.card(bensCard.id()).orElseThrow(), last, 0));

            PlanEditor annaAgain = new PlanEditor(annasStore, () -> "anna", Clock.systemUTC());
            PlanEditor benAgain = new PlanEditor(bensStore, () -> "ben", Clock.systemUTC());
            assertThat(annaAgain.undoDescription()).hasValueSatisfying(d -> assertThat(d).contains(annasCard.title()));
            assertThat(benAgain.undoDescription()).hasValueSatisfying(d -> assertThat(d).contains(bensCard.title()));

            benAgain.undo();
            assertThat(bensStore.card(bensCard.id()).orElseThrow().column()).isEqualTo(bensCard.column());
            assertThat(annasStore.card(annasCard.id()).orElseThrow().column()).as("anna's move stays").isEqualTo(last.id());
            assertThat(benAgain.canUndo()).isFalse();
            assertThat(new PlanEditor(annasStore, () -> "anna", Clock.systemUTC()).undoDescription())
                    .as("anna's step is still hers").hasValueSatisfying(d -> assertThat(d).contains(annasCard.title()));
        }
    }
}
