package de.werkbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.session.Session;
import de.werkbank.store.Backups;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** backups and restore-backup as a user types them, and the backups that imports take. */
class BackupCommandsTest extends CliTest {

    @Test
    void aRestoreBringsBackThePlanAsItWasToTheByte() throws Exception {
        String store = dir.resolve("store").toString();
        String empty = dir.resolve("empty").toString();
        assertThat(run("--store", store, "init")).isZero();
        assertThat(run("--store", empty, "init", "--empty")).isZero();
        Path before = dir.resolve("before.json");
        Path other = dir.resolve("other.json");
        assertThat(run("--store", store, "export-snapshot", before.toString())).isZero();
        assertThat(run("--store", empty, "export-snapshot", other.toString())).isZero();
        assertThat(run("--store", store, "import-snapshot", other.toString(), "--replace")).isZero();
        assertThat(run("--store", store, "status")).isZero();
        assertThat(out()).doesNotContain("9 Karten");

        assertThat(run("--store", store, "backups")).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).split("\t")).hasSize(5);
        assertThat(lines.get(0).split("\t")[2]).isEqualTo("before-import");
        String name = lines.get(0).split("\t")[0];

        assertThat(run("--store", store, "restore-backup", name)).isZero();
        assertThat(out()).contains(name, "9 Karten", "werkbank-backup-before-restore-");
        Path after = dir.resolve("after.json");
        assertThat(run("--store", store, "export-snapshot", after.toString())).isZero();
        assertThat(withoutExportTime(after)).isEqualTo(withoutExportTime(before));

        assertThat(run("--store", store, "backups")).isZero();
        assertThat(out().lines().map(l -> l.split("\t")[2]).toList()).containsExactly("before-restore", "before-import");
        assertThat(run("--store", store, "status")).isZero();
        assertThat(out()).contains("9 Karten");
    }

    @Test
    void aDataImportThatOverwritesValuesLeavesABackupAndTheRestoreBringsTheOldValuesBack() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init")).isZero();
        Path added = dir.resolve("new.csv");
        Files.writeString(added, "area_key;indicator;year;value\n05358008;ehrenamtsquote;2018;11,0\n", StandardCharsets.UTF_8);
        assertThat(run("--store", store, "import-data", added.toString())).isZero();
        assertThat(backups()).singleElement().satisfies(b ->
                assertThat(b.getFileName().toString()).startsWith("werkbank-backup-before-data-import-"));

        Path overwriting = dir.resolve("fix.csv");
        Files.writeString(overwriting, "area_key;indicator;year;value;unit;age_group;sex\n"
                + "05358004;bevoelkerung;2009;999;Personen;0-4;m\n", StandardCharsets.UTF_8);
        assertThat(run("--store", store, "import-data", overwriting.toString())).isZero();
        assertThat(value(store)).isEqualByComparingTo("999");
        List<Path> all = backups();
        assertThat(all).hasSize(2);
        List<Path> taken = List.of(all.get(1));
        assertThat(taken.get(0).getFileName().toString()).startsWith("werkbank-backup-before-data-import-");
        if (Files.getFileStore(taken.get(0)).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(taken.get(0)))).isEqualTo("rw-------");
        }

        assertThat(run("--store", store, "restore-backup", taken.get(0).toString())).isZero();
        assertThat(value(store)).isEqualByComparingTo("283");
        assertThat(backups()).hasSize(3);
        for (Path b : backups()) {
            if (Files.getFileStore(b).supportsFileAttributeView("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(b))).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void aBoundaryImportBacksUpFirstEvenWhenItOnlyAdds() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init")).isZero();
        Path file = dir.resolve("ortsteile.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                + "\"EPSG:25832\"}},\"features\":[{\"type\":\"Feature\",\"properties\":{\"KEY\":\"05358008-01\","
                + "\"NAME\":\"Düren-Mitte\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[322000,5630500],"
                + "[323000,5630500],[323000,5631500],[322000,5630500]]]}}]}", StandardCharsets.UTF_8);
        assertThat(run("--store", store, "import-areas", file.toString(), "--key", "KEY", "--name", "NAME",
                "--parent", "05358008")).isZero();
        assertThat(backups()).singleElement().satisfies(b ->
                assertThat(b.getFileName().toString()).startsWith("werkbank-backup-before-areas-import-"));

        assertThat(run("--store", store, "import-areas", file.toString(), "--key", "KEY", "--name", "NAME",
                "--parent", "05358008")).isZero();
        assertThat(backups()).hasSize(2).allSatisfy(b ->
                assertThat(b.getFileName().toString()).startsWith("werkbank-backup-before-areas-import-"));
        assertThat(run("--store", store, "backups")).isZero();
        assertThat(out()).contains("\tbefore-areas-import\t", "vor einem Import von Gebietsgrenzen");
    }

    @Test
    void aSecondProcessRestoresWhileTheStoreIsOpenHereAndThisOneThenReadsTheRestoredPlan() throws Exception {
        String store = dir.resolve("store").toString();
        String empty = dir.resolve("empty").toString();
        assertThat(run("--store", store, "init")).isZero();
        assertThat(run("--store", empty, "init", "--empty")).isZero();
        Path other = dir.resolve("other.json");
        assertThat(run("--store", empty, "export-snapshot", other.toString())).isZero();
        try (Session open = Session.openOrCreate(StoreLocation.in(Path.of(store)))) {
            open.store().replaceContent(de.werkbank.snapshot.Snapshots.read(other), "other.json");
            assertThat(open.store().plan()).isEmpty();
            String name = Backups.list(open.store().location()).get(0).name();
            Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "de.werkbank.app.Launcher", "--store", store,
                    "restore-backup", name)).redirectErrorStream(true).start();
            boolean finished = p.waitFor(120, TimeUnit.SECONDS);
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(finished).as(output).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(output).contains("9 Karten");
            assertThat(open.store().plan().orElseThrow().cards()).hasSize(9);
        }
    }

    @Test
    void onlyTheNewestBackupsAreKeptNewestFirst() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init")).isZero();
        Path snapshot = dir.resolve("plan.json");
        assertThat(run("--store", store, "export-snapshot", snapshot.toString())).isZero();
        System.setProperty("werkbank.backups.keep", "3");
        try {
            for (int i = 0; i < 5; i++) {
                assertThat(run("--store", store, "import-snapshot", snapshot.toString(), "--replace")).isZero();
                Thread.sleep(5);
            }
            assertThat(run("--store", store, "backups")).isZero();
            List<String> listed = out().lines().map(l -> l.split("\t")[0]).toList();
            assertThat(listed).hasSize(3);
            assertThat(listed).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(backups().stream().map(p -> p.getFileName().toString()).sorted(java.util.Comparator.reverseOrder())
                    .toList()).isEqualTo(listed);

            System.setProperty("werkbank.backups.keep", "none");
            assertThat(run("--store", store, "import-snapshot", snapshot.toString(), "--replace")).isEqualTo(1);
            assertThat(err()).contains("WERKBANK_BACKUPS_KEEP", "none");
            assertThat(backups()).hasSize(3);
        } finally {
            System.clearProperty("werkbank.backups.keep");
        }
    }

    @Test
    void aBrokenZipOrAFileThatIsNoBackupIsRefusedAndTheStoreStaysAsItWas() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init")).isZero();
        Path before = dir.resolve("before.json");
        assertThat(run("--store", store, "export-snapshot", before.toString())).isZero();

        Path notZip = dir.resolve("werkbank-backup-before-import-20260101-120000-000.zip");
        Files.writeString(notZip, "PK\u0003\u0004 this is no zip at all", StandardCharsets.UTF_8);
        assertThat(run("--store", store, "restore-backup", notZip.toString())).isEqualTo(1);
        assertThat(err()).contains(notZip.getFileName().toString(), "kein lesbares ZIP-Archiv", "bleibt unverändert");

        Path otherZip = dir.resolve("photos.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(otherZip))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("holiday.jpg"));
            zip.write(new byte[] {1, 2, 3});
        }
        assertThat(run("--store", store, "restore-backup", otherZip.toString())).isEqualTo(1);
        assertThat(err()).contains("photos.zip ist keine Werkbank-Sicherung");

        Path fakeDatabase = dir.resolve("fake.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(fakeDatabase))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("werkbank.mv.db"));
            zip.write("not a database".repeat(500).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(run("--store", store, "restore-backup", fakeDatabase.toString())).isEqualTo(1);
        assertThat(err()).contains("fake.zip", "bleibt unverändert").doesNotContain("Exception");

        assertThat(run("--store", store, "restore-backup", "werkbank-backup-nothing.zip")).isEqualTo(1);
        assertThat(err()).contains("werkbank-backup-nothing.zip", "backups");
        assertThat(run("--store", store, "restore-backup")).isEqualTo(2);

        assertThat(backups()).isEmpty();
        try (Stream<Path> left = Files.list(dir.resolve("store"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("restore-"));
        }
        Path after = dir.resolve("after.json");
        assertThat(run("--store", store, "export-snapshot", after.toString())).isZero();
        assertThat(withoutExportTime(after)).isEqualTo(withoutExportTime(before));
    }

    private List<Path> backups() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("store"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("werkbank-backup-")).sorted().toList();
        }
    }

    private static BigDecimal value(String store) {
        try (Store s = Store.open(StoreLocation.in(Path.of(store)))) {
            return s.values("bevoelkerung").stream()
                    .filter(o -> o.areaKey().equals("05358004") && o.year() == 2009 && o.ageGroup().equals("0-4")
                            && o.sex().code().equals("m"))
                    .findFirst().orElseThrow().value();
        }
    }

    /** The snapshot's text without the line that says when it was exported. */
    private static String withoutExportTime(Path snapshot) throws Exception {
        return Files.readString(snapshot).lines().filter(l -> !l.contains("\"exportedAt\"")).reduce("", (a, b) -> a + b + "\n");
    }
}
