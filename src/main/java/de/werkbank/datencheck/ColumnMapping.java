package de.werkbank.datencheck;

import java.util.List;

/**
 * How to read a table in a statistics office's layout: which column holds the area key, which the
 * year, and which columns hold values of which indicator (and sex, age group). Saved as JSON and
 * reused for the next delivery of the same table.
 *
 * @param separator the field separator, {@code ;} unless said otherwise
 * @param areaColumn the heading of the area key's column; the table starts at the line that has it
 * @param padAreaKey the length area keys are padded to with leading zeros (AGS: 8), or 0
 * @param yearColumn the heading of the year's column; a date such as {@code 31.12.2017} gives its year
 * @param values the value columns
 */
public record ColumnMapping(String separator, String areaColumn, int padAreaKey, String yearColumn,
                            List<ValueColumn> values) {

    /**
     * A column of values.
     *
     * @param sex {@code m}, {@code w}, {@code d} or {@code insgesamt} (also when left out)
     * @param ageGroup e.g. {@code 65+}, or empty
     */
    public record ValueColumn(String column, String indicator, String sex, String ageGroup, String unit) {
    }

    public ColumnMapping {
        separator = separator == null || separator.isEmpty() ? ";" : separator;
        values = values == null ? List.of() : List.copyOf(values);
    }
}
