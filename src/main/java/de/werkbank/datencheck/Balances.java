package de.werkbank.datencheck;

import java.util.OptionalDouble;

/** The balances per 1,000 inhabitants and the change of the population against a base year. */
public final class Balances {

    private Balances() {
    }

    /** (in-moves − out-moves) per 1,000 inhabitants. */
    public static OptionalDouble migrationPer1000(double in, double out, double population) {
        return population <= 0 ? OptionalDouble.empty() : OptionalDouble.of((in - out) / population * 1000);
    }

    /** (births − deaths) per 1,000 of the mean population (the mean of the year's start and end). */
    public static OptionalDouble naturalPer1000(double births, double deaths, double populationBefore,
                                                double populationAfter) {
        double mean = (populationBefore + populationAfter) / 2;
        return mean <= 0 ? OptionalDouble.empty() : OptionalDouble.of((births - deaths) / mean * 1000);
    }

    /** The change in % of the population against the base year's. */
    public static OptionalDouble changeSince(double base, double now) {
        return base <= 0 ? OptionalDouble.empty() : OptionalDouble.of((now / base - 1) * 100);
    }
}
