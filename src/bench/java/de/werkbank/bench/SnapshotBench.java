package de.werkbank.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.werkbank.content.StoreContent;
import de.werkbank.seed.Seeder;
import de.werkbank.snapshot.GeneratedContent;
import de.werkbank.snapshot.SnapshotCodec;
import de.werkbank.snapshot.SnapshotDocument;
import de.werkbank.snapshot.Snapshots;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Snapshots of a generated plan (fixed seed): 10,000 cards, 5 steps per card with a sheet, 50,000
 * history entries. Encode, and decode as an import runs it (strict data binding, then
 * {@code SnapshotCheck}'s sizes, required values, ids and references; the JSON Schema is not run, the
 * tests hold the files against it), against plain Jackson data binding of the same document; export
 * from a store just opened, and import into a store that holds a plan of the same size (the backup
 * it takes first included), as a user replaces one plan by another.
 */
final class SnapshotBench implements Benchmark {

    private static final int CARDS = 10_000;
    private static final int RUNS = 7;
    private static final int WARM_UP = 3;
    private static final int IMPORT_WARM_UP = 5;
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    /** A timed piece of work. */
    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    @Override
    public Map<String, Object> run() throws Exception {
        StoreContent content = GeneratedContent.of(2026, CARDS, 5, 50_000);
        byte[] json = SnapshotCodec.encode(content, NOW, "bench", true);
        // plain data binding of the same document writing the same text (sorted keys, objects and
        // arrays indented by two spaces, plain decimals) and reading it back, with no checks
        ObjectMapper plain = JsonMapper.builder().addModule(new JavaTimeModule())
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        ObjectWriter plainWriter = plain.writer(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
        SnapshotDocument doc = plain.readValue(json, SnapshotDocument.class);
        byte[] plainJson = plainWriter.writeValueAsBytes(doc);
        if (!Arrays.equals(plainJson, Arrays.copyOf(json, json.length - 1))) {
            throw new IllegalStateException("the baseline does not write the same text as the codec");
        }

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("cards", CARDS);
        figures.put("bytes", json.length);
        // the four are timed in turns, after warming up all of them: each gets the same warm JIT and the
        // same share of the machine's noise (timed one after the other, the later ones ran on code the
        // earlier ones had warmed, as Jackson's reading runs inside the codec's decoding)
        double[][] ms = interleaved(
                () -> SnapshotCodec.encode(content, NOW, "bench", true),
                () -> SnapshotCodec.decode(json),
                () -> plainWriter.writeValueAsBytes(doc),
                () -> plain.readValue(json, SnapshotDocument.class));
        figures.put("encode_ms", BenchReport.median(ms[0]));
        figures.put("decode_ms", BenchReport.median(ms[1]));
        figures.put("jackson_write_ms", BenchReport.median(ms[2]));
        figures.put("jackson_read_ms", BenchReport.median(ms[3]));
        Path dir = Files.createTempDirectory("werkbank-bench-snapshot");
        Path file = dir.resolve("plan.json");
        Files.write(file, json);
        // the store every import replaces: the same plan, from another snapshot of it
        Path full = dir.resolve("full");
        try (Store store = Store.create(StoreLocation.in(full), tx -> Seeder.seed(tx, Seeder.Content.EMPTY))) {
            store.replaceContent(GeneratedContent.of(2027, CARDS, 5, 50_000), "bench");
        }
        figures.put("import_ms", timeImports(dir, full, file));
        figures.put("export_ms", timeExports(dir));
        double ratio = ((double) figures.get("encode_ms") + (double) figures.get("decode_ms"))
                / ((double) figures.get("jackson_write_ms") + (double) figures.get("jackson_read_ms"));
        figures.put("codec_vs_jackson_ratio", Math.round(ratio * 100) / 100.0);
        return figures;
    }

    /**
     * Imports into a copy of the full store each time (copying it is not timed), replacing its plan: the
     * median of {@value #RUNS} runs after {@value #IMPORT_WARM_UP} warm-up runs, in milliseconds. The
     * database's code needs more rounds than the codec's to be compiled: after two, an import still
     * took twice as long as after five.
     */
    private static double timeImports(Path dir, Path full, Path file) {
        double[] ms = new double[RUNS];
        for (int i = -IMPORT_WARM_UP; i < RUNS; i++) {
            StoreLocation target = BoardPlan.copy(full, dir.resolve("import-" + (i + IMPORT_WARM_UP)));
            try (Store store = Store.open(target)) {
                long start = System.nanoTime();
                Optional<Path> backup = Snapshots.importInto(store, file, true);
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
                if (backup.isEmpty() || store.plan().orElseThrow().cards().isEmpty()) {
                    throw new IllegalStateException("the import took no backup or stored no plan");
                }
            }
        }
        return BenchReport.median(ms);
    }

    /**
     * Exports from an imported store opened just before (opening it is not timed), so no query is
     * answered from H2's caches: the median of {@value #RUNS} runs after two warm-up runs, on other stores.
     */
    private static double timeExports(Path dir) throws Exception {
        double[] ms = new double[RUNS];
        for (int i = -2; i < RUNS; i++) {
            try (Store store = Store.open(StoreLocation.in(dir.resolve("import-" + (i + 2))))) {
                long start = System.nanoTime();
                Snapshots.export(store, dir.resolve("out.json"), NOW, "bench", true);
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        return BenchReport.median(ms);
    }

    /**
     * The times of {@value #RUNS} rounds in which each work runs once, in turn, after {@value #WARM_UP}
     * such rounds: per work, in milliseconds.
     */
    private static double[][] interleaved(Work... works) throws Exception {
        double[][] ms = new double[works.length][RUNS];
        for (int round = -WARM_UP; round < RUNS; round++) {
            for (int w = 0; w < works.length; w++) {
                long start = System.nanoTime();
                works[w].run();
                if (round >= 0) {
                    ms[w][round] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        return ms;
    }
}
