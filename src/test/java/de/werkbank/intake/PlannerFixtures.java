package de.werkbank.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Microsoft Planner's „Export plan to Excel“, written here as Planner lays it out: the plan's name,
 * its id and the export date above the table, one row per task, dates as date cells (German Planner)
 * or as US text (English Planner), checklist items separated by {@code ;}. Used by the tests and the
 * {@code intake} benchmark.
 */
public final class PlannerFixtures {

    public static final List<String> ENGLISH = List.of("Task ID", "Task Name", "Bucket Name", "Progress", "Priority",
            "Assigned To", "Created By", "Created Date", "Start Date", "Due Date", "Is Recurring", "Late",
            "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items", "Labels", "Description");
    public static final List<String> GERMAN = List.of("Aufgaben-ID", "Aufgabenname", "Bucketname", "Status",
            "Priorität", "Zugewiesen an", "Erstellt von", "Erstellungsdatum", "Startdatum", "Fälligkeitsdatum",
            "Ist wiederkehrend", "Verspätet", "Abschlussdatum", "Abgeschlossen von", "Erledigte Checklistenelemente",
            "Checklistenelemente", "Bezeichnungen", "Beschreibung");

    /** One task: its cells in the order of the headings; a LocalDate is written as a date cell. */
    public static byte[] workbook(String sheet, List<String> above, List<String> headings, List<List<Object>> tasks)
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

    public static List<Object> task(Object... cells) {
        return new ArrayList<>(List.of(cells));
    }

    public static byte[] germanExport() throws IOException {
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

    public static byte[] englishExport() throws IOException {
        return workbook("Tasks", List.of("Plan name", "Demography workshop", "Plan ID", "abc123", "Export date",
                "6/1/2026"), ENGLISH, List.of(
                task("a1", "Rufbus und On-Demand-Verkehr", "Mobilität", "In progress", "Important", "Anna Müller",
                        "Anna Müller", "1/10/2026", "3/1/2026", "12/15/2026", "false", "false", "", "", "1/3",
                        "Bedarf erheben;Anbieter ausschreiben;Start", "", "Rufbus für die Eifel"),
                task("a2", "Digitalpaten für Ältere", "Gesellschaftliche Teilhabe", "Not started", "Medium", "", "",
                        "1/10/2026", "", "", "false", "false", "", "", "", "", "", "")));
    }

    /**
     * A plan whose buckets name Handlungsfelder (two of them) or a column (the third, whose label
     * names its field); titles no catalogue tool resembles.
     */
    public static byte[] bucketExport() throws IOException {
        return workbook("Aufgaben", List.of("Planname", "Maßnahmen nach Handlungsfeld", "Exportdatum", "01.06.2026"),
                GERMAN, List.of(
                        task("b1", "Sommerkino auf dem Marktplatz 🎬", "Bildung", "Nicht begonnen", "Mittel", "", "", "",
                                "", "", "false", "false", "", "", "", "", "", ""),
                        task("b2", "Sternfahrt der Ortsteile", "Mobilität", "Nicht begonnen", "Mittel", "", "", "", "", "",
                                "false", "false", "", "", "", "", "", ""),
                        task("b3", "Ortsteilkonferenz Vossenack", "In Umsetzung", "Nicht begonnen", "Mittel", "", "", "",
                                "", "", "false", "false", "", "", "", "", "Gesellschaftliche Teilhabe", "")));
    }

    private PlannerFixtures() {
    }
}
