package de.werkbank.datencheck;

import de.werkbank.area.Area;
import de.werkbank.area.AreaTree;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An indicator of one area over the years, for a line chart that sets areas against the Kreis: either
 * a stored indicator's total, or one of the Datencheck's figures ({@link ProfileTable.Column}).
 *
 * @param values by year; a year without a value (missing or secret in the source) is left out
 */
public record TimeSeries(Area area, SortedMap<Integer, Double> values) {

    public TimeSeries {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    /**
     * The totals of a stored indicator for an area by year. The total of an area and year is its value
     * without age group and sex ("insgesamt") if the source gives one, else the sum over the sexes, else
     * over the age groups, else over both. An area without values of its own adds up its children's; a
     * year in which a child's value is missing or secret has no sum.
     */
    public static TimeSeries stored(List<Area> areas, List<Observation> values, String areaKey) {
        AreaTree tree = new AreaTree(areas);
        Map<String, Map<Integer, List<Observation>>> byArea = new HashMap<>();
        values.forEach(o -> byArea.computeIfAbsent(o.areaKey(), k -> new HashMap<>())
                .computeIfAbsent(o.year(), y -> new ArrayList<>()).add(o));
        Area area = tree.area(areaKey).orElseThrow(() -> new IllegalArgumentException("unknown area " + areaKey));
        SortedMap<Integer, Double> totals = totals(tree, byArea, areaKey);
        totals.values().removeIf(v -> v.isNaN());
        return new TimeSeries(area, totals);
    }

    /** One of the Datencheck's figures of an area by year (changes against {@code baseYear}). */
    public static TimeSeries figure(ProfileTable table, ProfileTable.Column column, Area area, int baseYear,
                                    AgeLimits limits) {
        SortedMap<Integer, Double> values = new TreeMap<>();
        for (int year : table.years()) {
            table.rows(year, baseYear, limits).stream().filter(r -> r.area().key().equals(area.key())).findFirst()
                    .map(r -> r.figures().get(column)).filter(f -> f.isPresent())
                    .ifPresent(f -> values.put(year, f.getAsDouble()));
        }
        return new TimeSeries(area, values);
    }

    /** The series as an index: its value in {@code baseYear} is 100; empty without a value there. */
    public TimeSeries indexed(int baseYear) {
        Double base = values.get(baseYear);
        SortedMap<Integer, Double> index = new TreeMap<>();
        if (base != null && base != 0) {
            values.forEach((year, v) -> index.put(year, v / base * 100));
        }
        return new TimeSeries(area, index);
    }

    /** Totals by year; NaN marks a year whose total is missing (a secret value, or a child's). */
    private static SortedMap<Integer, Double> totals(AreaTree tree, Map<String, Map<Integer, List<Observation>>> byArea,
                                                     String areaKey) {
        SortedMap<Integer, Double> totals = new TreeMap<>();
        Map<Integer, List<Observation>> own = byArea.get(areaKey);
        if (own != null) {
            own.forEach((year, observations) -> totals.put(year, total(observations)));
            return totals;
        }
        List<Area> children = tree.children(areaKey);
        List<SortedMap<Integer, Double>> childTotals = children.stream().map(c -> totals(tree, byArea, c.key()))
                .filter(t -> !t.isEmpty()).toList();
        for (SortedMap<Integer, Double> child : childTotals) {
            child.keySet().forEach(year -> totals.put(year, 0.0));
        }
        for (Integer year : List.copyOf(totals.keySet())) {
            double sum = 0;
            for (SortedMap<Integer, Double> child : childTotals) {
                sum += child.getOrDefault(year, Double.NaN);
            }
            totals.put(year, sum);
        }
        return totals;
    }

    /** The total of one area's values in one year (NaN if a value it needs is missing). */
    private static double total(List<Observation> observations) {
        List<Observation> overall = observations.stream().filter(o -> o.ageGroup().isEmpty() && o.sex() == Sex.INSGESAMT)
                .toList();
        if (!overall.isEmpty()) {
            return sum(overall);
        }
        List<Observation> bySex = observations.stream().filter(o -> o.ageGroup().isEmpty()).toList();
        if (!bySex.isEmpty()) {
            return sum(bySex);
        }
        List<Observation> byAge = observations.stream().filter(o -> o.sex() == Sex.INSGESAMT).toList();
        return sum(byAge.isEmpty() ? observations : byAge);
    }

    private static double sum(List<Observation> observations) {
        double sum = 0;
        for (Observation o : observations) {
            if (o.value() == null) {
                return Double.NaN;
            }
            sum += o.value().doubleValue();
        }
        return sum;
    }
}
