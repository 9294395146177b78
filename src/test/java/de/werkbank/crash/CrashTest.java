package de.werkbank.crash;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.crash.EditScript.Edit;
import de.werkbank.plan.Card;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanColumn;
import de.werkbank.seed.Seeder;
import de.werkbank.sheet.Step;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that is editing the plan (SIGKILL, at random moments, fixed seed) and checks that the
 * store then holds every edit whose commit had returned, and no half edit: the whole state is that of
 * the first N edits of the script, N at least the number printed.
 */
class CrashTest {

    private static final int KILLS_PER_STORE = 25;

    @TempDir
    static Path tmp;
    private static Path pristine;
    private static Initial initial;

    @BeforeAll
    static void initStore() {
        pristine = tmp.resolve("pristine");
        try (Store store = Store.create(StoreLocation.in(pristine), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            initial = Initial.of(store);
        }
    }

    @Test
    void editsWhoseCommitReturnedSurviveAKillOnAStoreFreshFromInit() throws Exception {
        Random random = new Random(16);
        Counts counts = new Counts();
        for (int round = 0; round < KILLS_PER_STORE; round++) {
            Path dir = copy(pristine, tmp.resolve("fresh-" + round));
            killAndCheck(dir, random, counts);
        }
        counts.print("fresh from init");
        assertThat(counts.losses).isZero();
        assertThat(counts.kills).isEqualTo(KILLS_PER_STORE);
    }

    @Test
    void editsWhoseCommitReturnedSurviveKillAfterKillOnAStoreClosedNormallyBefore() throws Exception {
        Random random = new Random(17);
        Counts counts = new Counts();
        Path dir = copy(pristine, tmp.resolve("reopened"));
        Store.open(StoreLocation.in(dir)).close();
        for (int round = 0; round < KILLS_PER_STORE; round++) {
            killAndCheck(dir, random, counts);
        }
        counts.print("reopened after a normal close");
        assertThat(counts.losses).isZero();
        assertThat(counts.kills).isEqualTo(KILLS_PER_STORE);
    }

    private static void killAndCheck(Path dir, Random random, Counts counts) throws Exception {
        Path progress = Files.createTempFile(dir.getParent(), "progress", ".txt");
        ChildProcess child = ChildProcess.start(EditChild.class, dir.resolveSibling(dir.getFileName() + ".log"),
                dir.toString(), Integer.toString(initial.history), progress.toString());
        assertThat(child.awaitLine("ready", 60_000)).as("the child opened the store: %s", child.lines()).isTrue();
        // after a few edits, at a random moment: often while one is being written
        int start = Integer.parseInt(child.lines().get(0).substring(6));
        child.awaitLine("done " + (start + 1 + random.nextInt(4)), 60_000);
        Thread.sleep(random.nextInt(40));
        List<String> lines = child.kill();
        counts.kills++;
        if (counts.kills % 5 != 1) {
            ChildProcess.clearStaleLock(dir);
        }
        int printed = Files.readAllLines(progress).stream().filter(l -> l.startsWith("done "))
                .mapToInt(l -> Integer.parseInt(l.substring(5))).max().orElse(Integer.parseInt(lines.get(0).substring(6)));
        try (Store store = Store.open(StoreLocation.in(dir))) {
            int held = store.history().size() - initial.history;
            counts.edits += held - start;
            if (held < printed) {
                counts.losses += printed - held;
            }
            assertThat(held).as("edits held against edits reported done").isBetween(printed, printed + 1);
            assertThat(State.of(store)).as("the store after %d edits", held).isEqualTo(initial.after(held));
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().endsWith(".lock.db")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    private static final class Counts {
        int kills;
        int edits;
        int losses;

        void print(String store) {
            System.out.printf("CrashTest (%s): %d kills, %d edits made and checked, %d lost%n", store, kills, edits, losses);
        }
    }

    /** What the test checks of a plan: each card's column, and of the initial cards goal and steps. */
    record State(Map<String, UUID> columns, Map<String, String> goals, Map<String, List<String>> steps) {

        static State of(Store store) {
            Plan plan = store.plan().orElseThrow();
            Map<String, UUID> columns = new HashMap<>();
            plan.cards().forEach(c -> columns.put(c.title(), c.column()));
            Map<String, String> goals = new HashMap<>();
            Map<String, List<String>> steps = new HashMap<>();
            for (Card card : EditScript.initialCards(plan)) {
                var sheet = store.sheet(card.id());
                goals.put(card.title(), sheet.goal());
                steps.put(card.title(), sheet.steps().stream().map(Step::text).toList());
            }
            return new State(columns, goals, steps);
        }
    }

    /** The store as init leaves it, and what the script makes of it. */
    record Initial(State state, List<String> titles, List<UUID> columns, int tools, int history) {

        static Initial of(Store store) {
            Plan plan = store.plan().orElseThrow();
            return new Initial(State.of(store), EditScript.initialCards(plan).stream().map(Card::title).toList(),
                    plan.columns().stream().map(PlanColumn::id).toList(), store.catalogue().active().size(),
                    store.history().size());
        }

        State after(int n) {
            Map<String, UUID> cols = new HashMap<>(state.columns());
            Map<String, String> goals = new HashMap<>(state.goals());
            Map<String, List<String>> steps = new LinkedHashMap<>();
            state.steps().forEach((k, v) -> steps.put(k, new ArrayList<>(v)));
            List<PlanColumn> columnList = columns.stream().map(id -> new PlanColumn(id, "", 0, null, 0)).toList();
            for (int i = 1; i <= n; i++) {
                Edit e = EditScript.edit(i, titles.size(), columns.size(), tools);
                String card = titles.get(e.card());
                switch (e.kind()) {
                    case MOVE -> cols.put(card, EditScript.moveTarget(columnList, cols.get(card), e.column()).id());
                    case CREATE -> cols.put(EditScript.createdTitle(i), columns.get(e.column()));
                    case GOAL -> goals.put(card, EditScript.goal(i));
                    case STEP -> steps.get(card).add(EditScript.step(i));
                }
            }
            return new State(cols, goals, steps.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, en -> List.copyOf(en.getValue()))));
        }
    }
}
