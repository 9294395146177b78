package de.werkbank.datencheck;

import de.werkbank.area.Area;
import de.werkbank.area.AreaTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The population of an area in a year by age group and sex, as a pyramid draws it: men on the left,
 * women on the right, the youngest group at the bottom. An area without values of its own (the Kreis)
 * adds up its children's, level by level. Values without an age group or sex ("insgesamt") and missing
 * values are left out; an area or year without values by age and sex has no pyramid.
 */
public final class PopulationPyramid {

    /** One age group's bar: people of the group by sex. */
    public record Bar(AgeGroup group, double men, double women) {

        /** The group as statistics offices write it ({@code 0-4}, {@code 85+}). */
        public String label() {
            return group.label();
        }
    }

    private final AreaTree tree;
    private final List<Observation> population;

    /** @param population the values of {@code bevoelkerung} */
    public PopulationPyramid(List<Area> areas, List<Observation> population) {
        this.tree = new AreaTree(areas);
        this.population = List.copyOf(population);
    }

    /** The bars of an area in a year, youngest group first; empty when there are no values by age and sex. */
    public List<Bar> bars(String areaKey, int year) {
        Map<AgeGroup, double[]> groups = groups(areaKey, year);
        List<Bar> bars = new ArrayList<>();
        groups.forEach((g, people) -> bars.add(new Bar(g, people[0], people[1])));
        return bars;
    }

    /** The largest number of one sex in one group, for a common scale. */
    public static double largest(List<Bar> bars) {
        return bars.stream().mapToDouble(b -> Math.max(b.men(), b.women())).max().orElse(0);
    }

    private Map<AgeGroup, double[]> groups(String areaKey, int year) {
        Map<AgeGroup, double[]> own = new TreeMap<>(BY_AGE);
        for (Observation o : population) {
            if (o.areaKey().equals(areaKey) && o.year() == year && o.value() != null
                    && (o.sex() == Sex.M || o.sex() == Sex.W)) {
                AgeGroup.parse(o.ageGroup()).ifPresent(g -> own.computeIfAbsent(g, k -> new double[2])
                        [o.sex() == Sex.M ? 0 : 1] += o.value().doubleValue());
            }
        }
        if (!own.isEmpty()) {
            return own;
        }
        Map<AgeGroup, double[]> sum = new TreeMap<>(BY_AGE);
        for (Area child : tree.children(areaKey)) {
            groups(child.key(), year).forEach((g, people) -> {
                double[] s = sum.computeIfAbsent(g, k -> new double[2]);
                s[0] += people[0];
                s[1] += people[1];
            });
        }
        return sum;
    }

    private static final Comparator<AgeGroup> BY_AGE = Comparator.comparingInt(AgeGroup::from)
            .thenComparing(g -> g.to() == null ? Integer.MAX_VALUE : g.to());
}
