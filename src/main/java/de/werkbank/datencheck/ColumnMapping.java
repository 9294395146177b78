package de.werkbank.datencheck;

import java.util.ArrayList;
import java.util.Collections;
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
 *                 puts the dates, {@code 31.12.2019}, in a row above the headings; a date written once holds
 *                 for every column up to the next date), or 0: the year column says
 * @param year the year of every value, for a table that gives none (a city's open-data file of one
 *             year), or 0: the year column or year line says
 */
public record ColumnMapping(String separator, int headerLine, int lastLine, String areaColumn, int padAreaKey,
                            String yearColumn, String indicatorColumn, String sexColumn, String ageGroupColumn,
                            List<ValueColumn> values, int yearLine, int year) {

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
        // nulls kept (not List.copyOf): check() names a missing value column by its place in the JSON
        values = values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** A mapping whose years come from a column or a line above the table. */
    public ColumnMapping(String separator, int headerLine, int lastLine, String areaColumn, int padAreaKey,
                         String yearColumn, String indicatorColumn, String sexColumn, String ageGroupColumn,
                         List<ValueColumn> values, int yearLine) {
        this(separator, headerLine, lastLine, areaColumn, padAreaKey, yearColumn, indicatorColumn, sexColumn,
                ageGroupColumn, values, yearLine, 0);
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

    /**
     * Refuses a mapping the reader cannot follow, naming the place in its JSON: a separator that is no
     * single character (or a quote or line break), negative lines, a padding longer than an area key,
     * a value column without a name, a unit longer than the store keeps.
     *
     * @param name the mapping's file (or, for a mapping made in the dialog, the data file)
     * @throws DataImportException for the first problem
     */
    public void check(String name) {
        if (separator.length() != 1 || "\r\n\"".indexOf(separator.charAt(0)) >= 0) {
            throw new DataImportException("data.mappingValue", name, "separator", DataLimits.shortened(separator));
        }
        int[] lines = {headerLine, lastLine, yearLine};
        String[] paths = {"headerLine", "lastLine", "yearLine"};
        for (int i = 0; i < lines.length; i++) {
            if (lines[i] < 0) {
                throw new DataImportException("data.mappingValue", name, paths[i], lines[i]);
            }
        }
        if (year != 0 && (year < 1800 || year > 2200)) {
            throw new DataImportException("data.mappingValue", name, "year", year);
        }
        if (padAreaKey < 0 || padAreaKey > DataLimits.AREA_KEY) {
            throw new DataImportException("data.mappingPad", name, "padAreaKey", padAreaKey, DataLimits.AREA_KEY);
        }
        if (areaColumn == null || areaColumn.isBlank()) {
            throw new DataImportException("data.mappingMissing", name, "areaColumn");
        }
        for (int i = 0; i < values.size(); i++) {
            ValueColumn v = values.get(i);
            if (v == null || v.column() == null || v.column().isBlank()) {
                throw new DataImportException("data.mappingMissing", name, "values[" + i + "].column");
            }
            if (v.unit().length() > DataLimits.UNIT) {
                throw new DataImportException("data.mappingTooLong", name, "values[" + i + "].unit", DataLimits.UNIT);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
