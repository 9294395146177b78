package de.werkbank.intake;

import static de.werkbank.intake.IntakeFixtures.editor;
import static de.werkbank.intake.IntakeFixtures.options;
import static de.werkbank.intake.IntakeFixtures.sampleStore;
import static de.werkbank.intake.PlannerFixtures.ENGLISH;
import static de.werkbank.intake.PlannerFixtures.task;
import static de.werkbank.intake.PlannerFixtures.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.werkbank.catalogue.Werkzeug;
import de.werkbank.plan.Card;
import de.werkbank.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Planner plan exported again after its tasks were renamed: the cards take the new titles and tools. */
class ReimportTest {

    @TempDir
    Path dir;

    private static byte[] export(String first, String second) throws Exception {
        return workbook("Tasks", List.of("Plan name", "Demography workshop"), ENGLISH, List.of(
                task("t1", first, "Ideas", "Not started", "Medium"),
                task("t2", second, "Ideas", "Not started", "Medium")));
    }

    private static ImportPlan plan(Store store, byte[] file) {
        return MeasureImport.plan(PlannerReader.read("plan.xlsx", file), IntakeContext.of(store),
                options(IntakeMapping.none()));
    }

    /** Source id → card, on the board or archived. */
    private static Map<String, Card> bySource(Store store) {
        List<Card> all = new ArrayList<>(store.plan().orElseThrow().cards());
        all.addAll(store.archivedCards());
        Map<UUID, String> sources = store.transaction(tx -> tx.cardSources().all());
        return all.stream().filter(c -> sources.containsKey(c.id()))
                .collect(Collectors.toMap(c -> sources.get(c.id()), Function.identity()));
    }

    private static String code(Store store, UUID tool) {
        return store.catalogue().werkzeuge().stream().filter(w -> w.id().equals(tool)).map(Werkzeug::code)
                .findFirst().orElseThrow();
    }

    @Test
    void aRenamedTaskRenamesItsCardAndTakesTheToolItsNewTitleMatches() throws Exception {
        byte[] first = export("Rufbus und On-Demand-Verkehr", "Sternfahrt der Ortsteile");
        byte[] changed = export("Digitalpaten für Ältere", "Sternfahrt der Ortsteile 2027");
        try (Store store = sampleStore(dir.resolve("s"))) {
            editor(store).execute(ImportMeasures.of(plan(store, first)));
            Map<String, Card> before = bySource(store);
            Card rufbus = before.get("planner:demography workshop/t1");
            Card ride = before.get("planner:demography workshop/t2");
            assertThat(code(store, rufbus.werkzeug())).isEqualTo("W-062");
            String greenTool = code(store, ride.werkzeug());
            assertThat(plan(store, first).changesNothing()).isTrue();

            ImportPlan update = plan(store, changed);
            assertThat(update.newCards()).isEmpty();
            assertThat(update.newTools()).isEmpty();
            assertThat(update.updatedCards()).extracting(u -> u.card().id(), ImportPlan.UpdatedCard::changed)
                    .containsExactly(tuple(rufbus.id(), List.of("intake.field.title", "intake.field.tool")),
                            tuple(ride.id(), List.of("intake.field.title")));
            assertThat(PlanText.lines(update)).contains("  geändert        „Rufbus und On-Demand-Verkehr“: Titel, Werkzeug");
            editor(store).execute(ImportMeasures.of(update));

            Map<String, Card> after = bySource(store);
            assertThat(after.get("planner:demography workshop/t1")).satisfies(c -> {
                assertThat(c.title()).isEqualTo("Digitalpaten für Ältere");
                assertThat(code(store, c.werkzeug())).isEqualTo("W-042");
                assertThat(c.column()).isEqualTo(rufbus.column());
            });
            // the new title still resembles the green tool the first import made: it keeps that one
            assertThat(after.get("planner:demography workshop/t2")).satisfies(c -> {
                assertThat(c.title()).isEqualTo("Sternfahrt der Ortsteile 2027");
                assertThat(code(store, c.werkzeug())).isEqualTo(greenTool);
            });

            ImportPlan again = plan(store, changed);
            assertThat(again.changesNothing()).isTrue();
            assertThat(again.unchanged()).isEqualTo(2);

            // undone by an editor that knows only the stored undo step: titles and tools as before
            editor(store).undo();
            assertThat(bySource(store).get("planner:demography workshop/t1")).satisfies(c -> {
                assertThat(c.title()).isEqualTo("Rufbus und On-Demand-Verkehr");
                assertThat(c.werkzeug()).isEqualTo(rufbus.werkzeug());
            });
            assertThat(bySource(store).get("planner:demography workshop/t2").title()).isEqualTo("Sternfahrt der Ortsteile");
        }
    }

    @Test
    void theGeneratedBoardsOfTheCrashTestAndTheBenchmarkImportWithoutProblems() throws Exception {
        for (MeasureSource source : List.of(TrelloReader.read("board.json", GeneratedBoards.trello(60)),
                PlannerReader.read("plan.xlsx", GeneratedBoards.planner(60)))) {
            try (Store store = sampleStore(dir.resolve(source.format().name()))) {
                ImportPlan plan = MeasureImport.plan(source, IntakeContext.of(store), options(IntakeMapping.none()));
                assertThat(plan.problems()).as(source.format().name()).isEmpty();
                assertThat(plan.newCards()).as(source.format().name()).hasSize(60)
                        .allSatisfy(n -> assertThat(n.how()).isEqualTo(ImportPlan.Match.NEW_TOOL));
                assertThat(plan.newCards()).extracting(n -> n.column().name()).contains("Vorschlag", "In Umsetzung");
                assertThat(plan.newCards()).extracting(n -> n.card().handlungsfeld()).contains("MOBILITAET", "BILDUNG");
                editor(store).execute(ImportMeasures.of(plan));
            }
        }
    }
}
