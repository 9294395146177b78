package de.werkbank.intake;

import static de.werkbank.intake.IntakeFixtures.editor;
import static de.werkbank.intake.IntakeFixtures.options;
import static de.werkbank.intake.IntakeFixtures.sampleStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/**
 * Microsoft Planner's „Export plan to Excel“, written here as Planner lays it out: the plan's name,
 * its id and the export date above the table, one row per task, dates as date cells (German Planner)
 * or as US text (English Planner), checklist items separated by {@code ;}.
 */
class PlannerImportTest {

    private static final List<String> ENGLISH = List.of("Task ID", "Task Name", "Bucket Name", "Progress", "Priority",
            "Assigned To", "Created By", "Created Date", "Start Date", "Due Date", "Is Recurring", "Late",
            "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items", "Labels", "Description");
    private static final List<String> GERMAN = List.of("Aufgaben-ID", "Aufgabenname", "Bucketname", "Status",
            "Priorität", "Zugewiesen an", "Erstellt von", "Erstellungsdatum", "Startdatum", "Fälligkeitsdatum",
            "Ist wiederkehrend", "Verspätet", "Abschlussdatum", "Abgeschlossen von", "Erledigte Checklistenelemente",
            "Checklistenelemente", "Bezeichnungen", "Beschreibung");

    @TempDir
    Path dir;

    /** One task: its cells in the order of the headings; a LocalDate is written as a date cell. */
    private static byte[] workbook(String sheet, List<String> above, List<String> headings, List<List<Object>> tasks)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook book = new Workbook(out, "Microsoft Excel", "1.0");
        Worksheet ws = book.newWorksheet(sheet);
        int r = 0;
        for (int i = 0; i + 1 < above.size(); i += 2) {
            ws.value(r, 0, above.get(i));
            ws.value(r, 1, above.get(i + 1));
            r++;
        }
        r++;
        for (int c = 0; c < headings.size(); c++) {
            ws.value(r, c, headings.get(c));
        }
        for (List<Object> task : tasks) {
            r++;
            for (int c = 0; c < task.size(); c++) {
                Object v = task.get(c);
                if (v instanceof LocalDate d) {
                    ws.value(r, c, d);
                    ws.style(r, c).format("dd.MM.yyyy").set();
                } else if (v != null) {
                    ws.value(r, c, v.toString());
                }
            }
        }
        book.finish();
        return out.toByteArray();
    }

    private static List<Object> task(Object... cells) {
        return new ArrayList<>(List.of(cells));
    }

    static byte[] germanExport() throws IOException {
        return workbook("Aufgaben", List.of("Planname", "Demografiewerkstatt Kreis Düren", "Plan-ID",
                        "xqQg5FS2LkCp935s-FIFm2QAFkHM", "Exportdatum", "01.06.2026"), GERMAN, List.of(
                task("uYsB3xQ1", "Bürgerbus im ländlichen Raum", "In Umsetzung", "In Bearbeitung", "Wichtig",
                        "Anna Müller;Jörg Weiß", "Anna Müller", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 1),
                        LocalDate.of(2027, 6, 30), "false", "false", "", "", "Bürgerbusverein gründen",
                        "Bürgerbusverein gründen;Fahrzeug beschaffen;Fahrplan abstimmen", "Mobilität", "Zwei Linien ab Heimbach."),
                task("kL9pQw2E", "Lesepaten für Grundschulen", "Ideen", "Nicht begonnen", "Mittel", "", "Jörg Weiß",
                        LocalDate.of(2026, 2, 2), "", "", "false", "false", "", "", "0/2",
                        "Schulen anschreiben;Paten gewinnen", "Bildung", ""),
                task("Zt7mN4cR", "Seniorenwohnen am Markt", "Verstetigt", "Abgeschlossen", "Niedrig", "", "Anna Müller",
                        LocalDate.of(2025, 5, 5), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31), "false", "false",
                        LocalDate.of(2025, 12, 20), "Anna Müller", "2/2", "Grundstück sichern;Träger finden",
                        "Leben & Wohnen;Dringend", "")));
    }

    static byte[] englishExport() throws IOException {
        return workbook("Tasks", List.of("Plan name", "Demography workshop", "Plan ID", "abc123", "Export date",
                "6/1/2026"), ENGLISH, List.of(
                task("a1", "Rufbus und On-Demand-Verkehr", "Mobilität", "In progress", "Important", "Anna Müller",
                        "Anna Müller", "1/10/2026", "3/1/2026", "12/15/2026", "false", "false", "", "", "1/3",
                        "Bedarf erheben;Anbieter ausschreiben;Start", "", "Rufbus für die Eifel"),
                task("a2", "Digitalpaten für Ältere", "Gesellschaftliche Teilhabe", "Not started", "Medium", "", "",
                        "1/10/2026", "", "", "false", "false", "", "", "", "", "", "")));
    }

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
            assertThat(sheet.description()).isEqualTo("Zwei Linien ab Heimbach.");
            // the completed items named: that one is done
            assertThat(sheet.steps()).extracting(Step::text, Step::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Bürgerbusverein gründen", StepStatus.DONE),
                    org.assertj.core.groups.Tuple.tuple("Fahrzeug beschaffen", StepStatus.OPEN),
                    org.assertj.core.groups.Tuple.tuple("Fahrplan abstimmen", StepStatus.OPEN));
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
