package de.werkbank.bench;

import de.werkbank.catalogue.CatalogueImport;
import de.werkbank.catalogue.CatalogueTable;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.edit.ImportCatalogue;
import de.werkbank.plan.PlanEditor;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalogue CSV of 5,000 and one of 50,000 new tools (generated, fixed), each imported as
 * {@code import-catalogue} does it — read, preview, stored as one step — into a new store made like
 * {@code init --empty} (making it is not timed). The two sizes are timed in turns after warming up,
 * so the ratio shows whether the import grows linearly (10 for linear, 100 for quadratic).
 */
final class CatalogueBench implements Benchmark {

    private static final int SMALL = 5_000;
    private static final int LARGE = 50_000;
    private static final int RUNS = 5;
    private static final int WARM_UP = 2;

    @Override
    public Map<String, Object> run() throws Exception {
        Path dir = Files.createTempDirectory("werkbank-bench-catalogue");
        List<String> fields;
        try (Store store = newStore(dir.resolve("fields"))) {
            fields = store.catalogue().handlungsfelder().stream().map(Handlungsfeld::key).toList();
        }
        Path small = csv(dir.resolve("small.csv"), SMALL, fields);
        Path large = csv(dir.resolve("large.csv"), LARGE, fields);
        double[] smallMs = new double[RUNS];
        double[] largeMs = new double[RUNS];
        int store = 0;
        for (int round = -WARM_UP; round < RUNS; round++) {
            double s = timeImport(dir.resolve("s" + store), small, SMALL);
            double l = timeImport(dir.resolve("l" + store), large, LARGE);
            store++;
            if (round >= 0) {
                smallMs[round] = s;
                largeMs[round] = l;
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("import_5k_ms", BenchReport.median(smallMs));
        figures.put("import_50k_ms", BenchReport.median(largeMs));
        double ratio = BenchReport.median(largeMs) / BenchReport.median(smallMs);
        figures.put("ratio_50k_to_5k", Math.round(ratio * 100) / 100.0);
        return figures;
    }

    private static Store newStore(Path dir) {
        return Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.EMPTY));
    }

    /** Imports {@code file} into a new store; the time of reading, previewing and storing it, in ms. */
    private static double timeImport(Path dir, Path file, int rows) {
        try (Store store = newStore(dir)) {
            long start = System.nanoTime();
            CatalogueImport.Preview preview = CatalogueImport.preview(store.catalogue(), CatalogueTable.read(file));
            preview.refuseProblems();
            new PlanEditor(store, () -> "bench", Clock.systemUTC()).execute(new ImportCatalogue(preview));
            double ms = (System.nanoTime() - start) / 1e6;
            if (store.catalogue().werkzeuge().size() < rows) {
                throw new IllegalStateException("the import stored fewer tools than the file holds");
            }
            return ms;
        }
    }

    /** A catalogue CSV of {@code rows} new tools (no ids: each gets the next free one). */
    private static Path csv(Path file, int rows, List<String> fields) throws Exception {
        StringBuilder text = new StringBuilder("\uFEFFID;Titel;Beschreibung;Handlungsfeld;Art;Zielgruppen;Federführung;Schlagwörter\r\n");
        for (int i = 0; i < rows; i++) {
            text.append(';').append("Werkzeug ").append(i).append(';')
                    .append("Beschreibung des Werkzeugs ").append(i).append(", mit etwas Text, wie ein Katalog ihn hat.;")
                    .append(fields.get(i % fields.size())).append(';').append(i % 2 == 0 ? "blau" : "grün").append(';')
                    .append("Familien, Ältere;Amt ").append(i % 40).append(";tag").append(i % 100).append(", Beispiel\r\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
