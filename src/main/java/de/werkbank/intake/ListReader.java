package de.werkbank.intake;

import de.werkbank.catalogue.Kind;
import de.werkbank.datencheck.GermanNumbers;
import de.werkbank.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a list of measures from Excel ({@code .xlsx}, first sheet) or CSV: the heading row is the
 * first row (of the first 20) that names a title column, by the mapping's {@code headings} or by the
 * usual names ({@link ListColumn}). One row per measure; steps one per line in a cell, or one row per
 * step under its measure (a row with a step but no title); a step starting with „x“, „[x]“ or „✓“ is done.
 */
public final class ListReader {

    static final int HEADER_SEARCH = 20;

    private final String fileName;
    private final IntakeMapping mapping;
    private final List<IntakeProblem> problems = new ArrayList<>();

    private ListReader(String fileName, IntakeMapping mapping) {
        this.fileName = fileName;
        this.mapping = mapping;
    }

    /** @throws IntakeFileException when the file has no title column or the mapping names a heading it lacks */
    public static MeasureSource read(String fileName, byte[] bytes, IntakeMapping mapping) {
        return new ListReader(fileName, mapping).read(IntakeTable.read(fileName, bytes));
    }

    /** The headings of the file's heading row (for the mapping dialog); empty when none names a title. */
    public static List<String> headings(String fileName, byte[] bytes) {
        IntakeTable table = IntakeTable.read(fileName, bytes);
        for (int r = 0; r < Math.min(HEADER_SEARCH, table.rows().size()); r++) {
            if (!table.rows().get(r).blank()) {
                return table.rows().get(r).cells().stream().map(IntakeTable.Value::text).toList();
            }
        }
        return List.of();
    }

    private record Header(int at, Map<ListColumn, Integer> index) {
    }

    private MeasureSource read(IntakeTable table) {
        for (String key : mapping.headings().keySet()) {
            if (ListColumn.byKey(key).isEmpty()) {
                throw new IntakeFileException("intake.list.unknownKey", key, String.join(", ",
                        java.util.Arrays.stream(ListColumn.values()).map(ListColumn::key).toList()));
            }
        }
        Header header = header(table);
        String base = Normalized.of(fileName.replaceFirst("\\.[^.]+$", ""));
        List<Measure> measures = new ArrayList<>();
        Draft current = null;
        for (int r = header.at() + 1; r < table.rows().size(); r++) {
            IntakeTable.Row row = table.rows().get(r);
            if (row.blank()) {
                continue;
            }
            String title = text(row, header, ListColumn.TITLE);
            if (title.isEmpty() && current != null && !text(row, header, ListColumn.STEPS).isEmpty()) {
                current.steps.addAll(steps(text(row, header, ListColumn.STEPS)));
                continue;
            }
            if (current != null) {
                measures.add(current.measure());
            }
            current = new Draft(base, row, header, title);
        }
        if (current != null) {
            measures.add(current.measure());
        }
        return new MeasureSource(IntakeFormat.EXCEL, fileName, fileName, measures, List.of(), problems);
    }

    /** A measure while its step rows are read. */
    private final class Draft {
        final String sourceId;
        final String place;
        final IntakeTable.Row row;
        final Header header;
        final String title;
        final List<Measure.Step> steps = new ArrayList<>();

        Draft(String base, IntakeTable.Row row, Header header, String title) {
            this.row = row;
            this.header = header;
            this.title = title;
            String id = text(row, header, ListColumn.ID);
            this.sourceId = "list:" + base + "/" + (id.isEmpty() ? Normalized.of(title) : Normalized.of(id));
            this.place = Messages.tr("intake.place.row", row.number()) + (title.isEmpty() ? "" : " („" + title + "“)");
            steps.addAll(steps(text(row, header, ListColumn.STEPS)));
        }

        Measure measure() {
            String field = text(row, header, ListColumn.FIELD);
            return new Measure(sourceId, place, title, text(row, header, ListColumn.DESCRIPTION),
                    field.isEmpty() ? List.of() : List.of(field), text(row, header, ListColumn.ID), kind(),
                    text(row, header, ListColumn.OFFICE), date(ListColumn.START), date(ListColumn.END), budget(),
                    text(row, header, ListColumn.STAGE), steps, List.of(), List.of(), false);
        }

        private Kind kind() {
            String k = Normalized.of(text(row, header, ListColumn.KIND));
            return switch (k) {
                case "" -> null;
                case "blau", "blue", "b", "bestehend" -> Kind.BLUE;
                case "gruen", "green", "g", "neu" -> Kind.GREEN;
                default -> {
                    problems.add(IntakeProblem.of(place, "intake.list.badKind", text(row, header, ListColumn.KIND)));
                    yield null;
                }
            };
        }

        private LocalDate date(ListColumn column) {
            IntakeTable.Value cell = header.index().containsKey(column) ? row.cell(header.index().get(column))
                    : IntakeTable.Value.EMPTY;
            try {
                return DateText.parse(cell).orElse(null);
            } catch (DateTimeParseException e) {
                problems.add(IntakeProblem.of(place, "intake.badDate", heading(column), cell.text()));
                return null;
            }
        }

        private BigDecimal budget() {
            IntakeTable.Value cell = header.index().containsKey(ListColumn.BUDGET)
                    ? row.cell(header.index().get(ListColumn.BUDGET)) : IntakeTable.Value.EMPTY;
            if (cell.number() != null) {
                return cell.number();
            }
            String t = cell.text().replace("€", "").replace("EUR", "").replace("\u00a0", "").replace(" ", "").strip();
            if (t.isEmpty()) {
                return null;
            }
            Optional<BigDecimal> n = GermanNumbers.parse(t, true).or(() -> GermanNumbers.parse(t, false));
            if (n.isEmpty()) {
                problems.add(IntakeProblem.of(place, "intake.list.badBudget", cell.text()));
                return null;
            }
            return n.get();
        }

        private String heading(ListColumn column) {
            return headerText.getOrDefault(column, column.headings().get(0));
        }
    }

    private final Map<ListColumn, String> headerText = new EnumMap<>(ListColumn.class);

    private Header header(IntakeTable table) {
        for (int r = 0; r < Math.min(HEADER_SEARCH, table.rows().size()); r++) {
            IntakeTable.Row row = table.rows().get(r);
            if (row.blank()) {
                continue;
            }
            Map<ListColumn, Integer> index = new EnumMap<>(ListColumn.class);
            headerText.clear();
            for (ListColumn c : ListColumn.values()) {
                Optional<String> mapped = Optional.ofNullable(mapping.headings().get(c.key()));
                for (int i = 0; i < row.cells().size(); i++) {
                    String h = row.text(i);
                    boolean hit = mapped.map(m -> Normalized.of(m).equals(Normalized.of(h))).orElseGet(() -> c.named(h));
                    if (hit && !index.containsValue(i)) {
                        index.put(c, i);
                        headerText.put(c, h);
                        break;
                    }
                }
            }
            if (index.containsKey(ListColumn.TITLE)) {
                for (var e : mapping.headings().entrySet()) {
                    ListColumn c = ListColumn.byKey(e.getKey()).orElseThrow();
                    if (!index.containsKey(c)) {
                        throw new IntakeFileException("intake.list.mappedHeadingMissing", fileName, row.number(),
                                e.getValue(), e.getKey());
                    }
                }
                return new Header(r, index);
            }
        }
        String wanted = Optional.ofNullable(mapping.headings().get(ListColumn.TITLE.key()))
                .orElse(String.join(", ", ListColumn.TITLE.headings()));
        throw new IntakeFileException("intake.list.noTitleColumn", fileName, table.sheet(), HEADER_SEARCH, wanted);
    }

    private static String text(IntakeTable.Row row, Header header, ListColumn column) {
        Integer i = header.index().get(column);
        return i == null ? "" : row.text(i);
    }

    /** Steps one per line; „x …“, „[x] …“, „✓ …“ or „✔ …“ is done („[ ] …“ open). */
    static List<Measure.Step> steps(String cell) {
        List<Measure.Step> steps = new ArrayList<>();
        for (String line : cell.split("\\R")) {
            String l = line.strip().replaceFirst("^[-•*]\\s+", "");
            if (l.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher done = java.util.regex.Pattern.compile("^(?:\\[[xX]]|[xX]|✓|✔)\\s+(.+)$").matcher(l);
            if (done.matches()) {
                steps.add(new Measure.Step(done.group(1), true));
            } else {
                steps.add(new Measure.Step(l.replaceFirst("^\\[ ]\\s+", ""), false));
            }
        }
        return steps;
    }
}
