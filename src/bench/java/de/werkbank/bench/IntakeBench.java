package de.werkbank.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.catalogue.edit.AddWerkzeug;
import de.werkbank.intake.GeneratedBoards;
import de.werkbank.intake.ImportMeasures;
import de.werkbank.intake.ImportPlan;
import de.werkbank.intake.IntakeContext;
import de.werkbank.intake.IntakeMapping;
import de.werkbank.intake.IntakeOptions;
import de.werkbank.intake.MeasureFiles;
import de.werkbank.intake.MeasureImport;
import de.werkbank.plan.Card;
import de.werkbank.plan.CreateCard;
import de.werkbank.plan.EditSheet;
import de.werkbank.plan.PlanEditor;
import de.werkbank.seed.Seeder;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * The measure import ({@code import-measures}, Datei → Maßnahmen importieren…) of a generated Trello
 * board and a German Planner export of {@value #MEASURES} measures each ({@code GeneratedBoards}: labels
 * naming Handlungsfelder, lists and buckets naming columns, three checklist items, dates, comments)
 * into a copy of the sample store, as the command line runs it: {@code *_preview_ms} — the store read,
 * the file read and matched to the catalogue and the plan, the preview's plan made; {@code *_import_ms}
 * — that plan stored as one step through the editor, the backup taken first. Baselines of the same
 * run, like for like: {@code trello_parse_ms} — the same board read by plain Jackson into a tree;
 * {@code planner_read_ms} — the same workbook's cells read by plain fastexcel; {@code store_baseline_ms}
 * — the board's new tools, cards and sheets stored through their plain parts ({@code AddWerkzeug},
 * {@code CreateCard}, {@code EditSheet}) in one transaction, without source ids, comments, history,
 * undo step or backup. All timed in turns, medians of {@value #RUNS} after {@value #WARM_UP} warm-up rounds.
 */
final class IntakeBench implements Benchmark {

    private static final int MEASURES = 500;
    private static final int RUNS = 5;
    private static final int WARM_UP = 2;

    @Override
    public Map<String, Object> run() throws Exception {
        Path dir = Files.createTempDirectory("werkbank-bench-intake");
        Path pristine = dir.resolve("pristine");
        Store.create(StoreLocation.in(pristine), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE)).close();
        Path board = Files.write(dir.resolve("board.json"), GeneratedBoards.trello(MEASURES));
        Path planner = Files.write(dir.resolve("plan.xlsx"), GeneratedBoards.planner(MEASURES));
        double[][] ms = new double[7][RUNS];
        int cards = 0;
        for (int round = -WARM_UP; round < RUNS; round++) {
            double[] t = new double[7];
            cards = timeImport(StoreFiles.copy(pristine, dir.resolve("t" + (round + WARM_UP))), board, t, 0);
            timeImport(StoreFiles.copy(pristine, dir.resolve("p" + (round + WARM_UP))), planner, t, 2);
            t[4] = timeParse(board);
            t[5] = timeRead(planner);
            t[6] = timeBaseline(StoreFiles.copy(pristine, dir.resolve("b" + (round + WARM_UP))), board);
            if (round >= 0) {
                for (int k = 0; k < t.length; k++) {
                    ms[k][round] = t[k];
                }
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("measures", MEASURES);
        figures.put("cards_stored", cards);
        figures.put("trello_bytes", Files.size(board));
        figures.put("planner_bytes", Files.size(planner));
        String[] names = {"trello_preview_ms", "trello_import_ms", "planner_preview_ms", "planner_import_ms",
                "trello_parse_ms", "planner_read_ms", "store_baseline_ms"};
        for (int k = 0; k < names.length; k++) {
            figures.put(names[k], BenchReport.median(ms[k]));
        }
        figures.put("trello_preview_to_parse", ratio(ms[0], ms[4]));
        figures.put("planner_preview_to_read", ratio(ms[2], ms[5]));
        figures.put("trello_import_to_baseline", ratio(ms[1], ms[6]));
        return figures;
    }

    private static double ratio(double[] a, double[] b) {
        return Math.round(BenchReport.median(a) / BenchReport.median(b) * 100) / 100.0;
    }

    private static IntakeOptions options() {
        return new IntakeOptions(IntakeMapping.none(), null, false, Instant.now());
    }

    /** Preview and import of {@code file} into the store in {@code dir}: times into {@code t[at]}, {@code t[at + 1]}. */
    private static int timeImport(Path dir, Path file, double[] t, int at) {
        try (Store store = Store.open(StoreLocation.in(dir))) {
            int before = store.plan().orElseThrow().cards().size() + store.archivedCards().size();
            long start = System.nanoTime();
            ImportPlan plan = MeasureImport.plan(MeasureFiles.read(file, Optional.empty(), IntakeMapping.none()),
                    IntakeContext.of(store), options());
            plan.refuseProblems();
            t[at] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            PlanEditor editor = new PlanEditor(store, () -> "bench", Clock.systemUTC());
            store.guarded("before-measure-import", file.getFileName().toString(), () -> {
                editor.execute(ImportMeasures.of(plan));
                return null;
            });
            t[at + 1] = (System.nanoTime() - start) / 1e6;
            int stored = store.plan().orElseThrow().cards().size() + store.archivedCards().size() - before;
            if (stored != MEASURES) {
                throw new IllegalStateException(file.getFileName() + ": " + stored + " cards stored, not " + MEASURES);
            }
            return stored;
        }
    }

    private static double timeParse(Path file) throws IOException {
        long start = System.nanoTime();
        JsonNode tree = new ObjectMapper().readTree(Files.readAllBytes(file));
        double ms = (System.nanoTime() - start) / 1e6;
        if (tree.path("cards").size() != MEASURES) {
            throw new IllegalStateException("the board has " + tree.path("cards").size() + " cards");
        }
        return ms;
    }

    private static double timeRead(Path file) throws IOException {
        long start = System.nanoTime();
        int cells = 0;
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            for (var row : book.getFirstSheet().read()) {
                for (int i = 0; i < row.getCellCount(); i++) {
                    if (row.getCell(i) != null && !row.getCellText(i).isEmpty()) {
                        cells++;
                    }
                }
            }
        }
        double ms = (System.nanoTime() - start) / 1e6;
        if (cells < MEASURES * 10) {
            throw new IllegalStateException("the workbook has only " + cells + " cells");
        }
        return ms;
    }

    /** The plain parts the board's import stores, in one transaction (the plan made beforehand, not timed). */
    private static double timeBaseline(Path dir, Path board) {
        try (Store store = Store.open(StoreLocation.in(dir))) {
            ImportPlan plan = MeasureImport.plan(MeasureFiles.read(board, Optional.empty(), IntakeMapping.none()),
                    IntakeContext.of(store), options());
            long start = System.nanoTime();
            store.inTransaction(writer -> {
                plan.newTools().forEach(w -> new AddWerkzeug(w).apply(writer));
                for (ImportPlan.NewCard n : plan.newCards()) {
                    Card c = n.card();
                    Werkzeug tool = n.tool();
                    new CreateCard.State(c.id(), new Werkzeug(tool.id(), tool.code(), c.title(), tool.description(),
                            c.handlungsfeld(), tool.kind(), tool.targetGroups(), tool.leadOffice(), tool.tags(),
                            tool.retired()), n.column(), Integer.MAX_VALUE, c.createdAt()).restore().apply(writer);
                    new EditSheet(Werkzeugblatt.blank(c.id()), n.sheet(), c.title()).apply(writer);
                }
                return null;
            });
            return (System.nanoTime() - start) / 1e6;
        }
    }
}
