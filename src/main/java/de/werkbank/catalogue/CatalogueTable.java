package de.werkbank.catalogue;

import de.werkbank.datencheck.CsvFailure;
import de.werkbank.datencheck.TableCsv;
import de.werkbank.datencheck.TidyCsv;
import de.werkbank.i18n.Messages;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The Werkzeugkatalog as a table for Excel: an {@code .xlsx} workbook with a sheet "Werkzeuge" (one row
 * per tool; a retired one says "ja" under "Ausgemustert", so the file recreates the whole catalogue) and a sheet "Zukunftsbilder" (one row per Handlungsfeld: key, names, colour,
 * Zukunftsbild), or a CSV file of the tools alone in German conventions ({@code ;}, UTF-8 with BOM,
 * CRLF). Lists (target groups, tags) are separated by commas inside their cell; kind is "blau" or
 * "grün". Reading checks the shape of the file (columns, sheets); what rows say is checked by
 * {@link CatalogueImport}.
 */
public final class CatalogueTable {

    public static final String TOOLS_SHEET = "Werkzeuge";
    public static final String FIELDS_SHEET = "Zukunftsbilder";
    /** What the "Ausgemustert" column says for a retired tool (empty for the others). */
    public static final String RETIRED_YES = "ja";
    /** The most rows (besides the heading) a sheet or CSV file may have. */
    public static final int MAX_ROWS = 100_000;
    /** Larger files are refused before they are read. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** The columns of the tools' table; those marked required must be there, the others may be left out. */
    public enum Column {
        CODE("ID", true), TITLE("Titel", true), DESCRIPTION("Beschreibung", false), FIELD("Handlungsfeld", true),
        KIND("Art", true), TARGET_GROUPS("Zielgruppen", false), LEAD_OFFICE("Federführung", false),
        TAGS("Schlagwörter", false), RETIRED("Ausgemustert", false);

        private final String heading;
        private final boolean required;

        Column(String heading, boolean required) {
            this.heading = heading;
            this.required = required;
        }

        public String heading() {
            return heading;
        }
    }

    /** The columns of the Zukunftsbilder sheet; all are required. */
    public enum FieldColumn {
        KEY("Schlüssel"), SHORT_NAME("Kurzname"), TITLE("Titel"), COLOUR("Farbe"), VISION("Zukunftsbild");

        private final String heading;

        FieldColumn(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    /** A row of a sheet: its number as Excel shows it (the heading is row 1) and its cells by column. */
    public record Row<C extends Enum<C>>(int number, Map<C, String> cells) {
        /** The cell's text, trimmed; {@code null} when the file has no such column. */
        public String get(C column) {
            String v = cells.get(column);
            return v == null ? null : v.strip();
        }

        public boolean has(C column) {
            return cells.containsKey(column);
        }
    }

    /**
     * What a file holds.
     *
     * @param fields the Zukunftsbilder sheet's rows; empty for CSV or a workbook without that sheet
     */
    public record Content(String fileName, List<Row<Column>> tools, List<Row<FieldColumn>> fields) {
    }

    private CatalogueTable() {
    }

    /** Whether the file is read and written as a workbook (else as CSV), by its name. */
    public static boolean isWorkbook(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** Whether a file name ends in .xlsx or .csv, the kinds of file the catalogue is read from and written to. */
    public static boolean isTableFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".csv");
    }

    /** Checks that a file name ends in .xlsx or .csv. */
    public static void checkName(Path file) {
        if (!isTableFile(file)) {
            throw new CatalogueFileException("catalogueFile.badExtension", file.getFileName());
        }
    }

    public static void write(Catalogue catalogue, Path file) {
        checkName(file);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (isWorkbook(file)) {
                writeWorkbook(catalogue, out);
            } else {
                out.write((TableCsv.BOM + csv(catalogue)).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new CatalogueFileException(e, "catalogueFile.cannotWrite", file, e.getMessage());
        }
    }

    public static Content read(Path file) {
        checkName(file);
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new CatalogueFileException("catalogueFile.noFile", file);
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new CatalogueFileException("catalogueFile.tooLarge", file, Files.size(file) / (1024 * 1024),
                        MAX_FILE_BYTES / (1024 * 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CatalogueFileException(e, "catalogueFile.cannotRead", file, e.getMessage());
        }
        return isWorkbook(file) ? readWorkbook(name, bytes) : readCsv(name, bytes);
    }

    /** The tools as CSV text (without BOM), in id order. */
    public static String csv(Catalogue catalogue) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            printer.printRecord(Arrays.stream(Column.values()).map(Column::heading).toList());
            for (Werkzeug w : catalogue.werkzeuge()) {
                printer.printRecord(cells(w));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static void writeWorkbook(Catalogue catalogue, OutputStream out) throws IOException {
        Workbook book = new Workbook(out, "Werkbank", "1.0");
        Worksheet tools = book.newWorksheet(TOOLS_SHEET);
        double[] widths = {9, 40, 70, 16, 8, 30, 24, 30, 13};
        for (Column c : Column.values()) {
            heading(tools, c.ordinal(), c.heading(), widths[c.ordinal()]);
        }
        int r = 1;
        for (Werkzeug w : catalogue.werkzeuge()) {
            List<String> cells = cells(w);
            for (int c = 0; c < cells.size(); c++) {
                tools.value(r, c, cells.get(c));
            }
            r++;
        }
        tools.freezePane(1, 1);
        tools.setAutoFilter(0, 0, Math.max(0, r - 1), Column.values().length - 1);
        Worksheet fields = book.newWorksheet(FIELDS_SHEET);
        double[] fieldWidths = {16, 28, 40, 10, 100};
        for (FieldColumn c : FieldColumn.values()) {
            heading(fields, c.ordinal(), c.heading(), fieldWidths[c.ordinal()]);
        }
        r = 1;
        for (Handlungsfeld h : catalogue.handlungsfelder()) {
            fields.value(r, 0, h.key());
            fields.value(r, 1, h.shortName());
            fields.value(r, 2, h.title());
            fields.value(r, 3, h.colour());
            fields.value(r, 4, catalogue.zukunftsbild(h.key()));
            fields.style(r, 4).wrapText(true).verticalAlignment("top").set();
            r++;
        }
        fields.freezePane(1, 1);
        book.finish();
    }

    private static void heading(Worksheet sheet, int column, String text, double width) {
        sheet.value(0, column, text);
        sheet.style(0, column).bold().fillColor("E0E0E0").set();
        sheet.width(column, width);
    }

    private static List<String> cells(Werkzeug w) {
        return List.of(w.code(), w.title(), w.description(), w.handlungsfeld(), KindText.of(w.kind()),
                String.join(", ", w.targetGroups()), w.leadOffice(), String.join(", ", w.tags()),
                w.retired() ? RETIRED_YES : "");
    }

    static Content readCsv(String fileName, byte[] bytes) {
        String text = TidyCsv.text(bytes);
        String header = text.lines().findFirst().orElse("");
        char separator = header.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).get();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                if (rows.size() > MAX_ROWS) {
                    throw new CatalogueFileException("catalogueFile.tooManyRows", fileName, MAX_ROWS);
                }
                for (int i = 0; i < r.size(); i++) {
                    if (r.get(i).length() > WorkbookGuard.MAX_CELL_LENGTH) {
                        throw new CatalogueFileException("catalogueFile.cellTooLong", fileName,
                                Messages.tr("catalogueFile.lineColumn", r.getRecordNumber(), columnLetter(i)),
                                WorkbookGuard.MAX_CELL_LENGTH);
                    }
                }
                rows.add(r.toList());
                numbers.add((int) r.getRecordNumber());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CatalogueFileException(e, "catalogueFile.notCsv", fileName, CsvFailure.reason(e));
        }
        return new Content(fileName, table(fileName, TOOLS_SHEET, rows, numbers, Column.class, true), List.of());
    }

    static Content readWorkbook(String fileName, byte[] bytes) {
        if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            throw new CatalogueFileException("catalogueFile.notXlsx", fileName);
        }
        WorkbookGuard.check(fileName, bytes);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet toolSheet = book.findSheet(TOOLS_SHEET).orElse(book.getFirstSheet());
            Optional<Sheet> fieldSheet = book.findSheet(FIELDS_SHEET);
            var tools = sheetTable(fileName, toolSheet, Column.class, true);
            var fields = fieldSheet.isPresent()
                    ? sheetTable(fileName, fieldSheet.get(), FieldColumn.class, false)
                    : List.<Row<FieldColumn>>of();
            return new Content(fileName, tools, fields);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CatalogueFileException c) {
                throw c;
            }
            throw new CatalogueFileException(e, "catalogueFile.notXlsx", fileName);
        }
    }

    private static <C extends Enum<C>> List<Row<C>> sheetTable(String fileName, Sheet sheet, Class<C> columns,
                                                               boolean toolColumns) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (org.dhatim.fastexcel.reader.Row row : sheet.read()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(row.getCellText(i));
            }
            rows.add(cells);
            numbers.add(row.getRowNum());
        }
        return table(fileName + " › " + sheet.getName(), sheet.getName(), rows, numbers, columns, toolColumns);
    }

    /** The rows under the heading row, by column; empty rows are skipped. */
    private static <C extends Enum<C>> List<Row<C>> table(String where, String sheetName, List<List<String>> rows,
                                                          List<Integer> numbers, Class<C> type, boolean toolColumns) {
        if (rows.isEmpty()) {
            throw new CatalogueFileException("catalogueFile.empty", where);
        }
        Map<C, Integer> index = header(where, rows.get(0), type, toolColumns);
        List<Row<C>> result = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            Map<C, String> byColumn = new EnumMap<>(type);
            index.forEach((column, i) -> byColumn.put(column, i < cells.size() && cells.get(i) != null ? cells.get(i) : ""));
            result.add(new Row<>(numbers.get(r), byColumn));
        }
        return result;
    }

    private static <C extends Enum<C>> Map<C, Integer> header(String where, List<String> cells, Class<C> type,
                                                              boolean toolColumns) {
        Map<C, Integer> index = new EnumMap<>(type);
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i) == null ? "" : cells.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            final int at = i;
            C column = Arrays.stream(type.getEnumConstants()).filter(c -> heading(c).equalsIgnoreCase(name))
                    .findFirst().orElseThrow(() -> new CatalogueFileException("catalogueFile.unknownColumn", where,
                            columnLetter(at), name, headings(type)));
            if (index.put(column, i) != null) {
                throw new CatalogueFileException("catalogueFile.duplicateColumn", where, name);
            }
        }
        List<String> missing = Arrays.stream(type.getEnumConstants())
                .filter(c -> !index.containsKey(c) && (!toolColumns || ((Column) c).required))
                .map(CatalogueTable::heading).toList();
        if (!missing.isEmpty()) {
            throw new CatalogueFileException("catalogueFile.missingColumns", where, String.join(", ", missing),
                    headings(type));
        }
        return index;
    }

    private static String heading(Enum<?> c) {
        return c instanceof Column col ? col.heading() : ((FieldColumn) c).heading();
    }

    private static String headings(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(CatalogueTable::heading).collect(Collectors.joining(", "));
    }

    /** "A", "B", … as Excel names columns. */
    static String columnLetter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    /** Splits a cell's comma-separated list; blank items are dropped. */
    public static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
