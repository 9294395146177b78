package de.werkbank.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the named benchmark (or all) and writes {@code target/bench/NAME.json}: a flat JSON object of
 * figures, printed as well; exits 1 when a benchmark fails or a figure could not be measured.
 * Started by {@code ./mvnw -q -Pbench verify [-Dbench=NAME]}.
 */
public final class BenchMain {

    private static final Map<String, Benchmark> BENCHMARKS = new LinkedHashMap<>();

    static {
        BENCHMARKS.put("startup", new StartupBench());
        BENCHMARKS.put("board", new BoardBench());
        BENCHMARKS.put("snapshot", new SnapshotBench());
        BENCHMARKS.put("map", new MapBench());
        BENCHMARKS.put("catalogue", new CatalogueBench());
        BENCHMARKS.put("timeline", new TimelineBench());
        BENCHMARKS.put("pdf", new PdfBench());
        BENCHMARKS.put("shared", new SharedBench());
        BENCHMARKS.put("import", new ImportBench());
        BENCHMARKS.put("intake", new IntakeBench());
    }

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "all";
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench");
        if (!name.equals("all") && !BENCHMARKS.containsKey(name)) {
            System.err.println("unknown benchmark: " + name + " (known: " + BENCHMARKS.keySet() + ")");
            System.exit(2);
        }
        try {
            for (var entry : BENCHMARKS.entrySet()) {
                if (name.equals("all") || name.equals(entry.getKey())) {
                    Map<String, Object> figures = entry.getValue().run();
                    BenchReport.write(out, entry.getKey(), figures);
                }
            }
        } catch (Exception | Error e) {
            // loudly, and without waiting for the JavaFX threads a benchmark may have started
            System.err.println("benchmark failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }
}
