package de.werkbank.datencheck;

import de.werkbank.area.Area;
import de.werkbank.area.AreaTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * The Datencheck's standard indicators for every area in one year, computed from the population by
 * age group and the movements: population, its change since a base year, shares of the young and
 * old, the quotients, average and median age, and the balances per 1,000. An area without values of
 * its own (the Kreis) adds up those of its Kommunen.
 */
public final class ProfileTable {

    /** The columns, by message key of their heading. */
    public enum Column {
        POPULATION("einwohner"), CHANGE("entwicklung"), SHARE_UNDER_20("anteil_unter_20"), SHARE_65("anteil_65_plus"),
        SHARE_80("anteil_80_plus"), JUGENDQUOTIENT("jugendquotient"), ALTENQUOTIENT("altenquotient"),
        AVERAGE_AGE("durchschnittsalter"), MEDIAN_AGE("medianalter"), MIGRATION("wanderungssaldo"),
        NATURAL("natuerlicher_saldo");

        private final String key;

        Column(String key) {
            this.key = key;
        }

        /** The figure's stable key, as the command line and files name it (e.g. {@code anteil_65_plus}). */
        public String key() {
            return key;
        }
    }

    /**
     * One area's figures; a figure the data do not allow is empty.
     *
     * @param measured the indicators imported as they are (a survey's rate, say), by key: their values
     *                 for the area as a whole (no age group, both sexes)
     * @param notComputable why a figure is empty where its age limit falls inside a group of the data,
     *                      by column (e.g. 80+ from a table ending at „75 Jahre und mehr“)
     */
    public record Row(Area area, Map<Column, OptionalDouble> figures, Map<String, OptionalDouble> measured,
                      Map<Column, String> notComputable) {

        public Row(Area area, Map<Column, OptionalDouble> figures, Map<String, OptionalDouble> measured) {
            this(area, figures, measured, Map.of());
        }

        public Row(Area area, Map<Column, OptionalDouble> figures) {
            this(area, figures, Map.of());
        }
    }

    /** The indicator of the population by age, and those of the movements: what the figures are derived from. */
    public static final String POPULATION = "bevoelkerung";
    public static final List<String> MOVEMENTS = List.of("geburten", "sterbefaelle", "zuzuege", "fortzuege");

    private final List<Area> areas;
    private final Map<String, Map<Integer, AgeProfile>> population = new HashMap<>();
    private final Map<String, Map<Integer, Map<String, Double>>> movements = new HashMap<>();
    private final Map<String, Map<Integer, Map<String, Double>>> measured = new HashMap<>();

    /**
     * @param populationByAge the values of {@code bevoelkerung}
     * @param movementValues the values of {@code geburten}, {@code sterbefaelle}, {@code zuzuege}, {@code fortzuege}
     */
    public ProfileTable(List<Area> areas, List<Observation> populationByAge, List<Observation> movementValues) {
        this(areas, populationByAge, movementValues, List.of());
    }

    /**
     * @param measuredValues the values of the other indicators, shown as they are: only those for an
     *                       area as a whole (no age group, both sexes) count
     */
    public ProfileTable(List<Area> areas, List<Observation> populationByAge, List<Observation> movementValues,
                        List<Observation> measuredValues) {
        this(areas, profiles(populationByAge), movementValues, measuredValues);
    }

    /**
     * @param populationByAge the values of {@code bevoelkerung}, as read (from the store without an object per value)
     * @param measuredValues as above
     */
    public ProfileTable(List<Area> areas, AgeProfiles populationByAge, List<Observation> movementValues,
                        List<Observation> measuredValues) {
        this.areas = List.copyOf(areas);
        for (Observation o : measuredValues) {
            if (o.value() != null && (o.ageGroup() == null || o.ageGroup().isBlank()) && o.sex() == Sex.INSGESAMT) {
                measured.computeIfAbsent(o.areaKey(), k -> new HashMap<>()).computeIfAbsent(o.year(), y -> new HashMap<>())
                        .put(o.indicatorKey(), o.value().doubleValue());
            }
        }
        population.putAll(populationByAge.byAreaAndYear());
        for (var e : byAreaAndYear(movementValues).entrySet()) {
            Observation first = e.getValue().get(0);
            if (!TotalsAndParts.byAgeGroup(e.getValue()).isEmpty()) {
                movements.computeIfAbsent(first.areaKey(), k -> new HashMap<>()).computeIfAbsent(first.year(),
                        y -> new HashMap<>()).put(first.indicatorKey(), TotalsAndParts.total(e.getValue()));
            }
        }
        addUpParents();
    }

    private static AgeProfiles profiles(List<Observation> populationByAge) {
        AgeProfiles profiles = new AgeProfiles();
        populationByAge.forEach(profiles::add);
        return profiles;
    }

    /** Values grouped by indicator, area and year, in their order. */
    private static Map<String, List<Observation>> byAreaAndYear(List<Observation> values) {
        Map<String, List<Observation>> groups = new LinkedHashMap<>();
        Observation last = null;
        List<Observation> group = null;
        for (Observation o : values) {
            // the store hands out a year's values together: most need no look-up
            if (last == null || last.year() != o.year() || !last.areaKey().equals(o.areaKey())
                    || !last.indicatorKey().equals(o.indicatorKey())) {
                group = groups.computeIfAbsent(o.indicatorKey() + '|' + o.areaKey() + '|' + o.year(), k -> new ArrayList<>());
                last = o;
            }
            group.add(o);
        }
        return groups;
    }

    /**
     * Areas without population values of their own get the sum of their children's, deepest first:
     * a Kommune adds up its Ortsteile before the Kreis adds up its Kommunen. A movement (births,
     * deaths, moves) adds up only where every child with people that year has it: a sum with a missing
     * part (Inden's deaths of 2012) is missing, never a number that looks complete.
     */
    private void addUpParents() {
        AreaTree tree = new AreaTree(areas);
        for (Area parent : tree.bottomUp()) {
            if (population.containsKey(parent.key())) {
                continue;
            }
            List<Area> children = tree.children(parent.key());
            for (Area child : children) {
                population.getOrDefault(child.key(), Map.of()).forEach((year, profile) -> profile.addTo(
                        population.computeIfAbsent(parent.key(), k -> new HashMap<>()).computeIfAbsent(year, y -> new AgeProfile())));
            }
            for (Integer year : population.getOrDefault(parent.key(), Map.of()).keySet()) {
                for (String key : MOVEMENTS) {
                    sumOfAll(children, year, key).ifPresent(sum -> movements.computeIfAbsent(parent.key(),
                            k -> new HashMap<>()).computeIfAbsent(year, y -> new HashMap<>()).put(key, sum));
                }
            }
        }
    }

    /** The children's values of a movement in a year, if every child with people that year has one. */
    private OptionalDouble sumOfAll(List<Area> children, int year, String key) {
        double sum = 0;
        boolean any = false;
        for (Area child : children) {
            if (!population.getOrDefault(child.key(), Map.of()).containsKey(year)) {
                continue;
            }
            Double value = movements.getOrDefault(child.key(), Map.of()).getOrDefault(year, Map.of()).get(key);
            if (value == null) {
                return OptionalDouble.empty();
            }
            sum += value;
            any = true;
        }
        return any ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }

    /** Whether an indicator is one the figures are derived from (else it is shown as it was imported). */
    public static boolean isBuildingBlock(String indicatorKey) {
        return POPULATION.equals(indicatorKey) || MOVEMENTS.contains(indicatorKey);
    }

    /** The years with population values or values of an indicator imported as it is, in order. */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        population.values().forEach(byYear -> years.addAll(byYear.keySet()));
        measured.values().forEach(byYear -> years.addAll(byYear.keySet()));
        return new ArrayList<>(years);
    }

    /** The years with population values, in order: those the derived figures can be computed for. */
    public List<Integer> populationYears() {
        TreeSet<Integer> years = new TreeSet<>();
        population.values().forEach(byYear -> years.addAll(byYear.keySet()));
        return new ArrayList<>(years);
    }

    /**
     * A row for every area that has population values or an indicator imported as it is in that year
     * (a survey of a year without population data is shown too; its derived figures are empty).
     */
    public List<Row> rows(int year, int baseYear, AgeLimits limits) {
        List<Row> rows = new ArrayList<>();
        for (Area area : areas) {
            AgeProfile now = population.getOrDefault(area.key(), Map.of()).get(year);
            Map<String, OptionalDouble> m = new HashMap<>();
            measured.getOrDefault(area.key(), Map.of()).getOrDefault(year, Map.of())
                    .forEach((key, value) -> m.put(key, OptionalDouble.of(value)));
            if (now == null) {
                if (!m.isEmpty()) {
                    Map<Column, OptionalDouble> none = new LinkedHashMap<>();
                    for (Column c : Column.values()) {
                        none.put(c, OptionalDouble.empty());
                    }
                    rows.add(new Row(area, none, m));
                }
                continue;
            }
            AgeProfile base = population.get(area.key()).get(baseYear);
            AgeProfile before = population.get(area.key()).get(year - 1);
            Map<String, Double> moves = movements.getOrDefault(area.key(), Map.of()).getOrDefault(year, Map.of());
            Map<Column, OptionalDouble> f = new LinkedHashMap<>();
            for (Column c : Column.values()) {
                f.put(c, figure(c, now, base, before, moves, limits));
            }
            rows.add(new Row(area, f, m, notComputable(now, limits)));
        }
        return rows;
    }

    /**
     * One figure of every area that has it in a year, by area key: what {@link #rows} gives in that column, computed
     * alone (a map draws one figure of 11,000 areas).
     */
    public Map<String, Double> values(Column column, int year, int baseYear, AgeLimits limits) {
        Map<String, Double> values = new HashMap<>();
        for (Area area : areas) {
            Map<Integer, AgeProfile> byYear = population.get(area.key());
            AgeProfile now = byYear == null ? null : byYear.get(year);
            if (now != null) {
                OptionalDouble v = figure(column, now, byYear.get(baseYear), byYear.get(year - 1),
                        movements.getOrDefault(area.key(), Map.of()).getOrDefault(year, Map.of()), limits);
                if (v.isPresent()) {
                    values.put(area.key(), v.getAsDouble());
                }
            }
        }
        return values;
    }

    /** An indicator imported as it is, of every area that has it in a year, by area key (as {@link Row#measured}). */
    public Map<String, Double> measuredValues(String indicatorKey, int year) {
        Map<String, Double> values = new HashMap<>();
        for (Area area : areas) {
            Double v = measured.getOrDefault(area.key(), Map.of()).getOrDefault(year, Map.of()).get(indicatorKey);
            if (v != null) {
                values.put(area.key(), v);
            }
        }
        return values;
    }

    /** One figure of an area's profile of the year ({@code base}: of the base year, {@code before}: of the year before). */
    private static OptionalDouble figure(Column column, AgeProfile now, AgeProfile base, AgeProfile before,
                                         Map<String, Double> moves, AgeLimits limits) {
        return switch (column) {
            case POPULATION -> OptionalDouble.of(now.total());
            case CHANGE -> base == null ? OptionalDouble.empty() : Balances.changeSince(base.total(), now.total());
            case SHARE_UNDER_20 -> now.share(0, limits.young() - 1);
            case SHARE_65 -> now.shareFrom(limits.old());
            case SHARE_80 -> now.shareFrom(limits.veryOld());
            case JUGENDQUOTIENT -> now.jugendquotient(limits);
            case ALTENQUOTIENT -> now.altenquotient(limits);
            case AVERAGE_AGE -> now.averageAge(limits);
            case MEDIAN_AGE -> now.medianAge();
            case MIGRATION -> moves.containsKey("zuzuege") && moves.containsKey("fortzuege")
                    ? Balances.migrationPer1000(moves.get("zuzuege"), moves.get("fortzuege"), now.total())
                    : OptionalDouble.empty();
            // per 1,000 of the year's mean population; the first year, whose start is not known, per
            // 1,000 at its end (see the table's note)
            case NATURAL -> moves.containsKey("geburten") && moves.containsKey("sterbefaelle")
                    ? Balances.naturalPer1000(moves.get("geburten"), moves.get("sterbefaelle"),
                            before == null ? now.total() : before.total(), now.total())
                    : OptionalDouble.empty();
        };
    }

    /** The figures whose age limits cut through a group of the data, with the reason in words. */
    private static Map<Column, String> notComputable(AgeProfile profile, AgeLimits limits) {
        Map<Column, String> why = new LinkedHashMap<>();
        note(why, profile, Column.SHARE_UNDER_20, 0, limits.young() - 1, limits.young());
        note(why, profile, Column.SHARE_65, limits.old(), null, limits.old());
        note(why, profile, Column.SHARE_80, limits.veryOld(), null, limits.veryOld());
        for (Column quotient : List.of(Column.JUGENDQUOTIENT, Column.ALTENQUOTIENT)) {
            note(why, profile, quotient, limits.young(), limits.old() - 1, limits.young());
            note(why, profile, quotient, limits.old(), null, limits.old());
        }
        return why;
    }

    private static void note(Map<Column, String> why, AgeProfile profile, Column column, int lower, Integer upper,
                             int limit) {
        if (why.containsKey(column)) {
            return;
        }
        profile.cutBy(lower, upper).ifPresent(group -> why.put(column,
                de.werkbank.i18n.Messages.tr("datencheck.notComputable", limit, group.label())));
    }
}
