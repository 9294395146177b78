package de.werkbank.intake;

import de.werkbank.i18n.Messages;
import de.werkbank.sheet.StepStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Microsoft Planner's „Export plan to Excel“ (in English or as the German Planner names its
 * columns): the plan's name and the export date stand above the table, then one row per task. Task
 * name → title, bucket → stage (a column or a Handlungsfeld, as the user chooses: {@link Buckets}), labels
 * (separated by {@code ;}) → Handlungsfeld hints, start and due date, checklist items (separated by
 * {@code ;}) → steps, done when the task is completed or the completed items say so, the others in
 * progress while the task is (a task without checklist gets one step, its title, when it is in progress
 * or completed), assigned people, description, the priority as the description's last line (the card
 * and its sheet have no place of their own for it). Columns it does not know (Created By, …) are left alone.
 */
public final class PlannerReader {

    /** How far down the heading row may stand (below the plan's name and export date). */
    static final int HEADER_SEARCH = 20;

    /** The columns read, with the names English and German Planner give them. */
    enum Column {
        TASK_ID("Task ID", "Aufgaben-ID", "Aufgaben ID", "Vorgangs-ID"),
        TITLE("Task Name", "Aufgabenname", "Name der Aufgabe", "Vorgangsname"),
        BUCKET("Bucket Name", "Bucketname", "Bucket-Name", "Bucket"),
        PROGRESS("Progress", "Status", "Fortschritt"),
        PRIORITY("Priority", "Priorität"),
        ASSIGNED("Assigned To", "Zugewiesen an"),
        START("Start Date", "Startdatum", "Beginnt am", "Anfangsdatum"),
        DUE("Due Date", "Fälligkeitsdatum", "Fällig am", "Fälligkeit"),
        CHECKLIST_DONE("Completed Checklist Items", "Erledigte Checklistenelemente", "Abgeschlossene Checklistenelemente",
                "Abgeschlossene Prüflistenelemente", "Erledigte Prüflistenelemente"),
        CHECKLIST("Checklist Items", "Checklistenelemente", "Prüflistenelemente", "Checkliste", "Prüfliste"),
        LABELS("Labels", "Bezeichnungen", "Beschriftungen", "Kategorien"),
        DESCRIPTION("Description", "Beschreibung", "Notizen");

        final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }

        boolean named(String heading) {
            String h = Normalized.of(heading);
            return names.stream().anyMatch(n -> Normalized.of(n).equals(h));
        }
    }

    private static final Set<String> PLAN_NAME = Set.of("plan name", "planname", "name des plans");
    private static final Set<String> DONE = Set.of("completed", "abgeschlossen", "erledigt");
    private static final Set<String> IN_PROGRESS = Set.of("in progress", "in bearbeitung", "in arbeit", "begonnen");
    /** Planner's four priorities, English and German, → the key of their name in the UI messages. */
    private static final Map<String, String> PRIORITIES = Map.of("urgent", "urgent", "dringend", "urgent",
            "important", "important", "wichtig", "important", "medium", "medium", "mittel", "medium",
            "low", "low", "niedrig", "low");

    private final String fileName;
    private final List<IntakeProblem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private PlannerReader(String fileName) {
        this.fileName = fileName;
    }

    /** @throws IntakeFileException when the first sheet has no Planner table */
    public static MeasureSource read(String fileName, byte[] bytes) {
        return new PlannerReader(fileName).read(IntakeTable.workbook(fileName, bytes));
    }

    /** Whether a workbook's first sheet holds Planner's columns (a task name and a bucket or task id). */
    static boolean looksLikePlanner(IntakeTable table) {
        return header(table).filter(h -> h.index().containsKey(Column.TITLE)
                && (h.index().containsKey(Column.BUCKET) || h.index().containsKey(Column.TASK_ID))).isPresent();
    }

    private record Header(int at, Map<Column, Integer> index) {
    }

    private static Optional<Header> header(IntakeTable table) {
        for (int r = 0; r < Math.min(HEADER_SEARCH, table.rows().size()); r++) {
            IntakeTable.Row row = table.rows().get(r);
            Map<Column, Integer> index = new EnumMap<>(Column.class);
            for (int i = 0; i < row.cells().size(); i++) {
                String heading = row.text(i);
                final int at = i;
                Arrays.stream(Column.values()).filter(c -> c.named(heading)).findFirst()
                        .ifPresent(c -> index.putIfAbsent(c, at));
            }
            if (index.containsKey(Column.TITLE)) {
                return Optional.of(new Header(r, index));
            }
        }
        return Optional.empty();
    }

    private MeasureSource read(IntakeTable table) {
        Header header = header(table).orElseThrow(() -> new IntakeFileException("intake.planner.noHeader", fileName,
                table.sheet(), HEADER_SEARCH, Column.TITLE.names.get(0), Column.TITLE.names.get(1)));
        String plan = planName(table, header.at()).orElse(fileName.replaceFirst("(?i)\\.xlsx$", ""));
        Map<Column, Integer> at = header.index();
        List<Measure> measures = new ArrayList<>();
        for (int r = header.at() + 1; r < table.rows().size(); r++) {
            IntakeTable.Row row = table.rows().get(r);
            if (row.blank()) {
                continue;
            }
            measures.add(measure(plan, row, at));
        }
        return new MeasureSource(IntakeFormat.PLANNER, fileName, plan, measures, notes, problems);
    }

    /** The value beside „Plan name“ / „Planname“ above the table. */
    private static Optional<String> planName(IntakeTable table, int headerRow) {
        for (int r = 0; r < headerRow; r++) {
            IntakeTable.Row row = table.rows().get(r);
            if (PLAN_NAME.contains(Normalized.of(row.text(0))) && !row.text(1).isEmpty()) {
                return Optional.of(row.text(1));
            }
        }
        return Optional.empty();
    }

    private Measure measure(String plan, IntakeTable.Row row, Map<Column, Integer> at) {
        String title = text(row, at, Column.TITLE);
        String place = Messages.tr("intake.place.task", title, row.number());
        String id = text(row, at, Column.TASK_ID);
        String bucket = text(row, at, Column.BUCKET);
        List<String> hints = new ArrayList<>(split(text(row, at, Column.LABELS)));
        StepStatus progress = progress(text(row, at, Column.PROGRESS));
        List<Measure.Step> steps = steps(place, split(text(row, at, Column.CHECKLIST)),
                text(row, at, Column.CHECKLIST_DONE), progress);
        if (steps.isEmpty() && progress != StepStatus.OPEN) {
            steps = List.of(new Measure.Step(title, progress));
        }
        String sourceId = "planner:" + Normalized.of(plan) + "/" + (id.isEmpty() ? Normalized.of(title) : id);
        return new Measure(sourceId, place, title, description(text(row, at, Column.DESCRIPTION),
                text(row, at, Column.PRIORITY)), hints, "", null, "",
                date(row, at, Column.START, place), date(row, at, Column.DUE, place), null, bucket, steps,
                split(text(row, at, Column.ASSIGNED)), List.of(), false);
    }

    /** A task's progress as a step's status: not started → open. */
    private static StepStatus progress(String text) {
        String p = Normalized.of(text);
        return DONE.contains(p) ? StepStatus.DONE : IN_PROGRESS.contains(p) ? StepStatus.IN_PROGRESS : StepStatus.OPEN;
    }

    /** The task's description with its priority („Priorität in Planner: Wichtig“) as the last line. */
    private static String description(String description, String priority) {
        if (priority.isBlank()) {
            return description;
        }
        String key = PRIORITIES.get(Normalized.of(priority));
        String line = Messages.tr("intake.planner.priority", key == null ? priority : Messages.tr("intake.priority." + key));
        return description.isBlank() ? line : description.strip() + "\n\n" + line;
    }

    /**
     * The checklist as steps. Planner's export names the completed items, or only counts them
     * („2/5“): then all are done when all are, none when none is, and otherwise the steps stay open
     * and the preview says so. The items not done are in progress while the task is.
     */
    private List<Measure.Step> steps(String place, List<String> items, String completedText, StepStatus progress) {
        Set<String> doneNames = new HashSet<>();
        boolean taskDone = progress == StepStatus.DONE;
        boolean allDone = taskDone;
        StepStatus notDone = progress == StepStatus.IN_PROGRESS ? StepStatus.IN_PROGRESS : StepStatus.OPEN;
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("(\\d+)\\s*/\\s*(\\d+)").matcher(completedText);
        if (count.matches()) {
            int done = Integer.parseInt(count.group(1));
            int of = Integer.parseInt(count.group(2));
            if (done > 0 && done == of) {
                allDone = true;
            } else if (done > 0 && !taskDone) {
                notes.add(Messages.tr("intake.planner.partialChecklist", place, done, of, Messages.tr(notDone.messageKey())));
            }
        } else {
            split(completedText).forEach(n -> doneNames.add(Normalized.of(n)));
        }
        List<Measure.Step> steps = new ArrayList<>();
        for (String item : items) {
            steps.add(new Measure.Step(item, allDone || doneNames.contains(Normalized.of(item)) ? StepStatus.DONE : notDone));
        }
        return steps;
    }

    private LocalDate date(IntakeTable.Row row, Map<Column, Integer> at, Column column, String place) {
        if (!at.containsKey(column)) {
            return null;
        }
        IntakeTable.Value cell = row.cell(at.get(column));
        try {
            return DateText.parse(cell).orElse(null);
        } catch (DateTimeParseException e) {
            problems.add(IntakeProblem.of(place, "intake.badDate", column.names.get(Messages.get().locale()
                    .getLanguage().equals("de") ? 1 : 0), cell.text()));
            return null;
        }
    }

    private static String text(IntakeTable.Row row, Map<Column, Integer> at, Column column) {
        Integer i = at.get(column);
        return i == null ? "" : row.text(i);
    }

    /** Items separated by {@code ;} (Planner's separator), blanks left out. */
    static List<String> split(String text) {
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
