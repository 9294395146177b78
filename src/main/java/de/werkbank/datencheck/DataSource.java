package de.werkbank.datencheck;

import java.time.Instant;
import java.util.List;

/**
 * One import of the Datencheck (a data set): the file it came from, when, how many values it brought,
 * and which indicators and years of its values are still in the store (a later import of the same
 * values replaces them).
 *
 * @param firstYear {@code 0} when none of its values are left
 */
public record DataSource(String name, Instant importedAt, int valueCount, List<String> indicators, int firstYear,
                         int lastYear) {

    public DataSource {
        indicators = List.copyOf(indicators);
    }
}
