package de.werkbank.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.area.Area;
import de.werkbank.catalogue.CatalogueImport;
import de.werkbank.catalogue.CatalogueTable;
import de.werkbank.catalogue.edit.ImportCatalogue;
import de.werkbank.datencheck.ColumnMapping;
import de.werkbank.datencheck.DataImport;
import de.werkbank.fuzz.Mutations.Kind;
import de.werkbank.geo.BoundaryImport;
import de.werkbank.plan.PlanEditor;
import de.werkbank.seed.Seeder;
import de.werkbank.snapshot.GeneratedContent;
import de.werkbank.snapshot.SnapshotCodec;
import de.werkbank.snapshot.Snapshots;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken files of every kind the readers take, imported as the command line imports them (the
 * services its commands call, on one store per format): each is stored or refused with a message a
 * user can read, never another exception, a hang or an exhausted heap, and a refused one leaves the
 * store as it was. Fixed seeds: a failure is repeated by running the test again.
 */
class ReaderFuzzTest {

    private static final Charset LATIN1 = Charset.forName("windows-1252");
    private static final List<Kind> JSON = Stream.concat(Mutations.TEXT.stream(), Stream.of(Kind.DEEP_NESTING)).toList();
    private static final BoundaryImport.Options AREAS = new BoundaryImport.Options("AGS", "GEN", "05358000", null, null);

    private static final List<FuzzRun.Result> RESULTS = new java.util.concurrent.CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    /** The totals; when every format ran, at least 1,000 inputs and every kind of mutation among them. */
    @AfterAll
    static void totals() {
        int inputs = RESULTS.stream().mapToInt(FuzzRun.Result::inputs).sum();
        long millis = RESULTS.stream().mapToLong(FuzzRun.Result::millis).sum();
        System.out.printf("fuzz total: %d inputs in %d formats, %d accepted, %d refused, %d ms%n", inputs, RESULTS.size(),
                RESULTS.stream().mapToInt(FuzzRun.Result::accepted).sum(),
                RESULTS.stream().mapToInt(FuzzRun.Result::refused).sum(), millis);
        if (RESULTS.size() >= 8) {
            assertThat(inputs).isGreaterThanOrEqualTo(1_000);
            assertThat(RESULTS.stream().flatMap(r -> r.kinds().keySet().stream()).distinct())
                    .containsExactlyInAnyOrder(Kind.values());
        }
    }

    @Test
    void tidyCsv() throws Exception {
        List<FuzzInput.Seed> seeds = List.of(
                csv("alter-tidy.csv", lines("sample-data/datencheck/bevoelkerung_altersgruppen.csv", 41), StandardCharsets.UTF_8),
                csv("bewegung-tidy.csv", lines("sample-data/datencheck/bewegungen.csv", 31), StandardCharsets.UTF_8),
                csv("quote-tidy.csv", ("area_key;indicator;indicator_name;year;value;unit\n"
                        + "05358008;ehrenamtsquote;Ehrenamtsquote für Ältere;2018;11,5;%\n"
                        + "05358004;ehrenamtsquote;;2018;1.234,5;%\n05358012;ehrenamtsquote;;2018;x;%\n").getBytes(LATIN1), LATIN1));
        check(run("tidy CSV", datencheckStore(), TextInputs.of("tidy", seeds, Mutations.TEXT, 160, 16_01),
                (d, in) -> DataImport.importFile(store, d.resolve(in.main()), null, null, Instant.now())), Mutations.TEXT);
    }

    @Test
    void officeCsvWithAMapping() throws Exception {
        check(run("office CSV", datencheckStore(), TextInputs.of("office", officeSeeds(false), Mutations.TEXT, 130, 16_02),
                this::importOffice), Mutations.TEXT);
    }

    @Test
    void mappingJson() throws Exception {
        check(run("mapping JSON", datencheckStore(), TextInputs.of("mapping", officeSeeds(true), JSON, 120, 16_03),
                this::importOffice), JSON);
    }

    @Test
    void geoJson() throws Exception {
        byte[] utm = ("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:25832\"}},"
                + "\"source\":\"Vermessung Kreis Düren\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"AGS\":\"05358008\","
                + "\"GEN\":\"Düren\"},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[[322000,5630500],[323000,5630500],"
                + "[323000,5631500],[322000,5630500]],[[322400,5630600],[322600,5630600],[322600,5630800],[322400,5630600]]]]}},"
                + "{\"type\":\"Feature\",\"properties\":{\"AGS\":5358099,\"GEN\":\"Neuort\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[324000,5630500],[325000,5630500],[325000,5631500],[324000,5630500]]]}}]}")
                .getBytes(StandardCharsets.UTF_8);
        List<FuzzInput.Seed> seeds = List.of(
                csv("karte-schema.geojson", Files.readAllBytes(Path.of("sample-data/karten/kreis-dueren-schematisch.geojson")),
                        StandardCharsets.UTF_8),
                csv("ortsteile-utm.geojson", utm, StandardCharsets.UTF_8));
        check(run("GeoJSON", datencheckStore(), TextInputs.of("geojson", seeds, JSON, 160, 16_04),
                (d, in) -> BoundaryImport.importFile(store, d.resolve(in.main()), AREAS, Instant.now())), JSON);
    }

    @Test
    void shapefile() throws Exception {
        check(run("shapefile", datencheckStore(), ShapefileInputs.of(Files.createDirectories(dir.resolve("seeds")), 180, 16_05),
                (d, in) -> BoundaryImport.importFile(store, d.resolve(in.main()), AREAS, Instant.now())), ShapefileInputs.KINDS);
    }

    @Test
    void snapshotJson() throws Exception {
        byte[] snapshot = SnapshotCodec.encode(GeneratedContent.of(7, 8, 2, 10), Instant.parse("2026-12-01T10:00:00Z"), "0.1.0", true);
        List<FuzzInput.Seed> seeds = List.of(csv("plan-2026.json", snapshot, StandardCharsets.UTF_8));
        store = emptyStore();
        Snapshots.importInto(store, write("plan-2026.json", snapshot), true);
        check(run("snapshot JSON", store, TextInputs.of("snapshot", seeds, JSON, 130, 16_06),
                (d, in) -> Snapshots.importInto(store, d.resolve(in.main()), true)), JSON);
    }

    @Test
    void catalogueCsv() throws Exception {
        store = catalogueStore();
        Path file = dir.resolve("werkzeuge-fuzz.csv");
        CatalogueTable.write(store.catalogue(), file);
        List<FuzzInput.Seed> seeds = List.of(csv(file.getFileName().toString(), Files.readAllBytes(file), StandardCharsets.UTF_8));
        check(run("catalogue CSV", store, TextInputs.of("catalogue csv", seeds, Mutations.TEXT, 130, 16_07),
                this::importCatalogue), Mutations.TEXT);
    }

    @Test
    void catalogueXlsx() throws Exception {
        store = catalogueStore();
        Path file = dir.resolve("werkzeuge-fuzz.xlsx");
        CatalogueTable.write(store.catalogue(), file);
        check(run("catalogue xlsx", store, XlsxInputs.of(file.getFileName().toString(), Files.readAllBytes(file), 130, 16_08),
                this::importCatalogue), XlsxInputs.KINDS);
    }

    @Test
    void trelloJson() throws Exception {
        byte[] board;
        try (var in = getClass().getResourceAsStream("/intake/trello-demografiewerkstatt.json")) {
            board = in.readAllBytes();
        }
        store = catalogueStore();
        List<FuzzInput.Seed> seeds = List.of(csv("board.json", board, StandardCharsets.UTF_8));
        check(run("Trello JSON", store, TextInputs.of("trello", seeds, JSON, 130, 16_09), this::importMeasures), JSON);
    }

    @Test
    void plannerXlsx() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        var book = new org.dhatim.fastexcel.Workbook(out, "Microsoft Excel", "1.0");
        var ws = book.newWorksheet("Aufgaben");
        ws.value(0, 0, "Planname");
        ws.value(0, 1, "Demografiewerkstatt");
        ws.value(1, 0, "Exportdatum");
        ws.value(1, 1, "01.06.2026");
        String[] headings = {"Aufgaben-ID", "Aufgabenname", "Bucketname", "Status", "Zugewiesen an", "Startdatum",
            "Fälligkeitsdatum", "Erledigte Checklistenelemente", "Checklistenelemente", "Bezeichnungen", "Beschreibung"};
        for (int c = 0; c < headings.length; c++) {
            ws.value(3, c, headings[c]);
        }
        for (int r = 4; r < 12; r++) {
            ws.value(r, 0, "t" + r);
            ws.value(r, 1, "Maßnahme Nr. " + r + " für Düren");
            ws.value(r, 2, r % 2 == 0 ? "In Planung" : "Mobilität");
            ws.value(r, 3, r % 3 == 0 ? "Abgeschlossen" : "In Bearbeitung");
            ws.value(r, 5, java.time.LocalDate.of(2026, 1 + r % 12, 1));
            ws.style(r, 5).format("dd.MM.yyyy").set();
            ws.value(r, 6, "30.12.2027");
            ws.value(r, 7, "1/2");
            ws.value(r, 8, "Erster Schritt;Zweiter Schritt");
            ws.value(r, 9, "Bildung;Dringend");
            ws.value(r, 10, "Beschreibung mit Umlauten äöü");
        }
        book.finish();
        store = catalogueStore();
        check(run("Planner xlsx", store, XlsxInputs.of("plan.xlsx", out.toByteArray(), 130, 16_10), this::importMeasures),
                XlsxInputs.KINDS);
    }

    /** As {@code import-measures FILE}: read, plan, refuse problems, store as one step of the history. */
    private void importMeasures(Path d, FuzzInput in) {
        var source = de.werkbank.intake.MeasureFiles.read(d.resolve(in.main()), java.util.Optional.empty(),
                de.werkbank.intake.IntakeMapping.none());
        var plan = de.werkbank.intake.MeasureImport.plan(source, de.werkbank.intake.IntakeContext.of(store),
                new de.werkbank.intake.IntakeOptions(null, null, true, Instant.now()));
        plan.refuseProblems();
        if (!plan.changesNothing()) {
            new PlanEditor(store, () -> "fuzz", Clock.systemDefaultZone())
                    .execute(de.werkbank.intake.ImportMeasures.of(plan));
        }
    }

    // --- the stores and imports ---------------------------------------------------------------------------------

    private Store store;

    /** As {@code import-data FILE --mapping M.json}. */
    private void importOffice(Path d, FuzzInput in) {
        String mapping = in.files().keySet().stream().filter(n -> n.endsWith(".json")).findFirst().orElseThrow();
        DataImport.importFile(store, d.resolve(in.main()), d.resolve(mapping), null, Instant.now());
    }

    /** As {@code import-catalogue FILE}: read, preview, refuse problems, store as one step of the history. */
    private void importCatalogue(Path d, FuzzInput in) {
        CatalogueTable.Content content = CatalogueTable.read(d.resolve(in.main()));
        CatalogueImport.Preview preview = CatalogueImport.preview(store.catalogue(), content);
        preview.refuseProblems();
        if (!preview.changesNothing()) {
            new PlanEditor(store, () -> "fuzz", Clock.systemDefaultZone()).execute(new ImportCatalogue(preview));
        }
    }

    private FuzzRun.Result run(String format, Store on, List<FuzzInput> inputs, FuzzRun.Import importer) throws Exception {
        store = on;
        try (on) {
            FuzzRun.Result result = FuzzRun.run(format, on, Files.createDirectories(dir.resolve("inputs")), inputs, importer);
            System.out.println(result.line());
            return result;
        }
    }

    private static void check(FuzzRun.Result result, List<Kind> kinds) {
        RESULTS.add(result);
        assertThat(result.inputs()).isGreaterThanOrEqualTo(100);
        assertThat(result.kinds().keySet()).as("mutations used").containsAll(EnumSet.copyOf(kinds));
        assertThat(result.failures()).as(result.format() + ": inputs not refused as they should be").isEmpty();
    }

    private Store emptyStore() {
        return Store.create(StoreLocation.in(dir.resolve("store")), tx -> Seeder.seed(tx, Seeder.Content.EMPTY));
    }

    /** A store with the Kreis and its 15 Kommunen, for values and boundaries. */
    private Store datencheckStore() {
        return Store.create(StoreLocation.in(dir.resolve("store")), tx -> {
            Seeder.seed(tx, Seeder.Content.EMPTY);
            List<Area> areas = new ArrayList<>();
            areas.add(new Area(UUID.randomUUID(), "05358000", "Kreis Düren", Area.Level.KREIS, null));
            for (int i = 1; i <= 15; i++) {
                areas.add(new Area(UUID.randomUUID(), String.format("05358%03d", 4 * i), "Kommune " + i, Area.Level.KOMMUNE,
                        "05358000"));
            }
            tx.areas().addAll(areas);
        });
    }

    /** A store holding the catalogue of a generated plan (100 tools). */
    private Store catalogueStore() {
        Store s = emptyStore();
        s.replaceContent(GeneratedContent.of(7, 8, 2, 10), "seed");
        return s;
    }

    /** The two office tables with their mappings; {@code damageMapping} picks which file is damaged. */
    private List<FuzzInput.Seed> officeSeeds(boolean damageMapping) throws Exception {
        byte[] landesdb = Files.readAllBytes(Path.of("sample-data/datencheck/bevoelkerung_landesdatenbank.csv"));
        byte[] landesMapping = Files.readAllBytes(Path.of("sample-data/datencheck/landesdatenbank-mapping.json"));
        byte[] genesis;
        try (var in = getClass().getResourceAsStream("/datencheck/genesis-12411-01-01-4.csv")) {
            genesis = in.readAllBytes();
        }
        Path genesisMapping = dir.resolve("genesis-mapping.json");
        DataImport.saveMapping(new ColumnMapping(";", 6, 0, "#1", 8, null, null, null, null, List.of(
                new ColumnMapping.ValueColumn("#3", "bevoelkerung", "insgesamt", "", "Personen"),
                new ColumnMapping.ValueColumn("#4", "bevoelkerung", "insgesamt", "", "Personen"),
                new ColumnMapping.ValueColumn("#5", "bevoelkerung", "m", "", "Personen")), 5), genesisMapping);
        return List.of(
                new FuzzInput.Seed("landesdb-office.csv", damageMapping ? "landesdb-mapping.json" : "landesdb-office.csv",
                        damageMapping ? StandardCharsets.UTF_8 : LATIN1,
                        Map.of("landesdb-office.csv", landesdb, "landesdb-mapping.json", landesMapping)),
                new FuzzInput.Seed("genesis-office.csv", damageMapping ? "genesis-mapping.json" : "genesis-office.csv",
                        damageMapping ? StandardCharsets.UTF_8 : LATIN1,
                        Map.of("genesis-office.csv", genesis, "genesis-mapping.json", Files.readAllBytes(genesisMapping))));
    }

    private static FuzzInput.Seed csv(String name, byte[] bytes, Charset charset) {
        return new FuzzInput.Seed(name, name, charset, Map.of(name, bytes));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] lines(String file, int n) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        return (String.join("\n", lines.subList(0, n)) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
