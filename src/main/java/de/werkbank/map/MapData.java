package de.werkbank.map;

import de.werkbank.datencheck.AgeLimits;
import de.werkbank.datencheck.AgeProfiles;
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

    /**
     * One figure of every area of a store that has it in a year, as {@link #values(ProfileTable, MapFigure, int)}
     * gives it for the store's whole table: read are only the values the figure is computed from (the population
     * straight from the stored text, the movements for a balance, a measured indicator's own values), and only
     * the figure is computed (ADR 34).
     */
    public static Map<String, Double> values(Store store, MapFigure figure, int year) {
        if (figure instanceof MapFigure.Measured m) {
            return new ProfileTable(store.areas(), List.of(), List.of(), store.values(m.key())).measuredValues(m.key(), year);
        }
        ProfileTable.Column column = ((MapFigure.Derived) figure).column();
        AgeProfiles population = new AgeProfiles();
        store.values(ProfileTable.POPULATION, population);
        List<Observation> moves = column == ProfileTable.Column.MIGRATION || column == ProfileTable.Column.NATURAL
                ? ProfileTable.MOVEMENTS.stream().flatMap(k -> store.values(k).stream()).toList() : List.of();
        return values(new ProfileTable(store.areas(), population, moves, List.of()), figure, year);
    }

    /** One figure of every area that has it in a year (against the first year as base). */
    public static Map<String, Double> values(ProfileTable table, MapFigure figure, int year) {
        List<Integer> populationYears = table.populationYears();
        int base = populationYears.isEmpty() ? year : populationYears.get(0);
        return figure instanceof MapFigure.Derived d ? table.values(d.column(), year, base, AgeLimits.STANDARD)
                : table.measuredValues(((MapFigure.Measured) figure).key(), year);
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
