package de.werkbank.crash;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.app.Launcher;
import de.werkbank.content.StoreContent;
import de.werkbank.plan.HistoryEntry;
import de.werkbank.plan.PlanColumn;
import de.werkbank.sheet.Step;
import java.util.Map;
import java.util.UUID;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills the command line's imports mid-way (SIGKILL) and checks that the store then opens and holds
 * either the content from before the import or the imported one, never a mix.
 */
class CrashImportTest {

    private static final int KILLS = 10;

    @TempDir
    static Path tmp;
    private static Path pristine;

    @BeforeAll
    static void initStore() {
        pristine = tmp.resolve("pristine");
        Store.create(StoreLocation.in(pristine), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE)).close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"import-snapshot", "import-catalogue", "import-data", "import-areas", "import-measures"})
    void anImportKilledMidWayLeavesTheOldOrTheNewContent(String command) throws Exception {
        String before = fingerprint(pristine);
        // an input large enough that the import runs at least a second, its transaction at least 400 ms
        List<String> args = null;
        String after = null;
        long millis = 0;
        long transaction = 0;
        for (int scale = 1; scale <= 16 && (millis < 1000 || transaction < 400); scale *= 2) {
            args = arguments(command, scale);
            Path dir = copy(pristine, tmp.resolve(command + "-whole-" + scale));
            Path journal = dir.resolve("werkbank.import-in-progress");
            long start = System.nanoTime();
            ChildProcess child = run(dir, args);
            // how long the import's transaction runs: while its journal note exists
            while (!Files.exists(journal) && child.alive()) {
                Thread.sleep(1);
            }
            long begun = System.nanoTime();
            while (Files.exists(journal) && child.alive()) {
                Thread.sleep(1);
            }
            transaction = (System.nanoTime() - begun) / 1_000_000;
            int code = child.waitFor();
            assertThat(code).as("%s ran: %s", command, child.lines()).isZero();
            millis = (System.nanoTime() - start) / 1_000_000;
            after = fingerprint(dir);
        }
        assertThat(after).isNotEqualTo(before);

        Random random = new Random(command.hashCode());
        int inside = 0;
        int olds = 0;
        int news = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Path dir = copy(pristine, tmp.resolve(command + "-" + kill));
            Path journal = dir.resolve("werkbank.import-in-progress");
            ChildProcess child = run(dir, args);
            // mostly after the import has begun its transaction, sometimes anywhere
            if (kill % 3 != 2) {
                long deadline = System.currentTimeMillis() + 60_000;
                while (!Files.exists(journal) && child.alive() && System.currentTimeMillis() < deadline) {
                    Thread.sleep(2);
                }
                // within the first half: a loaded machine's sleep overshoots, and this run may be quicker
                Thread.sleep(random.nextInt((int) Math.max(10, transaction / 2)));
            } else {
                Thread.sleep(random.nextInt((int) millis));
            }
            if (Files.exists(journal) && child.alive()) {
                inside++;
            }
            child.kill();
            if (kill % 5 != 0) {
                ChildProcess.clearStaleLock(dir);
            }
            String now = fingerprint(dir);
            assertThat(now).as("after kill %d of %s", kill, command).isIn(before, after);
            if (now.equals(before)) {
                olds++;
            } else {
                news++;
            }
        }
        System.out.printf("CrashImportTest %s: %d kills (%d inside the import's transaction), %d old, %d new,"
                + " 0 mixed; an uninterrupted import took %d ms, its transaction %d ms%n", command, KILLS, inside, olds, news,
                millis, transaction);
        assertThat(inside).as("kills inside the import").isGreaterThanOrEqualTo(KILLS / 2);
    }

    private List<String> arguments(String command, int scale) throws IOException {
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        try (Store store = Store.open(StoreLocation.in(pristine))) {
            return switch (command) {
                case "import-snapshot" -> List.of(command, ImportInputs.snapshot(inputs, scale).toString(), "--replace");
                case "import-catalogue" -> List.of(command, ImportInputs.catalogue(store, inputs, scale).toString());
                case "import-data" -> List.of(command, ImportInputs.data(store, inputs, scale).toString());
                case "import-measures" -> List.of(command, ImportInputs.measures(inputs, scale).toString());
                default -> List.of(command, ImportInputs.areas(inputs, scale).toString(), "--key", "KEY",
                        "--name", "NAME", "--parent", "05358000");
            };
        }
    }

    private static ChildProcess run(Path dir, List<String> args) throws IOException {
        String[] all = Stream.concat(Stream.of("--store", dir.toString()), args.stream()).toArray(String[]::new);
        return ChildProcess.start(Launcher.class, dir.resolveSibling(dir.getFileName() + ".log"), all);
    }

    /**
     * Everything the five imports change — catalogue, plan, sheets, history, Datencheck, areas,
     * boundaries — without what differs between two runs of the same import (new ids, times).
     */
    private static String fingerprint(Path dir) {
        try (Store store = Store.open(StoreLocation.in(dir))) {
            StoreContent content = store.content();
            Map<UUID, String> columns = content.plan().columns().stream()
                    .collect(Collectors.toMap(PlanColumn::id, PlanColumn::name));
            List<String> parts = List.of(
                    lines(content.catalogue().werkzeuge().stream().map(w -> String.join("|", w.code(), w.title(),
                            w.description(), w.handlungsfeld(), w.kind().name(), String.valueOf(w.retired()),
                            String.valueOf(w.tags()))), "tools"),
                    "catalogue version " + content.catalogueVersion(),
                    lines(content.plan().cards().stream().map(c -> c.title() + " @ " + columns.get(c.column())), "cards"),
                    lines(content.sheets().values().stream().map(s -> s.goal() + " | "
                            + s.steps().stream().map(Step::text).toList()), "sheets"),
                    lines(content.history().stream().map(HistoryEntry::description), "history"),
                    lines(store.indicators().stream().map(i -> i + " " + store.values(i.key()).hashCode()), "indicators"),
                    lines(store.dataSources().stream(), "sources"),
                    lines(store.areas().stream().map(a -> a.key() + " " + a.name() + " " + a.level() + " " + a.parentKey()),
                            "areas"),
                    lines(store.boundaries().stream().map(b -> b.areaKey() + " " + Arrays.hashCode(b.wkb()) + " "
                            + b.sourceLine()), "boundaries"));
            String text = String.join("\n", parts);
            return parts.stream().map(p -> p.substring(0, p.indexOf('\n') < 0 ? p.length() : p.indexOf('\n')))
                    .collect(Collectors.joining(", ")) + " #" + Integer.toHexString(text.hashCode());
        }
    }

    /** The lines sorted, under a heading that counts them. */
    private static String lines(Stream<String> lines, String what) {
        List<String> sorted = lines.sorted().toList();
        return sorted.size() + " " + what + "\n" + String.join("\n", sorted);
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("werkbank\\.(mv\\.db|password)")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
