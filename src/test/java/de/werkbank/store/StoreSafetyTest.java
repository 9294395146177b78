package de.werkbank.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.werkbank.seed.Seeder;
import de.werkbank.snapshot.Snapshots;
import java.time.Instant;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nobody but the store's owner on this machine reaches a store: its server, password and file modes. */
class StoreSafetyTest {

    @TempDir
    Path dir;

    @Test
    void theAutoServerListensOnTheLoopbackAddressOnly() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "Linux only");
        StoreLocation location = StoreLocation.in(dir);
        try (Store store = Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.EMPTY))) {
            int port = serverPort(dir.resolve("werkbank.lock.db"));
            List<String> listeners = listenersOn(port);
            assertThat(listeners).as("listening sockets on port %d", port).isNotEmpty();
            assertThat(listeners).allMatch(StoreSafetyTest::isLoopback);
        }
    }

    @Test
    void aConnectionWithoutTheStoresPasswordIsRefused() throws Exception {
        StoreLocation location = StoreLocation.in(dir);
        Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.EMPTY)).close();
        String password = Files.readString(dir.resolve("werkbank.password")).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);

        for (String wrong : List.of("", "sa", password.substring(1))) {
            assertThatThrownBy(() -> DriverManager.getConnection(location.jdbcUrl(), "sa", wrong).close())
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(28000));
        }
        try (Connection right = DriverManager.getConnection(location.jdbcUrl(), "sa", password)) {
            assertThat(right.isValid(1)).isTrue();
        }
    }

    @Test
    void aSecondStoreObjectOnTheSameFolderWorks() {
        StoreLocation location = StoreLocation.in(dir);
        try (Store first = Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
             Store second = Store.open(StoreLocation.in(dir))) {
            assertThat(second.plan().orElseThrow().cards()).hasSameSizeAs(first.plan().orElseThrow().cards());
        }
    }

    @Test
    void aStoreFromBeforePasswordsGetsOneWhenItIsOpened() throws Exception {
        StoreLocation location = StoreLocation.in(dir);
        StoreLocation before = new StoreLocation(location.dir(), location.jdbcUrl(), "sa", "");
        try (Connection old = DriverManager.getConnection(before.jdbcUrl(), "sa", "")) {
            Schema.bringUpToDate(old, before);
        }
        assertThat(dir.resolve("werkbank.password")).doesNotExist();

        Store.open(location).close();

        assertThat(dir.resolve("werkbank.password")).exists();
        assertThatThrownBy(() -> DriverManager.getConnection(location.jdbcUrl(), "sa", "").close())
                .isInstanceOf(SQLException.class);
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), "sa",
                location.withStoredPassword().password())) {
            assertThat(c.createStatement().executeQuery("select count(*) from card").next()).isTrue();
        }
    }

    @Test
    void anImportRefusesWhenAnotherWriterChangedTheStoreAfterItsBackupAndKeepsThatChange() {
        StoreLocation location = StoreLocation.in(dir);
        try (Store importer = Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
             Store other = Store.open(StoreLocation.in(dir))) {
            assertThatThrownBy(() -> importer.guarded("before-import", "test", (backup, stamp) -> {
                // another process' catalogue import lands between the backup and the replacement
                other.transaction(tx -> {
                    tx.log("import-catalogue", "elsewhere");
                    return null;
                });
                return importer.transaction(tx -> {
                    tx.checkUnchangedSince(stamp);
                    return null;
                });
            })).isInstanceOf(StoreException.class).hasMessageContaining("inzwischen");
            assertThat(importer.log()).last().asString().isEqualTo("import-catalogue: elsewhere");
            assertThat(dir.resolve("werkbank.import-in-progress")).doesNotExist();
        }
    }

    @Test
    void theFolderAndEveryFileInItAreTheOwnersAloneAfterInitBackupAndImport() throws Exception {
        assumeTrue(OwnerOnly.posix(), "POSIX file modes");
        Path store = dir.resolve("store");
        StoreLocation location = StoreLocation.in(store);
        try (Store s = Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            assertOwnerOnly(store, "after init");
            Path snapshot = dir.resolve("plan.json");
            Snapshots.export(s, snapshot, Instant.now(), "test", true);
            Snapshots.importInto(s, snapshot, true);
            assertThat(files(store)).anyMatch(f -> f.getFileName().toString().startsWith("werkbank-backup-"));
            assertOwnerOnly(store, "after a backup and an import");
        }
        assertOwnerOnly(store, "after closing");
    }

    private static void assertOwnerOnly(Path store, String when) throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store))).as("folder " + when)
                .isEqualTo("rwx------");
        for (Path file : files(store)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .as(file.getFileName() + " " + when).isEqualTo("rw-------");
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    private static int serverPort(Path lockFile) throws IOException {
        Properties lock = new Properties();
        lock.load(new StringReader(Files.readString(lockFile)));
        String server = lock.getProperty("server");
        assertThat(server).as("the lock file names the auto-server").isNotNull();
        return Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
    }

    /** The local addresses (hex, as the kernel writes them) of the sockets listening on {@code port}. */
    private static List<String> listenersOn(int port) throws IOException {
        List<String> addresses = new ArrayList<>();
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            // read once: the table changes while other processes open and close sockets
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] f = line.trim().split("\\s+");
                String[] local = f[1].split(":");
                if (local[1].equals(hexPort) && f[3].equals("0A")) {
                    addresses.add(local[0]);
                }
            }
        }
        return addresses;
    }

    /** 127.x.x.x (little-endian in /proc/net/tcp), ::1, or 127.x.x.x mapped into IPv6. */
    private static boolean isLoopback(String hex) {
        return hex.length() == 8 && hex.endsWith("7F")
                || hex.equals("00000000000000000000000001000000")
                || hex.length() == 32 && hex.startsWith("0000000000000000FFFF0000") && hex.endsWith("7F");
    }
}
