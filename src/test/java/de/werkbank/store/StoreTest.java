package de.werkbank.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.werkbank.plan.Plan;
import de.werkbank.seed.Seeder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    @TempDir
    Path dir;

    @Test
    void aNewStoreGetsTheCurrentSchemaAndTheSampleData() {
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.CURRENT_VERSION);
            assertThat(store.catalogue().werkzeuge()).hasSize(100);
            assertThat(store.catalogue().handlungsfelder()).extracting(h -> h.key())
                    .containsExactly("FACHKRAEFTE", "BILDUNG", "TEILHABE", "MOBILITAET", "WOHNEN");
            assertThat(store.catalogue().zukunftsbild("BILDUNG")).isNotBlank();
            assertThat(store.areas()).extracting(a -> a.key()).contains("05358008", "05358060", "05358008005")
                    .hasSize(16 + 170);
            Plan plan = store.plan().orElseThrow();
            assertThat(plan.columns()).extracting(c -> c.name())
                    .containsExactly("Vorschlag", "Ausgewählt", "In Planung", "In Umsetzung", "Verstetigt");
            assertThat(plan.cards()).hasSizeBetween(8, 10);
            assertThat(plan.columns()).allSatisfy(c -> assertThat(plan.cardsIn(c.id())).isNotEmpty());
        }
    }

    @Test
    void seedingTwiceDuplicatesNothing() {
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            Plan before = store.plan().orElseThrow();
            store.transaction(tx -> {
                Seeder.seed(tx, Seeder.Content.SAMPLE);
                return null;
            });
            assertThat(store.catalogue().werkzeuge()).hasSize(100);
            assertThat(store.catalogue().handlungsfelder()).hasSize(5);
            assertThat(store.areas()).hasSize(16 + 170);
            assertThat(store.plan().orElseThrow()).isEqualTo(before);
        }
    }

    @Test
    void anEmptyStoreHoldsTheFiveHandlungsfelderAndNoPlan() {
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.EMPTY))) {
            assertThat(store.catalogue().handlungsfelder()).hasSize(5);
            assertThat(store.catalogue().werkzeuge()).isEmpty();
            assertThat(store.plan()).isEmpty();
        }
    }

    @Test
    void aReopenedStoreShowsTheSamePlan() {
        Plan written;
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            written = store.plan().orElseThrow();
        }
        try (Store store = Store.open(StoreLocation.in(dir))) {
            assertThat(store.plan()).contains(written);
        }
    }

    @Test
    void creatingWhereAStoreExistsIsRefusedAndChangesNothing() {
        Plan written;
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            written = store.plan().orElseThrow();
        }
        assertThatThrownBy(() -> Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.EMPTY)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("bereits");
        try (Store store = Store.open(StoreLocation.in(dir))) {
            assertThat(store.plan()).contains(written);
        }
    }

    @Test
    void openingAFolderWithoutAStoreNamesInit() {
        assertThatThrownBy(() -> Store.open(StoreLocation.in(dir.resolve("nothing"))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("init");
        assertThat(dir.resolve("nothing")).doesNotExist();
    }

    @Test
    void aFailedInitLeavesNoStoreBehind() {
        assertThatThrownBy(() -> Store.create(StoreLocation.in(dir), tx -> {
            Seeder.seed(tx, Seeder.Content.SAMPLE);
            throw new IllegalStateException("disk full");
        })).hasMessageContaining("disk full");
        assertThat(Store.exists(StoreLocation.in(dir))).isFalse();
    }

    @Test
    void aStoreOfANewerSchemaIsRefusedAndLeftUntouched() throws Exception {
        StoreLocation location = StoreLocation.in(dir);
        try (Store store = Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            assertThat(store.plan()).isPresent();
        }
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), "sa", location.withStoredPassword().password());
             Statement s = c.createStatement()) {
            s.execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") "
                    + "values (99, '99', 'from the future', 'SQL', 'V99__future.sql', 'test', 1, true)");
        }

        assertThatThrownBy(() -> Store.open(location))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("neueren Werkbank-Version")
                .hasMessageContaining("Schema 99");

        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), "sa", location.withStoredPassword().password())) {
            assertThat(Schema.installedVersion(c)).isEqualTo(99);
            assertThat(Sql.one(c, "select count(*) from card", rs -> rs.getInt(1))).contains(9);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("backup"));
        }
    }

    @Test
    void anOlderStoreIsBackedUpBeforeItIsMigratedAndKeepsItsData() throws Exception {
        StoreLocation location = StoreLocation.in(dir);
        Plan written;
        try (Store store = Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            written = store.plan().orElseThrow();
        }
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), "sa", location.withStoredPassword().password())) {
            int before = Schema.bringUpToDate(c, location.withStoredPassword(), 99, "classpath:db/migration", "classpath:db/test-migration");
            assertThat(before).isEqualTo(Schema.CURRENT_VERSION);
            assertThat(Schema.installedVersion(c)).isEqualTo(99);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("werkbank-backup-schema" + Schema.CURRENT_VERSION + "-") && n.endsWith(".zip"));
        }
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), "sa", location.withStoredPassword().password())) {
            assertThat(Sql.one(c, "select count(*) from card", rs -> rs.getInt(1))).contains(written.cards().size());
        }
    }

    @Test
    void aCurrentStoreIsNeitherMigratedNorBackedUp() throws Exception {
        StoreLocation location = StoreLocation.in(dir);
        Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.EMPTY)).close();
        Store.open(location).close();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("backup"));
        }
    }
}
