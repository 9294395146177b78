package de.werkbank.map;

import de.werkbank.datencheck.AgeLimits;
import de.werkbank.datencheck.IndicatorSummary;
import de.werkbank.datencheck.Observation;
import de.werkbank.datencheck.ProfileTable;
import de.werkbank.store.Store;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Datencheck figures a map shows, read from a store. */
public final class MapData {

    private MapData() {
    }

    /** The Datencheck table of a store (population by age, the movements, the indicators imported as they are). */
    public static ProfileTable profile(Store store) {
        List<Observation> moves = ProfileTable.MOVEMENTS.stream().flatMap(k -> store.values(k).stream()).toList();
        List<Observation> measured = measured(store).stream().flatMap(i -> store.values(i.key()).stream()).toList();
        return new ProfileTable(store.areas(), store.values(ProfileTable.POPULATION), moves, measured);
    }

    /** The indicators of a store shown as they were imported: all but the derived figures' building blocks. */
    public static List<IndicatorSummary> measured(Store store) {
        return store.indicators().stream().filter(i -> !ProfileTable.isBuildingBlock(i.key())).toList();
    }

    /** One figure of every area that has it in a year (against the first year as base). */
    public static Map<String, Double> values(ProfileTable table, MapFigure figure, int year) {
        List<Integer> populationYears = table.populationYears();
        int base = populationYears.isEmpty() ? year : populationYears.get(0);
        return values(table.rows(year, base, AgeLimits.STANDARD), figure);
    }

    /** One figure of the given rows, by area key; areas without it are left out. */
    public static Map<String, Double> values(List<ProfileTable.Row> rows, MapFigure figure) {
        Map<String, Double> values = new HashMap<>();
        for (ProfileTable.Row r : rows) {
            var v = figure instanceof MapFigure.Derived d ? r.figures().get(d.column())
                    : r.measured().get(((MapFigure.Measured) figure).key());
            if (v != null && v.isPresent()) {
                values.put(r.area().key(), v.getAsDouble());
            }
        }
        return values;
    }
}
