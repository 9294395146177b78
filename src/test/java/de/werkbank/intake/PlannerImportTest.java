package de.werkbank.intake;

import static de.werkbank.intake.IntakeFixtures.editor;
import static de.werkbank.intake.IntakeFixtures.options;
import static de.werkbank.intake.IntakeFixtures.sampleStore;
import static de.werkbank.intake.PlannerFixtures.GERMAN;
import static de.werkbank.intake.PlannerFixtures.englishExport;
import static de.werkbank.intake.PlannerFixtures.germanExport;
import static de.werkbank.intake.PlannerFixtures.task;
import static de.werkbank.intake.PlannerFixtures.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.werkbank.catalogue.CatalogueFileException;
import de.werkbank.plan.Card;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.StepStatus;
import de.werkbank.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Microsoft Planner's „Export plan to Excel“ ({@link PlannerFixtures}) into the sample plan. */
class PlannerImportTest {

    @TempDir
    Path dir;

    private static Map<String, Card> cards(Store store) {
        List<Card> all = new ArrayList<>(store.plan().orElseThrow().cards());
        all.addAll(store.archivedCards());
        Map<String, Card> byTitle = new java.util.HashMap<>();
        all.forEach(c -> byTitle.put(c.title(), c));
        return byTitle;
    }

    @Test
    void aGermanPlannerExportBecomesCardsWithStepsDatesAndFields() throws Exception {
        MeasureSource source = PlannerReader.read("Demografiewerkstatt.xlsx", germanExport());
        assertThat(source.name()).isEqualTo("Demografiewerkstatt Kreis Düren");
        assertThat(source.problems()).isEmpty();
        assertThat(source.measures()).extracting(Measure::place).containsExactly(
                "Aufgabe „Bürgerbus im ländlichen Raum“ (Zeile 6)", "Aufgabe „Lesepaten für Grundschulen“ (Zeile 7)",
                "Aufgabe „Seniorenwohnen am Markt“ (Zeile 8)");
        try (Store store = sampleStore(dir.resolve("s"))) {
            ImportPlan plan = MeasureImport.plan(source, IntakeContext.of(store), options(IntakeMapping.none()));
            assertThat(plan.problems()).isEmpty();
            editor(store).execute(ImportMeasures.of(plan));
            Map<String, Card> cards = cards(store);

            Card bus = cards.get("Bürgerbus im ländlichen Raum");
            assertThat(bus.handlungsfeld()).isEqualTo("MOBILITAET");
            var sheet = store.sheet(bus.id());
            assertThat(sheet.start()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(sheet.end()).isEqualTo(LocalDate.of(2027, 6, 30));
            // the priority („Wichtig“) as the description's last line
            assertThat(sheet.description()).isEqualTo("Zwei Linien ab Heimbach.\n\nPriorität in Planner: Wichtig");
            // the completed items named: that one is done, the others in progress as the task is
            assertThat(sheet.steps()).extracting(Step::text, Step::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Bürgerbusverein gründen", StepStatus.DONE),
                    org.assertj.core.groups.Tuple.tuple("Fahrzeug beschaffen", StepStatus.IN_PROGRESS),
                    org.assertj.core.groups.Tuple.tuple("Fahrplan abstimmen", StepStatus.IN_PROGRESS));
            assertThat(columnName(store, bus)).isEqualTo("In Umsetzung");

            // a bucket that names no column: the first column; the label names the field
            Card reading = cards.get("Lesepaten für Grundschulen");
            assertThat(reading.handlungsfeld()).isEqualTo("BILDUNG");
            assertThat(columnName(store, reading)).isEqualTo("Vorschlag");
            assertThat(store.sheet(reading.id()).steps()).extracting(Step::status).containsOnly(StepStatus.OPEN);

            // completed: every step done; „Leben & Wohnen“ is a field's short name
            Card housing = cards.get("Seniorenwohnen am Markt");
            assertThat(housing.handlungsfeld()).isEqualTo("WOHNEN");
            assertThat(columnName(store, housing)).isEqualTo("Verstetigt");
            assertThat(store.sheet(housing.id()).steps()).hasSize(2).extracting(Step::status).containsOnly(StepStatus.DONE);

            ImportPlan again = MeasureImport.plan(PlannerReader.read("Demografiewerkstatt.xlsx", germanExport()),
                    IntakeContext.of(store), options(IntakeMapping.none()));
            assertThat(again.changesNothing()).isTrue();
            assertThat(again.unchanged()).isEqualTo(3);
        }
    }

    private static String columnName(Store store, Card card) {
        return store.plan().orElseThrow().columns().stream().filter(c -> c.id().equals(card.column())).findFirst()
                .orElseThrow().name();
    }

    @Test
    void anEnglishExportWithUsDatesAndBucketsNamingFields() throws Exception {
        MeasureSource source = PlannerReader.read("plan.xlsx", englishExport());
        assertThat(source.name()).isEqualTo("Demography workshop");
        Measure rufbus = source.measures().get(0);
        assertThat(rufbus.start()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(rufbus.end()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(rufbus.steps()).extracting(Measure.Step::done).containsOnly(false);
        assertThat(source.notes()).singleElement().satisfies(n -> assertThat(n).contains("Rufbus", "1 von 3"));
        try (Store store = sampleStore(dir.resolve("s"))) {
            ImportPlan plan = MeasureImport.plan(source, IntakeContext.of(store), options(IntakeMapping.none()));
            assertThat(plan.newCards()).extracting(n -> n.card().handlungsfeld(), n -> n.tool().code(), n -> n.how())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("MOBILITAET", "W-062", ImportPlan.Match.BY_TITLE),
                            org.assertj.core.groups.Tuple.tuple("TEILHABE", "W-042", ImportPlan.Match.BY_TITLE));
        }
    }

    @Test
    void progressBecomesTheStepsStatusAndThePriorityIsKeptInTheDescription() throws Exception {
        List<String> headings = PlannerFixtures.ENGLISH;
        byte[] first = workbook("Tasks", List.of("Plan name", "Status test"), headings, List.of(
                task("p1", "Wochenmarkt-Lieferdienst", "Ideas", "In progress", "Urgent", "", "", "", "", "", "", "", "",
                        "", "", "", "", "Mit Hofläden"),
                task("p2", "Trinkwasserbrunnen am Rathaus", "Ideas", "Completed", "Low"),
                task("p3", "Kinderuni im Kreishaus", "Ideas", "Not started", "Medium", "", "", "", "", "", "", "", "",
                        "", "", "Themen sammeln;Dozenten fragen")));
        MeasureSource source = PlannerReader.read("status.xlsx", first);
        assertThat(source.measures()).extracting(m -> m.steps().stream().map(Measure.Step::status).toList())
                .containsExactly(List.of(StepStatus.IN_PROGRESS), List.of(StepStatus.DONE),
                        List.of(StepStatus.OPEN, StepStatus.OPEN));
        try (Store store = sampleStore(dir.resolve("s"))) {
            editor(store).execute(ImportMeasures.of(MeasureImport.plan(source, IntakeContext.of(store),
                    options(IntakeMapping.none()))));
            Map<String, Card> cards = cards(store);
            var delivery = store.sheet(cards.get("Wochenmarkt-Lieferdienst").id());
            // a task without checklist: one step, its title, with the task's progress
            assertThat(delivery.steps()).extracting(Step::text, Step::status)
                    .containsExactly(tuple("Wochenmarkt-Lieferdienst", StepStatus.IN_PROGRESS));
            assertThat(delivery.description()).isEqualTo("Mit Hofläden\n\nPriorität in Planner: Dringend");
            assertThat(store.sheet(cards.get("Trinkwasserbrunnen am Rathaus").id()).description())
                    .isEqualTo("Priorität in Planner: Niedrig");

            // the task is done now and the other one begun, with another priority
            byte[] later = workbook("Tasks", List.of("Plan name", "Status test"), headings, List.of(
                    task("p1", "Wochenmarkt-Lieferdienst", "Ideas", "Completed", "Urgent", "", "", "", "", "", "", "",
                            "", "", "", "", "", "Mit Hofläden"),
                    task("p2", "Trinkwasserbrunnen am Rathaus", "Ideas", "Completed", "Low"),
                    task("p3", "Kinderuni im Kreishaus", "Ideas", "In progress", "Important", "", "", "", "", "", "", "",
                            "", "", "Themen sammeln", "Themen sammeln;Dozenten fragen")));
            ImportPlan update = MeasureImport.plan(PlannerReader.read("status.xlsx", later), IntakeContext.of(store),
                    options(IntakeMapping.none()));
            assertThat(update.updatedCards()).hasSize(2);
            editor(store).execute(ImportMeasures.of(update));
            cards = cards(store);
            assertThat(store.sheet(cards.get("Wochenmarkt-Lieferdienst").id()).steps()).extracting(Step::status)
                    .containsExactly(StepStatus.DONE);
            var uni = store.sheet(cards.get("Kinderuni im Kreishaus").id());
            assertThat(uni.steps()).extracting(Step::text, Step::status).containsExactly(
                    tuple("Themen sammeln", StepStatus.DONE), tuple("Dozenten fragen", StepStatus.IN_PROGRESS));
            assertThat(uni.description()).isEqualTo("Priorität in Planner: Wichtig");
            assertThat(MeasureImport.plan(PlannerReader.read("status.xlsx", later), IntakeContext.of(store),
                    options(IntakeMapping.none())).changesNothing()).isTrue();
        }
    }

    @Test
    void bucketsBecomeColumnsOrHandlungsfelderAsTheUserChooses() throws Exception {
        MeasureSource source = PlannerReader.read("handlungsfelder.xlsx", PlannerFixtures.bucketExport());
        try (Store store = sampleStore(dir.resolve("s"))) {
            IntakeContext context = IntakeContext.of(store);
            String first = context.catalogue().handlungsfelder().get(0).key();
            ImportPlan asColumns = MeasureImport.plan(source, context, options(IntakeMapping.none()));
            assertThat(asColumns.newCards()).extracting(n -> n.column().name(), n -> n.card().handlungsfeld())
                    .containsExactly(tuple("Vorschlag", first), tuple("Vorschlag", first),
                            tuple("In Umsetzung", "TEILHABE"));
            assertThat(asColumns.byDefault()).isEqualTo(2);

            ImportPlan asFields = MeasureImport.plan(source, context,
                    options(IntakeMapping.none()).withBuckets(Buckets.FIELDS));
            assertThat(asFields.newCards()).extracting(n -> n.column().name(), n -> n.card().handlungsfeld())
                    .containsExactly(tuple("Vorschlag", "BILDUNG"), tuple("Vorschlag", "MOBILITAET"),
                            tuple("Vorschlag", "TEILHABE"));
            assertThat(asFields.byDefault()).isZero();
            assertThat(PlanText.lines(asFields)).anySatisfy(l -> assertThat(l).contains("BILDUNG 1", "MOBILITAET 1",
                    "TEILHABE 1", "davon 0 ohne Angabe"));

            editor(store).execute(ImportMeasures.of(asFields));
            assertThat(cards(store).get("Sternfahrt der Ortsteile").handlungsfeld()).isEqualTo("MOBILITAET");
            // the same choice again: nothing to do; the cards are not moved to the buckets' columns
            ImportPlan again = MeasureImport.plan(PlannerReader.read("handlungsfelder.xlsx", PlannerFixtures.bucketExport()),
                    IntakeContext.of(store), options(IntakeMapping.none()).withBuckets(Buckets.FIELDS));
            assertThat(again.changesNothing()).isTrue();
            assertThat(again.unchanged()).isEqualTo(3);
        }
    }

    @Test
    void theFormatIsGuessedFromTheColumns() throws Exception {
        assertThat(MeasureFiles.guess("x.xlsx", germanExport())).isEqualTo(IntakeFormat.PLANNER);
        assertThat(MeasureFiles.guess("x.xlsx", englishExport())).isEqualTo(IntakeFormat.PLANNER);
        byte[] list = workbook("Maßnahmen", List.of(), List.of("Maßnahme", "Handlungsfeld"),
                List.of(task("Bürgerbus", "Mobilität")));
        assertThat(MeasureFiles.guess("x.xlsx", list)).isEqualTo(IntakeFormat.EXCEL);
    }

    @Test
    void theWrongSheetABadDateAndNoWorkbookAreRefusedNamingThePlace() throws Exception {
        byte[] wrongSheet = workbook("Übersicht", List.of("Planname", "X"), List.of("Bucket", "Anzahl"),
                List.of(task("Ideen", "3")));
        assertThatThrownBy(() -> PlannerReader.read("plan.xlsx", wrongSheet)).isInstanceOf(IntakeFileException.class)
                .hasMessageContaining("plan.xlsx").hasMessageContaining("Übersicht").hasMessageContaining("Aufgabenname");

        byte[] badDate = workbook("Aufgaben", List.of("Planname", "P"), GERMAN, List.of(
                task("id1", "Bürgertreff", "Ideen", "Nicht begonnen", "", "", "", "", "31.02.2026")));
        MeasureSource source = PlannerReader.read("plan.xlsx", badDate);
        assertThat(source.problems()).singleElement().satisfies(p -> {
            assertThat(p.place()).isEqualTo("Aufgabe „Bürgertreff“ (Zeile 4)");
            assertThat(p.message()).contains("31.02.2026", "Startdatum");
        });

        assertThatThrownBy(() -> PlannerReader.read("plan.xlsx", "Task ID;Task Name\n1;x\n".getBytes()))
                .isInstanceOf(CatalogueFileException.class).hasMessageContaining("plan.xlsx");
        assertThat(Optional.of(PlannerReader.split(" a; ;b ;"))).hasValue(List.of("a", "b"));
    }
}
