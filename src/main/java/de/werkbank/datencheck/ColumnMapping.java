package de.werkbank.datencheck;

import java.util.List;

/**
 * How to read a table in a statistics office's layout: where the table is, which column holds the
 * area key, which the year, and which columns hold values of which indicator, sex and age group (fixed
 * per value column, or read from a column of their own in tables that list them in rows). Saved as JSON
 * and reused for the next delivery of the same table; properties left out of the JSON take the defaults.
 *
 * @param separator the field separator, {@code ;} unless said otherwise
 * <p>A column is named by its heading, or by its place as {@code #1}, {@code #2} … (GENESIS tables leave the
 * key and name columns without a heading, and repeat headings across years).
 *
 * @param headerLine the line (from 1) with the column headings, or 0: the first line holding {@code areaColumn}
 * @param lastLine the table's last line (from 1), or 0: the table ends at the first line that is no data row
 * @param areaColumn the heading of the area key's column
 * @param padAreaKey the length area keys are padded to with leading zeros (AGS: 8), or 0
 * @param yearColumn the heading of the year's column; a date such as {@code 31.12.2017} gives its year
 * @param indicatorColumn the heading of a column naming the indicator of each row, or {@code null}: the
 *                        value columns say it
 * @param sexColumn the heading of a column giving the sex of each row ({@code männlich}, {@code w} …), or {@code null}
 * @param ageGroupColumn the heading of a column giving the age group of each row ({@code 3 bis unter 6
 *                       Jahre}, {@code 65+} …), or {@code null}
 * @param values the value columns
 * @param yearLine the line (from 1) above the table whose cells give each value column's year (GENESIS
 *                 puts the dates, {@code 31.12.2019}, in a row above the headings), or 0: the year column says
 */
public record ColumnMapping(String separator, int headerLine, int lastLine, String areaColumn, int padAreaKey,
                            String yearColumn, String indicatorColumn, String sexColumn, String ageGroupColumn,
                            List<ValueColumn> values, int yearLine) {

    /**
     * A column of values.
     *
     * @param indicator the indicator key, unless the mapping has an indicator column
     * @param sex {@code m}, {@code w}, {@code d} or {@code insgesamt} (also when left out), unless the
     *            mapping has a sex column
     * @param ageGroup e.g. {@code 65+}, or empty, unless the mapping has an age group column
     */
    public record ValueColumn(String column, String indicator, String sex, String ageGroup, String unit) {

        public ValueColumn {
            indicator = indicator == null ? "" : indicator.strip();
            sex = sex == null ? "" : sex.strip();
            ageGroup = ageGroup == null ? "" : ageGroup.strip();
            unit = unit == null ? "" : unit.strip();
        }
    }

    public ColumnMapping {
        separator = separator == null || separator.isEmpty() ? ";" : separator;
        indicatorColumn = blankToNull(indicatorColumn);
        sexColumn = blankToNull(sexColumn);
        ageGroupColumn = blankToNull(ageGroupColumn);
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** A mapping whose years come from a column of their own. */
    public ColumnMapping(String separator, int headerLine, int lastLine, String areaColumn, int padAreaKey,
                         String yearColumn, String indicatorColumn, String sexColumn, String ageGroupColumn,
                         List<ValueColumn> values) {
        this(separator, headerLine, lastLine, areaColumn, padAreaKey, yearColumn, indicatorColumn, sexColumn,
                ageGroupColumn, values, 0);
    }

    /** A mapping of the simplest layout: the table under the line with {@code areaColumn}, fixed value columns. */
    public static ColumnMapping of(String areaColumn, int padAreaKey, String yearColumn, List<ValueColumn> values) {
        return new ColumnMapping(";", 0, 0, areaColumn, padAreaKey, yearColumn, null, null, null, values);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
