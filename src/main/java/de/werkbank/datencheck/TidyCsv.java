package de.werkbank.datencheck;

import de.werkbank.area.AreaKeys;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a tidy CSV file without any mapping: a header {@code area_key;indicator;year;value} (with the
 * optional columns {@code unit}, {@code age_group}, {@code sex}), separated by {@code ;} with German
 * numbers ({@code 1.234,5}) or by {@code ,} with a decimal point; UTF-8 (with or without BOM) or
 * Latin-1/Windows-1252; missing or secret values marked {@code -}, {@code .}, {@code x}, {@code /} or
 * {@code ...}. Every problem is reported with file, line and column; nothing is returned then.
 */
public final class TidyCsv {

    private static final List<String> REQUIRED = List.of("area_key", "indicator", "year", "value");
    private static final Pattern KEY = Pattern.compile("[a-z0-9_]{1,60}");
    private static final Pattern AGE_GROUP = Pattern.compile("(\\d{1,3}-\\d{1,3}|\\d{1,3}\\+|unter \\d{1,3})?");

    private TidyCsv() {
    }

    /** Whether a file's first line is a tidy file's header (it has {@code area_key;indicator;year;value}). */
    public static boolean looksTidy(byte[] bytes) {
        String header = text(bytes).lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        List<String> names = List.of(header.split("[;,]", -1)).stream().map(String::strip).toList();
        return names.containsAll(REQUIRED);
    }

    /** Whether {@code key} is an indicator key: lower-case letters, digits and {@code _}. */
    static boolean isIndicatorKey(String key) {
        return KEY.matcher(key).matches();
    }

    /** The text of a file: UTF-8 (a BOM is dropped) if it is valid UTF-8, else Windows-1252. */
    public static String text(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(content).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
        }
    }

    /** The field separator of a tidy file: {@code ;} if its header has one, else {@code ,}. */
    private static char separator(String text) {
        return text.lines().findFirst().orElse("").indexOf(';') >= 0 ? ';' : ',';
    }

    /**
     * A tidy file as Commons CSV reads it: cells trimmed, empty lines skipped; the first record is the
     * heading, read by {@link #columns} (not by Commons CSV, whose complaints are English).
     */
    private static CSVFormat format(char separator) {
        return CSVFormat.DEFAULT.builder().setDelimiter(separator).setTrim(true).setIgnoreEmptyLines(true).get();
    }

    /**
     * The display names a tidy file gives its indicators in an optional column {@code indicator_name}
     * (e.g. {@code ehrenamtsquote} → "Ehrenamtsquote"), by key; empty without that column. Call after
     * {@link #read}, which has checked the file.
     */
    public static Map<String, String> indicatorNames(byte[] bytes) {
        String text = text(bytes);
        Map<String, String> names = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format(separator(text)))) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return names;
            }
            Map<String, Integer> columns = new HashMap<>();
            List<String> headings = records.next().toList();
            for (int i = 0; i < headings.size(); i++) {
                columns.putIfAbsent(headings.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            Integer key = columns.get("indicator");
            Integer name = columns.get("indicator_name");
            if (key == null || name == null) {
                return names;
            }
            while (records.hasNext()) {
                CSVRecord r = records.next();
                if (r.size() > Math.max(key, name) && !r.get(name).isBlank()) {
                    names.putIfAbsent(r.get(key).strip().toLowerCase(Locale.ROOT), r.get(name).strip());
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return names;
        }
        return names;
    }

    /**
     * @param areas the area keys the store knows; a value for another area is refused with its line
     */
    public static List<Observation> read(String fileName, byte[] bytes, Set<String> areas) {
        return read(fileName, bytes, AreaKeys.of(areas)).strict(fileName);
    }

    /**
     * Reads a tidy file; keys are matched to the store's areas by {@link AreaKeys}, rows of other areas
     * are counted apart.
     */
    public static DataRead read(String fileName, byte[] bytes, AreaKeys areas) {
        String text = text(bytes);
        char separator = separator(text);
        boolean decimalComma = separator == ';';
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format(separator))) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new DataImportException("data.empty", fileName);
            }
            List<String> headings = records.next().toList();
            Map<String, Integer> columns = columns(fileName, headings);
            DataRead.Builder read = new DataRead.Builder();
            List<Observation> result = read.values;
            Map<String, Long> seen = new HashMap<>();
            while (records.hasNext()) {
                CSVRecord r = records.next();
                Observation written = observation(fileName, r, columns, headings.size(), decimalComma);
                Optional<String> stored = areas.match(written.areaKey(), 0);
                if (stored.isEmpty()) {
                    read.unknown(written.areaKey(), "", r.getRecordNumber(), columns.get("area_key") + 1);
                    continue;
                }
                Observation o = written.inArea(stored.get());
                Long earlier = seen.putIfAbsent(o.key(), r.getRecordNumber());
                if (earlier != null) {
                    throw new DataImportException("data.duplicate", fileName, r.getRecordNumber(), earlier);
                }
                result.add(o);
            }
            if (result.isEmpty() && read.build().unknownRows() == 0) {
                throw new DataImportException("data.empty", fileName);
            }
            return read.build();
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new DataImportException(e, "data.unreadable", fileName, CsvFailure.reason(e));
        } catch (UncheckedIOException e) {
            throw new DataImportException(e, "data.unreadable", fileName, CsvFailure.reason(e));
        }
    }

    /** The columns by lower-case heading; a heading that is there twice is refused with its column. */
    private static Map<String, Integer> columns(String fileName, List<String> names) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            Integer earlier = columns.putIfAbsent(name, i);
            if (earlier != null && !name.isEmpty()) {
                throw new DataImportException("data.duplicateColumn", fileName, i + 1,
                        DataLimits.shortened(names.get(i).strip()), earlier + 1);
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new DataImportException("data.missingColumn", fileName, required,
                        DataLimits.shortened(String.join(", ", names)));
            }
        }
        return columns;
    }

    private static Observation observation(String file, CSVRecord r, Map<String, Integer> columns, int width,
                                           boolean decimalComma) {
        long line = r.getRecordNumber();
        if (r.size() != width) {
            throw new DataImportException("data.columnCount", file, line, r.size(), width);
        }
        String area = field(r, columns, "area_key");
        if (area.isEmpty()) {
            throw problem(file, line, columns, "area_key", "data.noArea");
        }
        String indicator = field(r, columns, "indicator").toLowerCase(Locale.ROOT);
        if (!KEY.matcher(indicator).matches()) {
            throw problem(file, line, columns, "indicator", "data.badIndicator", DataLimits.shortened(indicator));
        }
        String yearText = field(r, columns, "year");
        int year;
        try {
            year = Integer.parseInt(yearText);
        } catch (NumberFormatException e) {
            throw problem(file, line, columns, "year", "data.badYear", DataLimits.shortened(yearText));
        }
        if (year < 1800 || year > 2200) {
            throw problem(file, line, columns, "year", "data.badYear", yearText);
        }
        String valueText = field(r, columns, "value");
        BigDecimal value = null;
        String mark = null;
        if (GermanNumbers.isMissingMark(valueText)) {
            mark = valueText.strip();
        } else {
            Optional<BigDecimal> number = GermanNumbers.parse(valueText, decimalComma);
            if (number.isEmpty()) {
                throw problem(file, line, columns, "value", "data.badNumber", DataLimits.shortened(valueText));
            }
            value = number.get();
            if (!DataLimits.fits(value)) {
                throw problem(file, line, columns, "value", "data.valueTooLarge", DataLimits.shortened(valueText));
            }
        }
        String ageGroup = field(r, columns, "age_group");
        if (!AGE_GROUP.matcher(ageGroup).matches()) {
            throw problem(file, line, columns, "age_group", "data.badAgeGroup", DataLimits.shortened(ageGroup));
        }
        String sexText = field(r, columns, "sex");
        Sex sex = Sex.fromCode(sexText).orElseThrow(() -> problem(file, line, columns, "sex", "data.badSex",
                DataLimits.shortened(sexText)));
        String unit = field(r, columns, "unit");
        if (unit.length() > DataLimits.UNIT) {
            throw problem(file, line, columns, "unit", "data.unitTooLong", DataLimits.UNIT);
        }
        if (field(r, columns, "indicator_name").length() > DataLimits.INDICATOR_NAME) {
            throw problem(file, line, columns, "indicator_name", "data.nameTooLong", DataLimits.INDICATOR_NAME);
        }
        return new Observation(area, indicator, year, ageGroup, sex, value, mark, unit);
    }

    private static String field(CSVRecord r, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null ? "" : r.get(index).strip();
    }

    private static DataImportException problem(String file, long line, Map<String, Integer> columns, String column,
                                               String key, Object... details) {
        Object[] args = new Object[details.length + 3];
        args[0] = file;
        args[1] = line;
        args[2] = columns.get(column) + 1;
        System.arraycopy(details, 0, args, 3, details.length);
        return new DataImportException(key, args);
    }
}
