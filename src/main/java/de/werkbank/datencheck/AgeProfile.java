package de.werkbank.datencheck;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The population of one area in one year by age group (sexes summed), and what can be derived from
 * it: Jugend- and Altenquotient, shares of age bands, average and median age. A figure whose age
 * limits cut through a group of the data cannot be derived and is empty.
 */
public final class AgeProfile {

    private final Map<AgeGroup, Double> counts = new LinkedHashMap<>();

    /** Adds people of an age group (several calls for the same group add up, e.g. men and women). */
    public AgeProfile add(AgeGroup group, double people) {
        counts.merge(group, people, Double::sum);
        return this;
    }

    /** Adds this profile's people to {@code other} (e.g. a Kommune's to the Kreis). */
    void addTo(AgeProfile other) {
        counts.forEach(other::add);
    }

    public double total() {
        return counts.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** People aged {@code lower} to {@code upper} ({@code null}: and older), if the groups allow it. */
    public OptionalDouble between(int lower, Integer upper) {
        double sum = 0;
        for (var e : counts.entrySet()) {
            if (e.getKey().straddles(lower, upper)) {
                return OptionalDouble.empty();
            }
            if (e.getKey().within(lower, upper)) {
                sum += e.getValue();
            }
        }
        return OptionalDouble.of(sum);
    }

    /**
     * The group of the data that the band {@code lower} to {@code upper} ({@code null}: and older) cuts
     * through, if any: the band cannot be counted from these groups (80+ from a table ending at 75+).
     */
    public java.util.Optional<AgeGroup> cutBy(int lower, Integer upper) {
        return counts.keySet().stream().filter(g -> g.straddles(lower, upper))
                .min(java.util.Comparator.comparingInt(AgeGroup::from));
    }

    /** People under {@code young} per 100 of working age (young … old − 1). */
    public OptionalDouble jugendquotient(AgeLimits limits) {
        return per100(between(0, limits.young() - 1), workingAge(limits));
    }

    /** People of {@code old} and older per 100 of working age. */
    public OptionalDouble altenquotient(AgeLimits limits) {
        return per100(between(limits.old(), null), workingAge(limits));
    }

    /** Share in % of the people of {@code lower} and older. */
    public OptionalDouble shareFrom(int lower) {
        return per100(between(lower, null), OptionalDouble.of(total()));
    }

    /** Share in % of the people aged {@code lower} to {@code upper}. */
    public OptionalDouble share(int lower, int upper) {
        return per100(between(lower, upper), OptionalDouble.of(total()));
    }

    /** The mean age, estimated from the groups' middles (an estimate, as the source gives groups only). */
    public OptionalDouble averageAge(AgeLimits limits) {
        double people = total();
        if (people == 0) {
            return OptionalDouble.empty();
        }
        double years = 0;
        for (var e : counts.entrySet()) {
            AgeGroup g = e.getKey();
            double middle = g.to() == null ? limits.openGroupMean() : (g.from() + g.to() + 1) / 2.0;
            years += middle * e.getValue();
        }
        return OptionalDouble.of(years / people);
    }

    /** The age that splits the population in halves, interpolated within its group. */
    public OptionalDouble medianAge() {
        double half = total() / 2;
        if (half == 0) {
            return OptionalDouble.empty();
        }
        double below = 0;
        var groups = counts.entrySet().stream().sorted((a, b) -> Integer.compare(a.getKey().from(), b.getKey().from()))
                .toList();
        for (var e : groups) {
            double people = e.getValue();
            if (below + people >= half) {
                AgeGroup g = e.getKey();
                if (g.to() == null) {
                    return OptionalDouble.of(g.from());
                }
                double width = g.to() + 1 - g.from();
                return OptionalDouble.of(g.from() + (half - below) / people * width);
            }
            below += people;
        }
        return OptionalDouble.empty();
    }

    private OptionalDouble workingAge(AgeLimits limits) {
        return between(limits.young(), limits.old() - 1);
    }

    private static OptionalDouble per100(OptionalDouble part, OptionalDouble whole) {
        if (part.isEmpty() || whole.isEmpty() || whole.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100 * part.getAsDouble() / whole.getAsDouble());
    }
}
