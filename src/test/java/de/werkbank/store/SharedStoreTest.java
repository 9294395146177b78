package de.werkbank.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.werkbank.plan.Plan;
import de.werkbank.seed.Seeder;
import de.werkbank.snapshot.SnapshotCodec;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared store on a real PostgreSQL server (see {@link TestStores}): setup, refusals, copies both ways. */
class SharedStoreTest {

    private static final Function<de.werkbank.content.StoreContent, byte[]> SNAPSHOT =
            content -> SnapshotCodec.encode(content, Instant.EPOCH, "", true);

    @TempDir
    Path dir;

    private StoreLocation shared;

    @AfterEach
    void dropDatabase() {
        if (shared != null) {
            TestStores.drop(shared);
        }
    }

    @Test
    void aSharedStoreIsSetUpOnTheServerWithTheCurrentSchemaAndOpensAgain() {
        shared = TestStores.freshDatabase();
        Plan written;
        try (Store store = Store.create(shared, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.CURRENT_VERSION);
            assertThat(store.catalogue().werkzeuge()).hasSize(100);
            written = store.plan().orElseThrow();
        }
        try (Store store = Store.open(shared)) {
            assertThat(store.plan()).contains(written);
            assertThat(store.indicators()).isNotEmpty();
        }
    }

    @Test
    void aServerWhoseSchemaIsNewerIsRefusedAndLeftUntouched() throws Exception {
        shared = TestStores.freshDatabase();
        Store.create(shared, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE)).close();
        try (Connection c = DriverManager.getConnection(shared.jdbcUrl(), shared.user(), shared.password());
             Statement s = c.createStatement()) {
            s.execute("insert into flyway_schema_history (installed_rank, version, description, type, script, "
                    + "installed_by, execution_time, success) values (99, '99', 'from the future', 'SQL', "
                    + "'V99__future.sql', 'test', 1, true)");
        }
        assertThatThrownBy(() -> Store.open(shared)).isInstanceOf(StoreException.class)
                .hasMessageContaining("neueren Werkbank-Version").hasMessageContaining("Schema 99");
        try (Connection c = DriverManager.getConnection(shared.jdbcUrl(), shared.user(), shared.password())) {
            assertThat(Schema.installedVersion(c)).isEqualTo(99);
            assertThat(Sql.one(c, "select count(*) from card", rs -> rs.getInt(1))).contains(9);
        }
    }

    @Test
    void aWrongPasswordIsReportedAsAFailedLogin() {
        shared = TestStores.freshDatabase();
        StoreLocation wrong = new StoreLocation(shared.dir(), shared.jdbcUrl(), shared.user(), "not-the-password");
        assertThatThrownBy(() -> Store.open(wrong)).isInstanceOf(StoreException.class)
                .hasMessageContaining("Anmeldung als " + shared.user()).hasMessageContaining("~/.pgpass")
                .hasMessageNotContaining("not-the-password");
    }

    @Test
    void aDatabaseHoldingOtherTablesIsNotMadeAStore() throws Exception {
        shared = TestStores.freshDatabase();
        try (Connection c = DriverManager.getConnection(shared.jdbcUrl(), shared.user(), shared.password());
             Statement s = c.createStatement()) {
            s.execute("create table invoices (id int primary key)");
        }
        assertThatThrownBy(() -> Store.create(shared, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE)))
                .isInstanceOf(StoreException.class).hasMessageContaining("nicht leer").hasMessageContaining("invoices");
        try (Connection c = DriverManager.getConnection(shared.jdbcUrl(), shared.user(), shared.password())) {
            assertThat(Sql.list(c, "select table_name from information_schema.tables where table_schema = 'public'",
                    rs -> rs.getString(1))).containsExactly("invoices");
        }
    }

    @Test
    void aLocalStoreCopiedToTheServerAndBackHoldsTheSameRowsAndSnapshot() {
        shared = TestStores.freshDatabase();
        StoreLocation local = StoreLocation.in(dir.resolve("local"));
        StoreLocation back = StoreLocation.in(dir.resolve("back"));
        try (Store original = Store.create(local, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
             Store onServer = original.copyTo(shared, SNAPSHOT);
             Store returned = onServer.copyTo(back, SNAPSHOT)) {
            byte[] expected = SNAPSHOT.apply(original.content());
            assertThat(SNAPSHOT.apply(onServer.content())).isEqualTo(expected);
            assertThat(SNAPSHOT.apply(returned.content())).isEqualTo(expected);
            Map<String, Long> rows = new HashMap<>(original.rowCounts());
            assertThat(rows.get("datencheck_series")).isGreaterThan(100);
            assertThat(original.values("bevoelkerung")).hasSizeGreaterThan(1000);
            // each copy notes itself in the store's own log
            rows.merge("store_log", 1L, Long::sum);
            assertThat(onServer.rowCounts()).isEqualTo(rows);
            rows.merge("store_log", 1L, Long::sum);
            assertThat(returned.rowCounts()).isEqualTo(rows);
            assertThat(returned.values("bevoelkerung")).isEqualTo(original.values("bevoelkerung"));
            assertThat(returned.boundaries()).hasSameSizeAs(original.boundaries());
        }
    }

    @Test
    void aCopyThatFailsLeavesTheServerAsEmptyAsItWas() throws Exception {
        shared = TestStores.freshDatabase();
        try (Store original = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            assertThatThrownBy(() -> original.copyTo(shared, content -> {
                throw new IllegalStateException("disk full");
            })).hasMessageContaining("disk full");
        }
        assertThat(Store.exists(shared)).isFalse();
        try (Connection c = DriverManager.getConnection(shared.jdbcUrl(), shared.user(), shared.password())) {
            assertThat(Sql.list(c, "select table_name from information_schema.tables where table_schema = 'public'",
                    rs -> rs.getString(1))).isEmpty();
        }
    }

    @Test
    void anAddressIsReadWithItsPortUserAndParametersAndAPasswordInItIsRefused() {
        SharedStoreUrl url = SharedStoreUrl.parse("postgresql://db.kreis-dueren.de:6432/werkbank?user=anna&sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.kreis-dueren.de:6432/werkbank?sslmode=require");
        assertThat(url.user()).isEqualTo("anna");
        assertThat(SharedStoreUrl.parse("postgresql://db/werkbank").port()).isEqualTo(5432);
        assertThat(StoreLocation.shared(url, "x").displayName())
                .isEqualTo("postgresql://db.kreis-dueren.de:6432/werkbank?sslmode=require&user=anna");
        assertThatThrownBy(() -> SharedStoreUrl.parse("postgresql://db/werkbank?user=anna&password=geheim"))
                .hasMessageContaining("Passwort gehört nicht in die Adresse");
        assertThatThrownBy(() -> SharedStoreUrl.parse("postgresql://db:99999/werkbank")).hasMessageContaining("keine Adresse");
        assertThatThrownBy(() -> SharedStoreUrl.parse("postgresql://db")).hasMessageContaining("keine Adresse");
    }

    @Test
    void thePasswordFileIsReadAsPsqlReadsItAndIgnoredWhenOthersMayReadIt() throws Exception {
        Path file = dir.resolve("pgpass");
        java.nio.file.Files.writeString(file, "# the Kreis' server\n"
                + "db.kreis-dueren.de:5432:werkbank:anna:geheim\\:1\n*:*:*:ben:bens\n");
        java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        SharedStoreUrl anna = SharedStoreUrl.parse("postgresql://db.kreis-dueren.de/werkbank?user=anna");
        SharedStoreUrl ben = SharedStoreUrl.parse("postgresql://other:6432/plan?user=ben");
        SharedStoreUrl carl = SharedStoreUrl.parse("postgresql://db.kreis-dueren.de/werkbank?user=carl");
        assertThat(SharedPassword.fromPasswordFile(anna, file)).isEqualTo("geheim:1");
        assertThat(SharedPassword.fromPasswordFile(ben, file)).isEqualTo("bens");
        assertThat(SharedPassword.fromPasswordFile(carl, file)).isNull();

        java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(SharedPassword.fromPasswordFile(anna, file)).isNull();
    }
}
