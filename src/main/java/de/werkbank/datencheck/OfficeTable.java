package de.werkbank.datencheck;

import de.werkbank.area.AreaKeys;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a table as statistics offices' databases deliver it (title lines before it, footnotes after
 * it, German numbers, missing-value marks, Latin-1 or UTF-8) by a {@link ColumnMapping}. The table
 * starts at the mapping's heading line (by default the line holding the area column's heading) and
 * ends at its last line (by default at the first line that is no data row). Problems name file, line
 * and column.
 */
public final class OfficeTable {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private OfficeTable() {
    }

    /** The lines of a file as text (see {@link TidyCsv#text}), for a preview. */
    public static List<String> lines(byte[] bytes) {
        return TidyCsv.text(bytes).lines().toList();
    }

    /** The cells of one line (quotes removed, blanks trimmed). */
    public static List<String> cells(String line, String separator) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(line), format)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return List.of(line.split(Pattern.quote(separator), -1));
        }
    }

    /**
     * The names a mapping gives a heading line's columns: the heading, or the column's place
     * ({@code #1}, {@code #2} …) where it has none or repeats one before it.
     */
    public static List<String> columnNames(List<String> headings) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < headings.size(); i++) {
            String h = headings.get(i) == null ? "" : headings.get(i).strip();
            names.add(h.isEmpty() || !seen.add(h.toLowerCase(Locale.GERMAN)) ? "#" + (i + 1) : h);
        }
        return names;
    }

    /** The line (from 1) holding a cell {@code heading}, or 0. */
    public static int lineWith(List<String> lines, String separator, String heading) {
        for (int i = 0; i < lines.size(); i++) {
            for (String cell : cells(lines.get(i), separator)) {
                if (cell.equalsIgnoreCase(heading.strip())) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** A guess at the heading line (from 1): the first line with as many cells as the widest line, or 0. */
    public static int guessHeaderLine(List<String> lines, String separator) {
        int widest = lines.stream().mapToInt(l -> cells(l, separator).size()).max().orElse(0);
        if (widest < 2) {
            return 0;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (cells(lines.get(i), separator).size() == widest) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * @param areas the area keys the store knows; a row of another area is refused with its line
     */
    public static List<Observation> read(String fileName, byte[] bytes, ColumnMapping mapping, Set<String> areas) {
        return read(fileName, bytes, mapping, AreaKeys.of(areas)).strict(fileName);
    }

    /**
     * Reads a table by its mapping; keys are matched to the store's areas by {@link AreaKeys}, rows of
     * other areas are counted apart with the name the next cell gives.
     */
    public static DataRead read(String fileName, byte[] bytes, ColumnMapping mapping, AreaKeys areas) {
        mapping.check(fileName);
        List<String> lines = lines(bytes);
        int headerLine = mapping.headerLine() > 0 ? mapping.headerLine()
                : lineWith(lines, mapping.separator(), mapping.areaColumn());
        if (headerLine <= 0 || headerLine > lines.size()) {
            throw new DataImportException("data.noTable", fileName, DataLimits.shortened(mapping.areaColumn()));
        }
        int lastLine = mapping.lastLine() > 0 ? Math.min(mapping.lastLine(), lines.size()) : lines.size();
        String table = String.join("\n", lines.subList(headerLine - 1, Math.max(lastLine, headerLine)));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(mapping.separator()).setHeader()
                .setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(false).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(table), format)) {
            Columns columns = new Columns(fileName, headerLine, parser.getHeaderNames());
            int area = columns.index(mapping.areaColumn());
            List<Integer> yearsAbove = yearsAbove(fileName, lines, mapping, columns);
            boolean fixedYear = yearsAbove == null && mapping.yearColumn() == null && mapping.year() > 0;
            int year = yearsAbove == null && !fixedYear ? columns.index(mapping.yearColumn()) : -1;
            Integer indicatorColumn = columns.optional(mapping.indicatorColumn());
            Integer sexColumn = columns.optional(mapping.sexColumn());
            Integer ageColumn = columns.optional(mapping.ageGroupColumn());
            List<Integer> valueColumns = mapping.values().stream().map(v -> columns.index(v.column())).toList();
            DataRead.Builder read = new DataRead.Builder();
            List<Observation> result = read.values;
            Map<String, Long> seen = new HashMap<>();
            // with indicator, sex and age group all from the mapping a row's values differ by their column
            // alone: two values are the same only in two columns mapped alike (seen in the first row) or in
            // two rows of one area and year, checked once a row instead of once a value
            boolean byRow = indicatorColumn == null && sexColumn == null && ageColumn == null;
            Map<String, Long> rowsSeen = new HashMap<>();
            long firstRow = -1;
            Sex[] mappedSexes = new Sex[mapping.values().size()];
            String[] mappedAges = new String[mapping.values().size()];
            boolean started = false;
            for (CSVRecord r : parser) {
                long line = headerLine + r.getRecordNumber();
                boolean blank = r.size() <= area || r.get(area).isBlank();
                if (mapping.lastLine() == 0 && (r.size() < columns.count() || blank)) {
                    if (!started) {
                        continue; // lines between headings and data: units (Anzahl;qkm), further heading lines
                    }
                    break;
                }
                started = true;
                if (blank) {
                    continue;
                }
                if (r.size() < columns.count()) {
                    throw new DataImportException("data.columnCount", fileName, line, r.size(), columns.count());
                }
                Optional<String> stored = areas.match(r.get(area), mapping.padAreaKey());
                if (stored.isEmpty()) {
                    read.unknown(r.get(area).strip(), nameBeside(r, area, valueColumns), line, area + 1);
                    continue;
                }
                String key = stored.get();
                int rowYear = year < 0 ? 0 : year(fileName, line, year, r.get(year));
                for (int i = 0; i < mapping.values().size(); i++) {
                    ColumnMapping.ValueColumn v = mapping.values().get(i);
                    int c = valueColumns.get(i);
                    int y = fixedYear ? mapping.year() : year < 0 ? yearsAbove.get(c) : rowYear;
                    String indicator = indicatorColumn == null ? v.indicator()
                            : indicatorKey(fileName, line, indicatorColumn, r.get(indicatorColumn));
                    // what the mapping gives a column is checked in the first row of data, then kept
                    if (indicatorColumn == null && mappedSexes[i] == null && !TidyCsv.isIndicatorKey(indicator)) {
                        throw new DataImportException("data.badIndicator", fileName, line, c + 1,
                                DataLimits.shortened(indicator));
                    }
                    Sex sex = sexColumn == null ? mappedSexes[i] != null ? mappedSexes[i] : sex(fileName, line, c, v.sex())
                            : sex(fileName, line, sexColumn, r.get(sexColumn));
                    String ageGroup = ageColumn == null ? mappedAges[i] != null ? mappedAges[i]
                            : ageGroup(fileName, line, c, v.ageGroup()) : ageGroup(fileName, line, ageColumn, r.get(ageColumn));
                    mappedSexes[i] = sex;
                    mappedAges[i] = ageGroup;
                    Observation o = value(fileName, line, c, r.get(c), new Observation(key, indicator, y, ageGroup, sex,
                            null, null, v.unit()));
                    if (byRow && i == 0) {
                        firstRow = firstRow < 0 ? line : firstRow;
                        Long earlierRow = rowsSeen.putIfAbsent(key + '|' + rowYear, line);
                        if (earlierRow != null) {
                            throw new DataImportException("data.duplicate", fileName, line, earlierRow);
                        }
                    }
                    Long earlier = byRow && line != firstRow ? null : seen.putIfAbsent(o.key(), line);
                    if (earlier != null) {
                        throw new DataImportException("data.duplicate", fileName, line, earlier);
                    }
                    result.add(o);
                }
            }
            if (result.isEmpty() && read.build().unknownRows() == 0) {
                throw new DataImportException("data.empty", fileName);
            }
            return read.build();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new DataImportException(e, "data.unreadable", fileName, CsvFailure.reason(e));
        }
    }

    /** The value of a cell put into an observation that has everything else. */
    private static Observation value(String file, long line, int column, String text, Observation o) {
        if (GermanNumbers.isMissingMark(text)) {
            return new Observation(o.areaKey(), o.indicatorKey(), o.year(), o.ageGroup(), o.sex(), null, text.strip(),
                    o.unit());
        }
        Optional<BigDecimal> number = GermanNumbers.parse(text, true);
        if (number.isEmpty()) {
            throw new DataImportException("data.badNumber", file, line, column + 1, DataLimits.shortened(text));
        }
        if (!DataLimits.fits(number.get())) {
            throw new DataImportException("data.valueTooLarge", file, line, column + 1, DataLimits.shortened(text));
        }
        return new Observation(o.areaKey(), o.indicatorKey(), o.year(), o.ageGroup(), o.sex(), number.get(), null,
                o.unit());
    }

    private static Sex sex(String file, long line, int column, String text) {
        return Sex.fromCode(text).orElseThrow(() -> new DataImportException("data.badSex", file, line, column + 1,
                DataLimits.shortened(text)));
    }

    /** The stored form of an age group ({@code 3-5}, {@code 65+}); empty for none or "insgesamt". */
    private static String ageGroup(String file, long line, int column, String text) {
        if (Sex.fromCode(text).filter(s -> s == Sex.INSGESAMT).isPresent() || text.strip().equalsIgnoreCase("alle")) {
            return "";
        }
        return AgeGroup.parse(text).map(AgeGroup::label)
                .orElseThrow(() -> new DataImportException("data.badAgeGroup", file, line, column + 1,
                        DataLimits.shortened(text)));
    }

    /** An indicator key made from a name in a cell: {@code Lebendgeborene} → {@code lebendgeborene}. */
    static String indicatorKey(String file, long line, int column, String text) {
        String key = text.strip().toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss").replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        key = key.length() > 60 ? key.substring(0, 60) : key;
        if (key.isEmpty()) {
            throw new DataImportException("data.badIndicator", file, line, column + 1, DataLimits.shortened(text));
        }
        return key;
    }

    /**
     * The year of each column, read from the mapping's year line (dates above the headings), or
     * {@code null} when the mapping has none.
     */
    private static List<Integer> yearsAbove(String fileName, List<String> lines, ColumnMapping mapping, Columns columns) {
        if (mapping.yearLine() <= 0) {
            return null;
        }
        if (mapping.yearLine() > lines.size()) {
            throw new DataImportException("data.noYearLine", fileName, mapping.yearLine());
        }
        List<String> cells = cells(lines.get(mapping.yearLine() - 1), mapping.separator());
        List<Integer> years = new ArrayList<>();
        for (int c = 0; c < columns.count(); c++) {
            years.add(0);
        }
        for (ColumnMapping.ValueColumn v : mapping.values()) {
            int c = columns.index(v.column());
            // a date written once above a block of columns holds for the block, up to the next date
            int at = c;
            while (at > 0 && (at >= cells.size() || !YEAR.matcher(cells.get(at)).find())) {
                at--;
            }
            years.set(c, year(fileName, mapping.yearLine(), c, at < cells.size() ? cells.get(at) : ""));
        }
        return years;
    }

    private static int year(String file, long line, int column, String text) {
        Matcher m = YEAR.matcher(text);
        int year = m.find() ? Integer.parseInt(m.group(1)) : -1;
        if (year < 1800 || year > 2200) {
            throw new DataImportException("data.badYear", file, line, column + 1, DataLimits.shortened(text));
        }
        return year;
    }

    /** The area's name as the row gives it: the text in the cell after the key, if that is no value. */
    private static String nameBeside(CSVRecord r, int area, List<Integer> valueColumns) {
        int next = area + 1;
        if (next >= r.size() || valueColumns.contains(next)) {
            return "";
        }
        String text = r.get(next).strip();
        return GermanNumbers.parse(text, true).isPresent() ? "" : DataLimits.shortened(text);
    }

    /** The table's column headings, found by name (case ignored). */
    private static final class Columns {
        /** A column named by its place: {@code #1} is the first. */
        private static final Pattern PLACE = Pattern.compile("#(\\d+)");

        private final String file;
        private final int line;
        private final Map<String, Integer> byName = new HashMap<>();
        private final int count;

        Columns(String file, int line, List<String> names) {
            this.file = file;
            this.line = line;
            this.count = names.size();
            for (int i = 0; i < names.size(); i++) {
                byName.putIfAbsent(names.get(i) == null ? "" : names.get(i).strip().toLowerCase(Locale.GERMAN), i);
            }
        }

        int count() {
            return count;
        }

        int index(String name) {
            Matcher place = name == null ? null : PLACE.matcher(name.strip());
            if (place != null && place.matches()) {
                int n = place.group(1).length() > 9 ? -1 : Integer.parseInt(place.group(1));
                if (n < 1 || n > count) {
                    throw new DataImportException("data.missingMappedColumn", file, line, DataLimits.shortened(name));
                }
                return n - 1;
            }
            Integer index = name == null ? null : byName.get(name.strip().toLowerCase(Locale.GERMAN));
            if (index == null) {
                throw new DataImportException("data.missingMappedColumn", file, line,
                        name == null ? "–" : DataLimits.shortened(name));
            }
            return index;
        }

        Integer optional(String name) {
            return name == null ? null : index(name);
        }
    }
}
