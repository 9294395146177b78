package de.werkbank.plan;

import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import de.werkbank.store.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Command tests on a new store with the sample plan, changed by an editor for "anna" on a fixed day:
 * each test runs on an embedded H2 store and on a shared PostgreSQL store (see {@link TestStores}).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestStores.Kind.class)
abstract class SampleStoreTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path dir;

    @Parameter
    TestStores.Kind kind;

    /** Where the store is: the folder {@link #dir} or a database of its own on the test server. */
    StoreLocation location;
    Store store;
    PlanEditor editor;

    @BeforeEach
    void openSampleStore() {
        location = TestStores.fresh(kind, dir);
        store = Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
        editor = new PlanEditor(store, () -> "anna", Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void closeStore() {
        store.close();
        TestStores.drop(location);
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
