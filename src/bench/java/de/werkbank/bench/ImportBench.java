package de.werkbank.bench;

import de.werkbank.cli.CommandLine;
import de.werkbank.datencheck.ColumnMapping;
import de.werkbank.datencheck.DataImport;
import de.werkbank.datencheck.Headings;
import de.werkbank.geo.BoundaryImport;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real office data for all of Germany: population of 11,000 Gemeinden ({@link GeneratedGemeinden}, with
 * their VG250-like boundaries in the store) in GENESIS' 17 age groups for Insgesamt, männlich and
 * weiblich with their totals (54 value columns, about 590,000 values), in the Regionalstatistik's layout
 * (Latin-1, the date once above the table, headings over three lines, DG, Länder and Kreise between the
 * Gemeinden, keys written as AGS, ARS and without their leading zero) and as a tidy CSV of the same
 * values. {@code office_import_ms}: file → store, mapped as the dialog proposes, keys matched by meaning,
 * the other levels' rows left out, the backup first — into a store that holds the boundaries and no
 * values yet, a fresh copy each run; {@code tidy_import_ms} the same for the tidy file;
 * {@code germany_map_ms}: {@code render-map} of the Altenquotient for all 11,000 Gemeinden, from opening
 * the store to the written PNG, run as the command line runs it (in this JVM, after one warm-up).
 */
final class ImportBench implements Benchmark {

    private static final int GEMEINDEN = 11_000;
    private static final int RUNS = 3;
    private static final List<String> GROUPS_17 = List.of("unter 3 Jahre", "3 bis unter 6 Jahre",
            "6 bis unter 10 Jahre", "10 bis unter 15 Jahre", "15 bis unter 18 Jahre", "18 bis unter 20 Jahre",
            "20 bis unter 25 Jahre", "25 bis unter 30 Jahre", "30 bis unter 35 Jahre", "35 bis unter 40 Jahre",
            "40 bis unter 45 Jahre", "45 bis unter 50 Jahre", "50 bis unter 55 Jahre", "55 bis unter 60 Jahre",
            "60 bis unter 65 Jahre", "65 bis unter 75 Jahre", "75 Jahre und mehr");
    /** Each group's share of the people, per mille. */
    private static final int[] SHARES = {27, 27, 36, 47, 30, 20, 55, 60, 60, 58, 60, 75, 85, 80, 70, 110, 100};
    private static final List<String> TIDY_GROUPS = List.of("0-2", "3-5", "6-9", "10-14", "15-17", "18-19", "20-24",
            "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60-64", "65-74", "75+");

    @Override
    public Map<String, Object> run() throws Exception {
        Path dir = Files.createTempDirectory("werkbank-bench-import");
        GeneratedGemeinden gemeinden = GeneratedGemeinden.of(GEMEINDEN, 42);
        Path shp = gemeinden.writeShapefile(dir, "gemeinden");
        Path pristine = dir.resolve("pristine");
        try (Store store = Store.create(StoreLocation.in(pristine), tx -> Seeder.seed(tx, Seeder.Content.EMPTY))) {
            BoundaryImport.importFile(store, shp, new BoundaryImport.Options("AGS", "GEN", null, null, null), Instant.now());
        }
        List<String> keys = gemeinden.gemeinden().stream().map(GeneratedGemeinden.Gemeinde::ags).toList();
        Path office = dir.resolve("12411-02-03-5.csv");
        String table = officeTable(keys);
        Files.write(office, table.getBytes(StandardCharsets.ISO_8859_1));
        Path tidy = dir.resolve("bevoelkerung.csv");
        int values = writeTidy(tidy, keys);
        ColumnMapping mapping = mapping(table);

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("gemeinden", keys.size());
        figures.put("values", values);
        figures.put("office_file_bytes", Files.size(office));
        int[] stored = new int[1];
        figures.put("office_import_ms", timeImports(dir, pristine, "office", store ->
                stored[0] = DataImport.importData(store, office, mapping, true, Instant.now())));
        figures.put("office_values_stored", stored[0]);
        figures.put("tidy_import_ms", timeImports(dir, pristine, "tidy", store ->
                DataImport.importData(store, tidy, null, false, Instant.now())));
        double[] cpu = new double[1];
        figures.put("germany_map_ms", timeMap(dir.resolve("tidy-" + RUNS), dir.resolve("germany.png"), cpu));
        figures.put("germany_map_cpu_ms", cpu[0]);
        return figures;
    }

    /** The Regionalstatistik's 12411-02-03-5 with the Gemeinden between their Länder and Kreise. */
    private static String officeTable(List<String> keys) {
        StringBuilder f = new StringBuilder(64 * 1024 * 1024);
        f.append("12411-02-03-5: Bevölkerung nach Geschlecht und Altersgruppen (17) - Stichtag 31.12. - ")
                .append("regionale Tiefe: Gemeinden\nFortschreibung des Bevölkerungsstandes\n");
        f.append("31.12.2019").append(";".repeat(55)).append('\n');
        List<String> line1 = new ArrayList<>(List.of("", ""));
        List<String> line2 = new ArrayList<>(List.of("", ""));
        List<String> line3 = new ArrayList<>(List.of("", ""));
        for (String sex : List.of("Insgesamt", "männlich", "weiblich")) {
            for (int g = 0; g <= GROUPS_17.size(); g++) {
                line1.add(sex);
                line2.add("Altersgruppen (unter 3 bis 75 u.m.)");
                line3.add(g < GROUPS_17.size() ? GROUPS_17.get(g) : "Insgesamt");
            }
        }
        f.append(String.join(";", line1)).append('\n').append(String.join(";", line2)).append('\n')
                .append(String.join(";", line3)).append('\n');
        row(f, "DG", "Deutschland", 83_166_711);
        String land = "";
        String kreis = "";
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (!key.startsWith(land)) {
                land = key.substring(0, 2);
                row(f, land, "  Land " + land, 1_000_000 + i);
            }
            if (!key.startsWith(kreis)) {
                kreis = key.substring(0, 5);
                row(f, kreis, "      Kreis " + kreis, 200_000 + i);
            }
            String written = switch (i % 4) {
                case 1 -> key.substring(0, 5) + "0" + key.substring(5) + key.substring(5);
                case 2 -> key.substring(0, 5) + "0" + key.substring(5);
                case 3 -> key.startsWith("0") ? key.substring(1) : key;
                default -> key;
            };
            row(f, written, "        Gemeinde " + (i + 1), people(i));
        }
        f.append("\"Gebietsstand: 31.12.2019\nErgebnisse auf Grundlage des Zensus 2011\"\n__________\n");
        f.append("(C)opyright Statistische Ämter des Bundes und der Länder, 2021 | Datenlizenz by-2-0\n");
        return f.toString();
    }

    private static int people(int i) {
        return 300 + (int) ((i * 7919L) % 40_000);
    }

    private static void row(StringBuilder f, String key, String name, int people) {
        int[] m = groups(people * 49 / 100);
        int[] w = groups(people - people * 49 / 100);
        f.append(key).append(';').append(name);
        for (int g = 0; g < SHARES.length; g++) {
            f.append(';').append(m[g] + w[g]);
        }
        f.append(';').append(people);
        for (int[] sex : List.of(m, w)) {
            for (int count : sex) {
                f.append(';').append(count);
            }
            f.append(';').append(java.util.Arrays.stream(sex).sum());
        }
        f.append('\n');
    }

    private static int[] groups(int people) {
        int[] counts = new int[SHARES.length];
        int left = people;
        for (int g = 0; g < SHARES.length - 1; g++) {
            counts[g] = people * SHARES[g] / 1000;
            left -= counts[g];
        }
        counts[SHARES.length - 1] = left;
        return counts;
    }

    /** The same values (the Gemeinden's) as a tidy CSV; returns how many. */
    private static int writeTidy(Path file, List<String> keys) throws IOException {
        StringBuilder f = new StringBuilder(64 * 1024 * 1024);
        f.append("area_key;indicator;year;value;unit;age_group;sex\n");
        int n = 0;
        for (int i = 0; i < keys.size(); i++) {
            int people = people(i);
            int[] m = groups(people * 49 / 100);
            int[] w = groups(people - people * 49 / 100);
            for (int g = 0; g < SHARES.length; g++) {
                for (String[] sex : new String[][] {{"insgesamt", String.valueOf(m[g] + w[g])}, {"m", String.valueOf(m[g])},
                        {"w", String.valueOf(w[g])}}) {
                    f.append(keys.get(i)).append(";bevoelkerung;2019;").append(sex[1]).append(";Personen;")
                            .append(TIDY_GROUPS.get(g)).append(';').append(sex[0]).append('\n');
                    n++;
                }
            }
            for (String[] sex : new String[][] {{"insgesamt", String.valueOf(people)},
                    {"m", String.valueOf(java.util.Arrays.stream(m).sum())}, {"w", String.valueOf(java.util.Arrays.stream(w).sum())}}) {
                f.append(keys.get(i)).append(";bevoelkerung;2019;").append(sex[1]).append(";Personen;;").append(sex[0]).append('\n');
                n++;
            }
        }
        Files.writeString(file, f, StandardCharsets.UTF_8);
        return n;
    }

    /** The table mapped by place, sex and age group as the mapping dialog proposes them. */
    private static ColumnMapping mapping(String text) {
        List<String> lines = text.lines().limit(10).toList();
        List<List<String>> headings = Headings.columns(lines, ";", 6);
        List<ColumnMapping.ValueColumn> values = new ArrayList<>();
        for (int c = 2; c < headings.size(); c++) {
            Headings.Proposal p = Headings.propose(headings.get(c))
                    .orElseThrow(() -> new IllegalStateException("no proposal for a heading"));
            values.add(new ColumnMapping.ValueColumn("#" + (c + 1), "bevoelkerung", p.sex(), p.ageGroup(), "Personen"));
        }
        return new ColumnMapping(";", 6, 0, "#1", 0, null, null, null, null, values, 3);
    }

    private interface Import {
        void into(Store store) throws Exception;
    }

    /** The median of {@value #RUNS} imports, each into a fresh copy of the store, after one warm-up import. */
    private static double timeImports(Path dir, Path pristine, String name, Import work) throws Exception {
        double[] ms = new double[RUNS];
        for (int i = -1; i < RUNS; i++) {
            Path copy = StoreFiles.copy(pristine, dir.resolve(name + "-" + (i + 1)));
            try (Store store = Store.open(StoreLocation.in(copy))) {
                long start = System.nanoTime();
                work.into(store);
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        return BenchReport.median(ms);
    }

    /**
     * {@code render-map} as a user runs it on the store, through the command line's own code; the median wall-clock
     * time, and in {@code cpu[0]} the median CPU time of the whole process (every thread, the collector's too) for it.
     */
    private static double timeMap(Path store, Path png, double[] cpu) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        String[] args = {"--store", store.toString(), "render-map", "--indicator", "altenquotient", "--year", "2019",
                "--out", png.toString(), "--width", "1600"};
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        double[] ms = new double[RUNS];
        double[] cpuMs = new double[RUNS];
        for (int i = -1; i < RUNS; i++) {
            long startCpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            var outcome = CommandLine.run(args, quiet, quiet);
            if (!(outcome instanceof de.werkbank.cli.Outcome.Exit exit) || exit.code() != 0) {
                throw new IllegalStateException("render-map failed: " + outcome);
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - start) / 1e6;
                cpuMs[i] = (os.getProcessCpuTime() - startCpu) / 1e6;
            }
        }
        cpu[0] = BenchReport.median(cpuMs);
        return BenchReport.median(ms);
    }
}
