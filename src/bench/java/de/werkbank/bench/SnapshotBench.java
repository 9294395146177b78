package de.werkbank.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Snapshots of a generated plan (fixed seed): 10,000 cards, 5 steps per card with a sheet, 50,000
 * history entries. Encode and decode (with the schema and reference checks) against plain Jackson
 * data binding of the same document, and export/import through a store.
 */
final class SnapshotBench implements Benchmark {

    private static final int CARDS = 10_000;
    private static final int RUNS = 5;
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
        ObjectMapper plain = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        SnapshotDocument doc = plain.readValue(json, SnapshotDocument.class);

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("cards", CARDS);
        figures.put("bytes", json.length);
        figures.put("encode_ms", time(() -> SnapshotCodec.encode(content, NOW, "bench", true)));
        figures.put("decode_ms", time(() -> SnapshotCodec.decode(json)));
        figures.put("jackson_write_ms", time(() -> plain.writeValueAsBytes(doc)));
        figures.put("jackson_read_ms", time(() -> plain.readValue(json, SnapshotDocument.class)));
        Path dir = Files.createTempDirectory("werkbank-bench-snapshot");
        Path file = dir.resolve("plan.json");
        Files.write(file, json);
        try (Store store = Store.create(StoreLocation.in(dir.resolve("store")), tx -> Seeder.seed(tx, Seeder.Content.EMPTY))) {
            figures.put("import_ms", time(() -> Snapshots.importInto(store, file, true)));
            figures.put("export_ms", time(() -> Snapshots.export(store, dir.resolve("out.json"), NOW, "bench", true)));
        }
        double ratio = ((double) figures.get("encode_ms") + (double) figures.get("decode_ms"))
                / ((double) figures.get("jackson_write_ms") + (double) figures.get("jackson_read_ms"));
        figures.put("codec_vs_jackson_ratio", Math.round(ratio * 100) / 100.0);
        return figures;
    }

    /** The median of {@value #RUNS} runs after two warm-up runs, in milliseconds. */
    private static double time(Work work) throws Exception {
        work.run();
        work.run();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return BenchReport.median(ms);
    }
}
