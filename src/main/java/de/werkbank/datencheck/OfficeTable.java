package de.werkbank.datencheck;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
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

/**
 * Reads a table as statistics offices' databases deliver it (title lines before it, footnotes after
 * it, German numbers, missing-value marks, Latin-1 or UTF-8) by a {@link ColumnMapping}. The table
 * starts at the line holding the area column's heading and ends at the first line that is no data
 * row. Problems name file, line and column.
 */
public final class OfficeTable {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private OfficeTable() {
    }

    /**
     * @param areas the area keys the store knows; a row of another area is refused with its line
     */
    public static List<Observation> read(String fileName, byte[] bytes, ColumnMapping mapping, Set<String> areas) {
        List<String> lines = TidyCsv.text(bytes).lines().toList();
        int headerLine = -1;
        for (int i = 0; i < lines.size() && headerLine < 0; i++) {
            for (String cell : lines.get(i).split(Pattern.quote(mapping.separator()), -1)) {
                if (unquote(cell).equalsIgnoreCase(mapping.areaColumn())) {
                    headerLine = i;
                }
            }
        }
        if (headerLine < 0) {
            throw new DataImportException("data.noTable", fileName, mapping.areaColumn());
        }
        String table = String.join("\n", lines.subList(headerLine, lines.size()));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(mapping.separator()).setHeader()
                .setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(table), format)) {
            Map<String, Integer> columns = new HashMap<>();
            List<String> names = parser.getHeaderNames();
            for (int i = 0; i < names.size(); i++) {
                columns.put(names.get(i).strip().toLowerCase(Locale.GERMAN), i);
            }
            int area = column(fileName, headerLine + 1, columns, mapping.areaColumn());
            int year = column(fileName, headerLine + 1, columns, mapping.yearColumn());
            List<Observation> result = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            for (CSVRecord r : parser) {
                long line = headerLine + 1 + r.getRecordNumber();
                if (r.size() < names.size() || r.get(area).isBlank()) {
                    break;
                }
                String key = padded(r.get(area).strip(), mapping.padAreaKey());
                if (!areas.contains(key)) {
                    throw new DataImportException("data.unknownAreaAt", fileName, line, area + 1, key);
                }
                int y = year(fileName, line, year, r.get(year));
                for (ColumnMapping.ValueColumn v : mapping.values()) {
                    int c = column(fileName, headerLine + 1, columns, v.column());
                    Observation o = value(fileName, line, c, r.get(c), key, y, v);
                    Long earlier = seen.putIfAbsent(o.key(), line);
                    if (earlier != null) {
                        throw new DataImportException("data.duplicate", fileName, line, earlier);
                    }
                    result.add(o);
                }
            }
            if (result.isEmpty()) {
                throw new DataImportException("data.empty", fileName);
            }
            return result;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new DataImportException(e, "data.unreadable", fileName, e.getMessage());
        }
    }

    private static Observation value(String file, long line, int column, String text, String area, int year,
                                     ColumnMapping.ValueColumn v) {
        String indicator = v.indicator() == null ? "" : v.indicator().toLowerCase(Locale.ROOT);
        Sex sex = Sex.fromCode(v.sex() == null ? "" : v.sex())
                .orElseThrow(() -> new DataImportException("data.badSex", file, line, column + 1, v.sex()));
        if (GermanNumbers.isMissingMark(text)) {
            return new Observation(area, indicator, year, v.ageGroup(), sex, null, text.strip(), v.unit());
        }
        Optional<BigDecimal> number = GermanNumbers.parse(text, true);
        if (number.isEmpty()) {
            throw new DataImportException("data.badNumber", file, line, column + 1, text);
        }
        return new Observation(area, indicator, year, v.ageGroup(), sex, number.get(), null, v.unit());
    }

    private static int year(String file, long line, int column, String text) {
        Matcher m = YEAR.matcher(text);
        int year = m.find() ? Integer.parseInt(m.group(1)) : -1;
        if (year < 1800 || year > 2200) {
            throw new DataImportException("data.badYear", file, line, column + 1, text);
        }
        return year;
    }

    private static int column(String file, long line, Map<String, Integer> columns, String name) {
        Integer index = name == null ? null : columns.get(name.strip().toLowerCase(Locale.GERMAN));
        if (index == null) {
            throw new DataImportException("data.missingMappedColumn", file, line, name);
        }
        return index;
    }

    private static String padded(String key, int length) {
        return key.length() >= length ? key : "0".repeat(length - key.length()) + key;
    }

    private static String unquote(String cell) {
        String c = cell.strip();
        return c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"") ? c.substring(1, c.length() - 1) : c;
    }
}
