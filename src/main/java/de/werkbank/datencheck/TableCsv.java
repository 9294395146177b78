package de.werkbank.datencheck;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table of figures as German Excel reads it: {@code ;} between fields, decimal comma without
 * thousands dots, CRLF line ends; empty fields for figures the data do not allow. The caller writes
 * it as UTF-8 with a BOM ({@link #BOM}) so that Excel recognises the encoding.
 */
public final class TableCsv {

    /** The byte order mark that makes Excel read a CSV file as UTF-8. */
    public static final String BOM = "\uFEFF";

    private TableCsv() {
    }

    /**
     * @param headers the first column's heading, then one per column of {@code columns}
     * @param decimals decimals per column
     */
    public static String write(List<String> headers, List<ProfileTable.Row> rows, List<ProfileTable.Column> columns,
                               Map<ProfileTable.Column, Integer> decimals) {
        return write(headers, rows, columns, decimals, List.of());
    }

    /**
     * As above, with the measured indicators after the figures.
     *
     * @param headers the first column's heading, then one per column of {@code columns}, then one per
     *                measured indicator
     * @param measured the keys of the measured indicators to write (see {@link ProfileTable.Row#measured})
     */
    public static String write(List<String> headers, List<ProfileTable.Row> rows, List<ProfileTable.Column> columns,
                               Map<ProfileTable.Column, Integer> decimals, List<String> measured) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(headers);
            for (ProfileTable.Row row : rows) {
                List<String> fields = new ArrayList<>();
                fields.add(row.area().name());
                for (ProfileTable.Column column : columns) {
                    fields.add(number(row.figures().get(column), decimals.getOrDefault(column, 1)));
                }
                for (String key : measured) {
                    fields.add(asImported(row.measured().get(key)));
                }
                printer.printRecord(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A measured value with the decimals it has (up to three), as it was imported. */
    private static String asImported(OptionalDouble value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.GERMANY);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(3);
        return format.format(value.getAsDouble());
    }

    private static String number(OptionalDouble value, int decimals) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.GERMANY);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value.getAsDouble());
    }
}
