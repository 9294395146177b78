package de.werkbank.plan;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.seed.Seeder;
import de.werkbank.store.SharedListener;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import de.werkbank.store.TestStores;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two clients of one shared store (PostgreSQL, see {@link TestStores}): one's move reaches the other's
 * editor — whose listeners are the views' models — as the change it is, within a second; its own
 * changes it does not hear back.
 */
class NotificationTest {

    private StoreLocation location;

    @AfterEach
    void drop() {
        if (location != null) {
            TestStores.drop(location);
        }
    }

    @Test
    void aColleaguesMoveReachesTheOtherEditorsListenersWithinASecond() throws Exception {
        location = TestStores.freshDatabase();
        try (Store anna = Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
             Store ben = Store.open(location)) {
            PlanEditor annasEditor = new PlanEditor(anna, () -> "anna", Clock.systemUTC());
            PlanEditor bensEditor = new PlanEditor(ben, () -> "ben", Clock.systemUTC());
            BlockingQueue<PlanChange> bensView = new LinkedBlockingQueue<>();
            BlockingQueue<PlanChange> annasView = new LinkedBlockingQueue<>();
            bensEditor.addListener(bensView::add);
            try (SharedListener bensEar = ben.listen(change -> change.ifPresent(bensEditor::changedElsewhere), up -> { })
                         .orElseThrow();
                 SharedListener annasEar = anna.listen(change -> change.ifPresent(annasView::add), up -> { })
                         .orElseThrow()) {
                Plan plan = anna.plan().orElseThrow();
                List<Long> latencies = new java.util.ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    Card card = anna.plan().orElseThrow().cards().get(i % plan.cards().size());
                    PlanColumn target = plan.columns().get((i + 1) % plan.columns().size());
                    long start = System.nanoTime();
                    annasEditor.execute(new MoveCard(card, target, 0));
                    PlanChange heard = bensView.poll(1, TimeUnit.SECONDS);
                    latencies.add((System.nanoTime() - start) / 1_000_000);
                    assertThat(heard).as("ben hears move %d within a second", i).isNotNull();
                    assertThat(heard.cards()).contains(card.id());
                    assertThat(ben.card(card.id()).orElseThrow().column()).isEqualTo(target.id());
                }
                latencies.sort(null);
                System.out.printf("NotificationTest: a move until the other editor has it: median %d ms, max %d ms%n",
                        latencies.get(latencies.size() / 2), latencies.get(latencies.size() - 1));
                assertThat(annasView.poll(300, TimeUnit.MILLISECONDS)).as("anna does not hear her own moves").isNull();
            }
        }
    }

    @Test
    void anImportIsHeardAsEverythingChanged() throws Exception {
        location = TestStores.freshDatabase();
        try (Store anna = Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
             Store ben = Store.open(location)) {
            BlockingQueue<Optional<PlanChange>> heard = new LinkedBlockingQueue<>();
            try (SharedListener bensEar = ben.listen(heard::add, up -> { }).orElseThrow()) {
                anna.replaceContent(anna.content(), "snapshot.json");
                assertThat(heard.poll(2, TimeUnit.SECONDS)).as("read everything again").isEqualTo(Optional.empty());
            }
        }
    }

    @Test
    void anEmbeddedStoreHasNoColleaguesToListenTo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.EMPTY))) {
            assertThat(store.listen(change -> { }, up -> { })).isEqualTo(Optional.empty());
        }
    }
}
