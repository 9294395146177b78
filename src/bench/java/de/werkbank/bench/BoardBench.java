package de.werkbank.bench;

import de.werkbank.session.Session;
import de.werkbank.store.StoreLocation;
import de.werkbank.ui.board.BoardView;
import de.werkbank.ui.board.BoardViewModel;
import de.werkbank.ui.board.CardItem;
import de.werkbank.ui.board.ColumnModel;
import de.werkbank.ui.board.LaneHeader;
import de.werkbank.ui.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The board at 1,000 and 10,000 cards (fixed seed, each card with a Werkzeugblatt of 5 steps and 2
 * indicators), swimlanes by Handlungsfeld on, as a user waits for it: opening the store and reading the
 * plan in a fresh session ({@code load_ms}), the board's model reading catalogue, sheet outlines,
 * offices and plan ({@code attach_ms}), the first layout of a board never laid out
 * ({@code first_layout_ms}), each on a store just opened, after warming the JVM on a copy of it (a
 * different database, so H2 answers nothing from its caches); and moving one card to a row of a
 * column, often into another lane and so another Handlungsfeld (command, store and the CSS and layout
 * pass of the pulse that follows). Headless (Monocle).
 */
final class BoardBench implements Benchmark {

    private static final long SEED = 20261126L;
    private static final int RUNS = 5;
    private static final int WARM_UP_RUNS = 3;
    private static final int MOVES = 200;
    /** Moves before the measured ones: enough for the JIT to have compiled the move's path. */
    private static final int WARM_UP_MOVES = 100;

    /** The figures of one opening of the board. */
    private record Opening(double load, double attach, double layout, Session session, BoardViewModel model) {
    }

    @Override
    public Map<String, Object> run() throws Exception {
        Headless.startToolkit();
        Map<String, Object> figures = new LinkedHashMap<>();
        Map<String, Object> big = measure(10_000);
        Map<String, Object> small = measure(1_000);
        figures.put("cards", big.get("cards"));
        figures.put("sheets", big.get("sheets"));
        figures.put("load_ms", big.get("load"));
        figures.put("attach_ms", big.get("attach"));
        figures.put("first_layout_ms", big.get("layout"));
        figures.put("open_board_ms", Math.round(((double) big.get("load") + (double) big.get("attach")
                + (double) big.get("layout")) * 10) / 10.0);
        figures.put("move_p50_ms", big.get("p50"));
        figures.put("move_p95_ms", big.get("p95"));
        figures.put("cards_1k", small.get("cards"));
        figures.put("load_1k_ms", small.get("load"));
        figures.put("attach_1k_ms", small.get("attach"));
        figures.put("first_layout_1k_ms", small.get("layout"));
        figures.put("move_p50_1k_ms", small.get("p50"));
        figures.put("move_p95_1k_ms", small.get("p95"));
        return figures;
    }

    private Map<String, Object> measure(int cards) throws Exception {
        Path dir = Files.createTempDirectory("werkbank-bench-board");
        Clock clock = Clock.systemUTC();
        StoreLocation warm = BoardPlan.create(dir.resolve("warm"), cards, LocalDate.now(clock));
        StoreLocation measured = BoardPlan.copy(dir.resolve("warm"), dir.resolve("measured"));
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            open(warm, clock).session().close();
        }
        double[] load = new double[RUNS];
        double[] attach = new double[RUNS];
        double[] layout = new double[RUNS];
        Opening last = null;
        for (int i = 0; i < RUNS; i++) {
            if (last != null) {
                last.session().close();
            }
            last = open(measured, clock);
            load[i] = last.load();
            attach[i] = last.attach();
            layout[i] = last.layout();
        }
        try (Session session = last.session()) {
            BoardViewModel model = last.model();
            int total = session.store().plan().orElseThrow().cards().size();
            int sheets = session.store().sheetOutlines().size();
            Stage stage = onFx(() -> {
                Stage s = new Stage();
                var scene = new Scene(new BoardView(model, new de.werkbank.ui.board.BoardDrag()), 1280, 720);
                Theme.style(scene);
                s.setScene(scene);
                s.show();
                // every move into another lane is answered yes: it changes the card's field too
                model.setConfirmation(question -> true);
                return s;
            });
            Random random = new Random(SEED);
            double[] moves = new double[MOVES];
            for (int i = -WARM_UP_MOVES; i < MOVES; i++) {
                double t = moveOnce(model, stage.getScene(), random);
                if (i >= 0) {
                    moves[i] = t;
                }
            }
            onFx(() -> {
                stage.close();
                return null;
            });
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("cards", total);
            result.put("sheets", sheets);
            result.put("load", BenchReport.median(load));
            result.put("attach", BenchReport.median(attach));
            result.put("layout", BenchReport.median(layout));
            result.put("p50", BenchReport.percentile(moves, 50));
            result.put("p95", BenchReport.percentile(moves, 95));
            return result;
        }
    }

    /**
     * Opens the closed store as the window does: a session and the plan read in it (load); in another
     * session just opened, the board's model attached (attach) and its first board laid out (layout).
     * The first session is closed, so the second reads nothing from its caches; the second is returned open.
     */
    private static Opening open(StoreLocation location, Clock clock) throws Exception {
        double load;
        long t = System.nanoTime();
        try (Session session = Session.openOrCreate(location)) {
            session.store().plan().orElseThrow();
            load = ms(t);
        }
        Session session = Session.openOrCreate(location);
        BoardViewModel model = new BoardViewModel(clock);
        double attach = onFx(() -> {
            long start = System.nanoTime();
            model.attach(session);
            return ms(start);
        });
        return new Opening(load, attach, layoutOnce(model), session, model);
    }

    /** A fresh board on the model, styled and laid out in a scene of 1280×720. */
    private static double layoutOnce(BoardViewModel model) throws Exception {
        return onFx(() -> {
            long t = System.nanoTime();
            var scene = new Scene(new BoardView(model, new de.werkbank.ui.board.BoardDrag()), 1280, 720);
            Theme.style(scene);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return ms(t);
        });
    }

    /**
     * Moves a card from the top rows of a column to the top rows of a column (as in view), or to the
     * top of a random lane: into another Handlungsfeld most of the time. The time is that of the move
     * (command, store, board model) plus the CSS and layout passes of the pulse that follows, as the
     * window runs them: only the nodes the move touched are styled again. ({@code applyCss()} on the
     * root would restyle every node of the scene, which no pulse does.)
     */
    private static double moveOnce(BoardViewModel model, Scene scene, Random random) throws Exception {
        CompletableFuture<Double> pulse = new CompletableFuture<>();
        long[] pulseStart = new long[1];
        Runnable beforeCss = () -> pulseStart[0] = System.nanoTime();
        Runnable afterLayout = () -> pulse.complete(ms(pulseStart[0]));
        double move = onFx(() -> {
            List<ColumnModel> columns = model.columns();
            ColumnModel from;
            List<CardItem> top;
            do {
                from = columns.get(random.nextInt(columns.size()));
                top = from.rows().stream().limit(12).filter(CardItem.class::isInstance).map(CardItem.class::cast).toList();
            } while (top.isEmpty());
            CardItem card = top.get(random.nextInt(top.size()));
            ColumnModel to = columns.get(random.nextInt(columns.size()));
            int row = random.nextBoolean() ? random.nextInt(Math.min(to.rows().size(), 12) + 1) : laneTop(to, random);
            // registered with the move, in one turn of the FX thread: the next pulse is the move's own
            scene.addPreLayoutPulseListener(beforeCss);
            scene.addPostLayoutPulseListener(afterLayout);
            long t = System.nanoTime();
            model.moveCard(card, to, row);
            double ms = ms(t);
            Platform.requestNextPulse();
            return ms;
        });
        double layout = pulse.get(10, TimeUnit.SECONDS);
        onFx(() -> {
            scene.removePreLayoutPulseListener(beforeCss);
            scene.removePostLayoutPulseListener(afterLayout);
            return null;
        });
        return move + layout;
    }

    /** A row among the first few of a lane chosen at random. */
    private static int laneTop(ColumnModel column, Random random) {
        List<Integer> headers = new ArrayList<>();
        for (int i = 0; i < column.rows().size(); i++) {
            if (column.rows().get(i) instanceof LaneHeader) {
                headers.add(i);
            }
        }
        int header = headers.get(random.nextInt(headers.size()));
        return Math.min(column.rows().size(), header + 1 + random.nextInt(3));
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
