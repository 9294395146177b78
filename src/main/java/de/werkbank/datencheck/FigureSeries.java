package de.werkbank.datencheck;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One Datencheck figure of one area, year by year: what an indicator linked to the Datencheck shows
 * (e.g. the share of people 65 and older in Heimbach). The figures are those of the Datencheck's
 * table with the standard age limits; change is counted from the first year.
 */
public final class FigureSeries {

    private FigureSeries() {
    }

    /** The derived figure with this key ({@code anteil_65_plus}), if it is one. */
    public static Optional<ProfileTable.Column> column(String figure) {
        return Arrays.stream(ProfileTable.Column.values()).filter(c -> c.key().equals(figure)).findFirst();
    }

    /**
     * The figure's values for the area, by year in order; years without it are left out.
     *
     * @param figure a derived figure's key, or the key of an indicator imported as it is
     */
    public static Map<Integer, Double> byYear(ProfileTable table, String figure, String area) {
        Optional<ProfileTable.Column> column = column(figure);
        List<Integer> years = table.years();
        Map<Integer, Double> values = new LinkedHashMap<>();
        for (int year : years) {
            for (ProfileTable.Row row : table.rows(year, years.get(0), AgeLimits.STANDARD)) {
                if (row.area().key().equals(area)) {
                    OptionalDouble v = column.isPresent() ? row.figures().get(column.get()) : row.measured().get(figure);
                    if (v != null && v.isPresent()) {
                        values.put(year, v.getAsDouble());
                    }
                }
            }
        }
        return values;
    }
}
