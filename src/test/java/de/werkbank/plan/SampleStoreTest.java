package de.werkbank.plan;

import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Command tests on a new store with the sample plan, changed by an editor for "anna" on a fixed day. */
abstract class SampleStoreTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path dir;

    Store store;
    PlanEditor editor;

    @BeforeEach
    void openSampleStore() {
        store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
        editor = new PlanEditor(store, () -> "anna", Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    Plan plan() {
        return store.plan().orElseThrow();
    }

    PlanColumn column(String name) {
        return plan().columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    List<String> titlesIn(String column) {
        return plan().cardsIn(column(column).id()).stream().map(Card::title).toList();
    }
}
