package de.werkbank.bench;

import de.werkbank.plan.Card;
import de.werkbank.plan.MoveCard;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanChange;
import de.werkbank.plan.PlanColumn;
import de.werkbank.plan.PlanEditor;
import de.werkbank.snapshot.SnapshotCodec;
import de.werkbank.store.SharedListener;
import de.werkbank.store.SharedStoreUrl;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The shared store (ADR 24) on a throwaway PostgreSQL cluster of its own ({@code .ci/postgres-cluster},
 * on 127.0.0.1, removed afterwards): the board's plan of 10,000 cards with a sheet of 5 steps each,
 * copied there by {@code copy-store} ({@code copy_10k_ms}); {@code open_10k_ms} — a store opened and
 * the plan and sheet outlines read, as the board does; {@code move_p50_ms}, {@code move_p95_ms} — a
 * card moved through the editor (200 after 50 warm-up); {@code notify_p95_ms} — a move in one client
 * until the other client's editor has heard it (100 moves); and the same opening and moves on the H2
 * store ({@code h2_…}) in the same run.
 */
final class SharedBench implements Benchmark {

    private static final int CARDS = 10_000;
    private static final int WARM_UP = 50;
    private static final int MOVES = 200;
    private static final int NOTICES = 100;

    @Override
    public Map<String, Object> run() throws Exception {
        Path work = Files.createTempDirectory("werkbank-shared-bench");
        Process start = new ProcessBuilder("bash", ".ci/postgres-cluster", "start")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> cluster = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (start.waitFor() != 0 || cluster.size() < 3) {
            throw new IllegalStateException("no PostgreSQL cluster could be started (.ci/postgres-cluster start)");
        }
        try {
            return measure(work, SharedStoreUrl.parse(cluster.get(0)), cluster.get(1));
        } finally {
            new ProcessBuilder("bash", ".ci/postgres-cluster", "stop", cluster.get(2)).inheritIO().start().waitFor();
        }
    }

    private Map<String, Object> measure(Path work, SharedStoreUrl server, String password) throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        StoreLocation local = BoardPlan.create(work.resolve("h2"), CARDS, LocalDate.now());
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), password);
             Statement s = c.createStatement()) {
            s.execute("create database werkbank");
        }
        StoreLocation shared = StoreLocation.shared(
                new SharedStoreUrl(server.host(), server.port(), "werkbank", server.user(), server.parameters()), password);
        long t = System.nanoTime();
        try (Store h2 = Store.open(local); Store copy = h2.copyTo(shared,
                content -> SnapshotCodec.encode(content, Instant.EPOCH, "", true))) {
            figures.put("copy_10k_ms", ms(t));
            figures.put("cards", copy.plan().orElseThrow().cards().size());
        }
        figures.put("open_10k_ms", open(shared));
        figures.put("h2_open_10k_ms", open(local));
        try (Store store = Store.open(shared)) {
            double[] moves = moves(store);
            figures.put("move_p50_ms", BenchReport.percentile(moves, 50));
            figures.put("move_p95_ms", BenchReport.percentile(moves, 95));
        }
        try (Store store = Store.open(local)) {
            double[] moves = moves(store);
            figures.put("h2_move_p50_ms", BenchReport.percentile(moves, 50));
            figures.put("h2_move_p95_ms", BenchReport.percentile(moves, 95));
        }
        double[] notices = notices(shared);
        figures.put("notify_p50_ms", BenchReport.percentile(notices, 50));
        figures.put("notify_p95_ms", BenchReport.percentile(notices, 95));
        deleteQuietly(work);
        return figures;
    }

    /** The median of 3 openings after one warm-up. */
    private static double open(StoreLocation location) {
        double[] times = new double[3];
        for (int i = -1; i < times.length; i++) {
            long t = System.nanoTime();
            try (Store store = Store.open(location)) {
                store.plan().orElseThrow();
                store.sheetOutlines();
            }
            if (i >= 0) {
                times[i] = ms(t);
            }
        }
        return BenchReport.median(times);
    }

    private static double[] moves(Store store) {
        PlanEditor editor = new PlanEditor(store, () -> "bench", Clock.systemUTC());
        Plan plan = store.plan().orElseThrow();
        Random random = new Random(20261202L);
        double[] times = new double[MOVES];
        for (int i = -WARM_UP; i < MOVES; i++) {
            Card card = plan.cards().get(random.nextInt(plan.cards().size()));
            Card current = store.card(card.id()).orElseThrow();
            PlanColumn target = plan.columns().get(random.nextInt(plan.columns().size()));
            long t = System.nanoTime();
            editor.execute(new MoveCard(current, target, random.nextInt(20)));
            if (i >= 0) {
                times[i] = ms(t);
            }
        }
        return times;
    }

    private static double[] notices(StoreLocation shared) throws Exception {
        try (Store anna = Store.open(shared); Store ben = Store.open(shared)) {
            PlanEditor annasEditor = new PlanEditor(anna, () -> "anna", Clock.systemUTC());
            PlanEditor bensEditor = new PlanEditor(ben, () -> "ben", Clock.systemUTC());
            BlockingQueue<PlanChange> heard = new LinkedBlockingQueue<>();
            bensEditor.addListener(heard::add);
            Plan plan = anna.plan().orElseThrow();
            Random random = new Random(7);
            double[] times = new double[NOTICES];
            try (SharedListener ear = ben.listen(c -> c.ifPresent(bensEditor::changedElsewhere), up -> { }).orElseThrow()) {
                for (int i = 0; i < NOTICES; i++) {
                    Card card = anna.card(plan.cards().get(random.nextInt(plan.cards().size())).id()).orElseThrow();
                    PlanColumn target = plan.columns().get(random.nextInt(plan.columns().size()));
                    long t = System.nanoTime();
                    annasEditor.execute(new MoveCard(card, target, 0));
                    PlanChange change = heard.poll(5, TimeUnit.SECONDS);
                    if (change == null || !change.cards().contains(card.id())) {
                        throw new IllegalStateException("the other client did not hear move " + i);
                    }
                    times[i] = ms(t);
                }
            }
            return times;
        }
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }
}
