package de.werkbank.catalogue;

import de.werkbank.catalogue.CatalogueTable.Column;
import de.werkbank.catalogue.CatalogueTable.FieldColumn;
import de.werkbank.catalogue.CatalogueTable.Row;
import de.werkbank.i18n.Messages;
import de.werkbank.i18n.UserFacingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Compares a catalogue file with the stored catalogue, before anything is stored: which tools are new,
 * which change (matched by id, with the fields that change), which Handlungsfelder change (names,
 * colour, Zukunftsbild), and which rows have problems (unknown Handlungsfeld, missing title, bad kind,
 * an id twice, the id of a retired tool). Tools the file does not name stay as they are; a row
 * without an id becomes a new tool with the next free id.
 */
public final class CatalogueImport {

    private static final int MAX_CODE = 20;
    private static final int MAX_TITLE = 200;
    private static final int MAX_DESCRIPTION = 4000;
    private static final int MAX_TEXT = 200;
    private static final int MAX_TAG = 100;
    private static final int MAX_SHORT_NAME = 100;
    private static final int MAX_VISION = 20_000;

    /**
     * What importing a file would do.
     *
     * @param source the file's name
     * @param unchanged how many of the file's tools are stored exactly so already
     */
    public record Preview(String source, List<Werkzeug> added, List<WerkzeugChange> changed, List<FieldChange> fields,
                          int unchanged, List<Problem> problems) {
        public Preview {
            added = List.copyOf(added);
            changed = List.copyOf(changed);
            fields = List.copyOf(fields);
            problems = List.copyOf(problems);
        }

        public boolean changesNothing() {
            return added.isEmpty() && changed.isEmpty() && fields.isEmpty();
        }

        /** @throws UserFacingException listing every problem with its row, when there is any */
        public void refuseProblems() {
            if (!problems.isEmpty()) {
                throw new UserFacingException("catalogueImport.refused", source, problems.size(),
                        problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
            }
        }
    }

    /**
     * A row the import refuses.
     *
     * @param sheet the sheet's name ("Werkzeuge" for CSV)
     * @param row the row number as Excel shows it
     * @param message what is wrong, in the UI language
     */
    public record Problem(String sheet, int row, String message) {
        @Override
        public String toString() {
            return Messages.tr("catalogueImport.problemAt", sheet, row, message);
        }
    }

    private final Catalogue stored;
    private final Supplier<UUID> ids;
    private final List<Problem> problems = new ArrayList<>();

    private CatalogueImport(Catalogue stored, Supplier<UUID> ids) {
        this.stored = stored;
        this.ids = ids;
    }

    public static Preview preview(Catalogue stored, CatalogueTable.Content file) {
        return preview(stored, file, UUID::randomUUID);
    }

    /** @param ids gives each new tool its id */
    public static Preview preview(Catalogue stored, CatalogueTable.Content file, Supplier<UUID> ids) {
        return new CatalogueImport(stored, ids).compare(file);
    }

    private Preview compare(CatalogueTable.Content file) {
        List<FieldChange> fields = fields(file.fields());
        Map<String, String> fieldByName = fieldNames(fields);
        List<Werkzeug> added = new ArrayList<>();
        List<WerkzeugChange> changed = new ArrayList<>();
        List<Row<Column>> withoutCode = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int unchanged = 0;
        Map<String, Werkzeug> storedByCode = new HashMap<>();
        stored.werkzeuge().forEach(w -> storedByCode.putIfAbsent(w.code().toUpperCase(Locale.ROOT), w));
        for (Row<Column> row : file.tools()) {
            String code = row.get(Column.CODE);
            if (code.isEmpty()) {
                withoutCode.add(row);
                continue;
            }
            Integer earlier = seen.putIfAbsent(code.toUpperCase(Locale.ROOT), row.number());
            if (earlier != null) {
                problem(row, "catalogueImport.duplicateId", code, earlier);
                continue;
            }
            if (code.length() > MAX_CODE || code.chars().anyMatch(Character::isWhitespace)) {
                problem(row, "catalogueImport.badId", code, MAX_CODE);
                continue;
            }
            Optional<Werkzeug> existing = Optional.ofNullable(storedByCode.get(code.toUpperCase(Locale.ROOT)));
            Optional<Boolean> retired = retired(row);
            if (retired.isEmpty()) {
                continue;
            }
            if (existing.isPresent() && existing.get().retired() && !retired.get()) {
                problem(row, "catalogueImport.retiredId", existing.get().code(), existing.get().title());
                continue;
            }
            Optional<Werkzeug> tool = tool(row, existing.map(Werkzeug::id).orElseGet(ids),
                    existing.map(Werkzeug::code).orElse(code), existing, fieldByName, retired.get());
            if (tool.isEmpty()) {
                continue;
            }
            if (existing.isEmpty()) {
                added.add(tool.get());
            } else if (existing.get().equals(tool.get())) {
                unchanged++;
            } else {
                changed.add(new WerkzeugChange(existing.get(), tool.get()));
            }
        }
        int next = nextNumber(file);
        for (Row<Column> row : withoutCode) {
            Optional<Boolean> retired = retired(row);
            Optional<Werkzeug> tool = retired.isEmpty() ? Optional.empty()
                    : tool(row, ids.get(), String.format("W-%03d", next), Optional.empty(), fieldByName, retired.get());
            if (tool.isPresent()) {
                added.add(tool.get());
                next++;
            }
        }
        problems.sort(Comparator.comparing(Problem::sheet).thenComparingInt(Problem::row));
        return new Preview(file.fileName(), added, changed, fields, unchanged, problems);
    }

    /** One above the highest W-number in the store and in the file. */
    private int nextNumber(CatalogueTable.Content file) {
        int highest = Integer.parseInt(stored.nextFreeCode().substring(2)) - 1;
        for (Row<Column> row : file.tools()) {
            String code = row.get(Column.CODE);
            if (code.matches("[Ww]-\\d{1,6}")) {
                highest = Math.max(highest, Integer.parseInt(code.substring(2)));
            }
        }
        return highest + 1;
    }

    /** The tool a row describes, or empty (with its problems noted). */
    /**
     * Whether the row's tool is retired: "ja" (or "x") under "Ausgemustert"; empty or "nein" means in
     * use, and so does a file without the column. Empty when the cell says something else.
     */
    private Optional<Boolean> retired(Row<Column> row) {
        String text = row.has(Column.RETIRED) ? row.get(Column.RETIRED).toLowerCase(Locale.GERMAN) : "";
        return switch (text) {
            case "", "nein" -> Optional.of(false);
            case CatalogueTable.RETIRED_YES, "x" -> Optional.of(true);
            default -> {
                problem(row, "catalogueImport.badRetired", row.get(Column.RETIRED));
                yield Optional.empty();
            }
        };
    }

    private Optional<Werkzeug> tool(Row<Column> row, UUID id, String code, Optional<Werkzeug> existing,
                                    Map<String, String> fieldByName, boolean retired) {
        int before = problems.size();
        String title = row.get(Column.TITLE);
        if (title.isEmpty()) {
            problem(row, "catalogueImport.titleMissing");
        }
        tooLong(row, Column.TITLE, MAX_TITLE);
        String fieldText = row.get(Column.FIELD);
        String field = fieldByName.get(fieldText.toLowerCase(Locale.GERMAN));
        if (field == null) {
            problem(row, fieldText.isEmpty() ? "catalogueImport.fieldMissing" : "catalogueImport.unknownField", fieldText,
                    String.join(", ", stored.handlungsfelder().stream().map(Handlungsfeld::key).toList()));
        }
        Optional<Kind> kind = KindText.parse(row.get(Column.KIND));
        if (kind.isEmpty()) {
            problem(row, "catalogueImport.badKind", row.get(Column.KIND));
        }
        tooLong(row, Column.DESCRIPTION, MAX_DESCRIPTION);
        tooLong(row, Column.LEAD_OFFICE, MAX_TEXT);
        List<String> groups = listOr(row, Column.TARGET_GROUPS, existing.map(Werkzeug::targetGroups), MAX_TEXT);
        List<String> tags = listOr(row, Column.TAGS, existing.map(Werkzeug::tags), MAX_TAG);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Werkzeug(id, code, title,
                textOr(row, Column.DESCRIPTION, existing.map(Werkzeug::description)), field, kind.get(), groups,
                textOr(row, Column.LEAD_OFFICE, existing.map(Werkzeug::leadOffice)), tags, retired));
    }

    private void tooLong(Row<Column> row, Column column, int max) {
        if (row.has(column) && row.get(column).length() > max) {
            problem(row, "catalogueImport.tooLong", column.heading(), max);
        }
    }

    /** Whether the Zukunftsbilder row's cell is too long (the problem noted). */
    private boolean tooLong(Row<FieldColumn> row, FieldColumn column, int max) {
        if (row.get(column).length() > max) {
            fieldProblem(row, "catalogueImport.tooLong", column.heading(), max);
            return true;
        }
        return false;
    }

    /** A column the file left out keeps the stored value (or is empty for a new tool). */
    private static String textOr(Row<Column> row, Column column, Optional<String> stored) {
        return row.has(column) ? row.get(column) : stored.orElse("");
    }

    private List<String> listOr(Row<Column> row, Column column, Optional<List<String>> stored, int max) {
        if (!row.has(column)) {
            return stored.orElse(List.of());
        }
        List<String> items = CatalogueTable.list(row.get(column));
        if (items.stream().anyMatch(i -> i.length() > max)) {
            problem(row, "catalogueImport.tooLong", column.heading(), max);
        }
        return items;
    }

    /** Field keys and short names (lower case, as stored and as the file renames them) to keys. */
    private Map<String, String> fieldNames(List<FieldChange> changes) {
        Map<String, String> names = new HashMap<>();
        for (Handlungsfeld h : stored.handlungsfelder()) {
            names.put(h.key().toLowerCase(Locale.GERMAN), h.key());
            names.put(h.shortName().toLowerCase(Locale.GERMAN), h.key());
        }
        for (FieldChange c : changes) {
            names.put(c.after().shortName().toLowerCase(Locale.GERMAN), c.after().key());
        }
        return names;
    }

    private List<FieldChange> fields(List<Row<FieldColumn>> rows) {
        List<FieldChange> changes = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Row<FieldColumn> row : rows) {
            String key = row.get(FieldColumn.KEY);
            Optional<Handlungsfeld> field = stored.handlungsfelder().stream()
                    .filter(h -> h.key().equalsIgnoreCase(key)).findFirst();
            if (field.isEmpty()) {
                fieldProblem(row, "catalogueImport.unknownField", key,
                        String.join(", ", stored.handlungsfelder().stream().map(Handlungsfeld::key).toList()));
                continue;
            }
            Integer earlier = seen.putIfAbsent(field.get().key(), row.number());
            if (earlier != null) {
                fieldProblem(row, "catalogueImport.duplicateField", key, earlier);
                continue;
            }
            String shortName = row.get(FieldColumn.SHORT_NAME);
            String title = row.get(FieldColumn.TITLE);
            String colour = row.get(FieldColumn.COLOUR);
            if (shortName.isEmpty() || title.isEmpty()) {
                fieldProblem(row, "catalogueImport.badFieldName", key);
                continue;
            }
            if (tooLong(row, FieldColumn.SHORT_NAME, MAX_SHORT_NAME) | tooLong(row, FieldColumn.TITLE, MAX_TITLE)
                    | tooLong(row, FieldColumn.VISION, MAX_VISION)) {
                continue;
            }
            if (!colour.matches("#[0-9A-Fa-f]{6}")) {
                fieldProblem(row, "catalogueImport.badColour", colour);
                continue;
            }
            Handlungsfeld was = field.get();
            Handlungsfeld now = new Handlungsfeld(was.id(), was.key(), shortName, title, colour.toUpperCase(Locale.ROOT),
                    was.position());
            if (was.colour().equalsIgnoreCase(now.colour())) {
                now = new Handlungsfeld(was.id(), was.key(), shortName, title, was.colour(), was.position());
            }
            FieldChange change = new FieldChange(was, stored.zukunftsbild(was.key()), now,
                    row.get(FieldColumn.VISION));
            if (change.changesAnything()) {
                changes.add(change);
            }
        }
        return changes;
    }

    private void problem(Row<Column> row, String key, Object... args) {
        problems.add(new Problem(CatalogueTable.TOOLS_SHEET, row.number(), Messages.tr(key, args)));
    }

    private void fieldProblem(Row<FieldColumn> row, String key, Object... args) {
        problems.add(new Problem(CatalogueTable.FIELDS_SHEET, row.number(), Messages.tr(key, args)));
    }
}
