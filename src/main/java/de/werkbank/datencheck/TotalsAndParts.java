package de.werkbank.datencheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals beside their parts, as office tables carry them (sex {@code insgesamt} beside {@code m} and
 * {@code w}; the age group "Insgesamt" beside the groups): a total is stored as what it is and never
 * added to its parts. Where the parts are there (men and women; age groups) the figures use them,
 * else the total. See ADR 0021.
 */
public final class TotalsAndParts {

    /** A total that is not the sum of its parts is reported when it differs by more than this. */
    private static final double TOLERANCE = 0.5;

    private TotalsAndParts() {
    }

    /**
     * One area's values of one indicator in one year, by age group label ({@code ""}: all ages): each
     * group's sexes resolved (men + women + divers where men and women are both given, else the
     * total), and the all-ages total dropped where age groups are given. Missing values count as absent.
     */
    public static Map<String, Double> byAgeGroup(List<Observation> oneAreaYear) {
        Map<String, Map<Sex, Double>> bySex = new LinkedHashMap<>();
        for (Observation o : oneAreaYear) {
            if (o.value() != null) {
                bySex.computeIfAbsent(o.ageGroup(), g -> new EnumMap<>(Sex.class))
                        .merge(o.sex(), o.value().doubleValue(), Double::sum);
            }
        }
        Map<String, Double> groups = new LinkedHashMap<>();
        bySex.forEach((group, sexes) -> groups.put(group, resolve(sexes)));
        if (groups.size() > 1) {
            groups.remove("");
        }
        return groups;
    }

    /** The one figure of an area's values of one indicator in one year (parts where given, else the total). */
    public static double total(List<Observation> oneAreaYear) {
        return byAgeGroup(oneAreaYear).values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double resolve(Map<Sex, Double> sexes) {
        byte given = 0;
        double[] sums = new double[Sex.values().length];
        for (var e : sexes.entrySet()) {
            given |= (byte) (1 << e.getKey().ordinal());
            sums[e.getKey().ordinal()] = e.getValue();
        }
        return resolve(given, sums);
    }

    /**
     * One age group's people from its sexes' values: men + women + divers where men and women are both
     * given, else the total, else what there is.
     *
     * @param given the sexes given, as bits {@code 1 << ordinal}
     * @param sums each sex's value by ordinal
     */
    static double resolve(byte given, double[] sums) {
        if (has(given, Sex.M) && has(given, Sex.W)) {
            return sums[Sex.M.ordinal()] + sums[Sex.W.ordinal()] + (has(given, Sex.D) ? sums[Sex.D.ordinal()] : 0.0);
        }
        if (has(given, Sex.INSGESAMT)) {
            return sums[Sex.INSGESAMT.ordinal()];
        }
        java.util.stream.DoubleStream.Builder some = java.util.stream.DoubleStream.builder();
        for (Sex sex : Sex.values()) {
            if (has(given, sex)) {
                some.add(sums[sex.ordinal()]);
            }
        }
        return some.build().sum();
    }

    private static boolean has(byte given, Sex sex) {
        return (given & (1 << sex.ordinal())) != 0;
    }

    /** A total that disagrees with the sum of its parts. */
    public record Disagreement(String areaKey, String indicatorKey, int year, String what, double total, double parts) {
    }

    /**
     * The totals among {@code values} that differ from the sum of their parts: {@code insgesamt}
     * against men + women (+ divers) of the same age group, the all-ages value against the sum of the
     * age groups of the same sex (when the groups do not overlap). Counts only: the indicators the
     * figures are built of.
     */
    public static List<Disagreement> disagreements(List<Observation> values) {
        Map<String, List<Observation>> byAreaYear = new TreeMap<>();
        for (Observation o : values) {
            if (o.value() != null && ProfileTable.isBuildingBlock(o.indicatorKey())) {
                byAreaYear.computeIfAbsent(o.indicatorKey() + '|' + o.areaKey() + '|' + o.year(), k -> new ArrayList<>())
                        .add(o);
            }
        }
        List<Disagreement> found = new ArrayList<>();
        for (List<Observation> group : byAreaYear.values()) {
            Observation first = group.get(0);
            Map<String, Map<Sex, Double>> cells = new TreeMap<>();
            group.forEach(o -> cells.computeIfAbsent(o.ageGroup(), g -> new EnumMap<>(Sex.class))
                    .put(o.sex(), o.value().doubleValue()));
            cells.forEach((age, sexes) -> {
                if (sexes.containsKey(Sex.INSGESAMT) && sexes.containsKey(Sex.M) && sexes.containsKey(Sex.W)) {
                    double parts = sexes.get(Sex.M) + sexes.get(Sex.W) + sexes.getOrDefault(Sex.D, 0.0);
                    check(found, first, age.isEmpty() ? "insgesamt = m + w" : age + ": insgesamt = m + w",
                            sexes.get(Sex.INSGESAMT), parts);
                }
            });
            Map<String, Double> allAges = cells.getOrDefault("", Map.of()).entrySet().stream()
                    .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey().code(), e.getValue()), Map::putAll);
            List<AgeGroup> groups = cells.keySet().stream().filter(g -> !g.isEmpty())
                    .map(g -> AgeGroup.parse(g).orElse(null)).toList();
            if (allAges.isEmpty() || groups.isEmpty() || groups.contains(null) || overlap(groups)) {
                continue;
            }
            for (Sex sex : Sex.values()) {
                Double total = allAges.get(sex.code());
                if (total != null && cells.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                        .allMatch(e -> e.getValue().containsKey(sex))) {
                    double parts = cells.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                            .mapToDouble(e -> e.getValue().get(sex)).sum();
                    check(found, first, sex.code() + ": Insgesamt = Σ Altersgruppen", total, parts);
                }
            }
        }
        return found;
    }

    private static void check(List<Disagreement> found, Observation o, String what, double total, double parts) {
        if (Math.abs(total - parts) > TOLERANCE) {
            found.add(new Disagreement(o.areaKey(), o.indicatorKey(), o.year(), what, total, parts));
        }
    }

    private static boolean overlap(List<AgeGroup> groups) {
        List<AgeGroup> sorted = groups.stream().sorted(Comparator.comparingInt(AgeGroup::from)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            AgeGroup before = sorted.get(i - 1);
            if (before.to() == null || before.to() >= sorted.get(i).from()) {
                return true;
            }
        }
        return false;
    }
}
