package de.werkbank.datencheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader found in a data file: the values of the store's areas, and the rows of areas the
 * store does not hold (other Kreise, Deutschland, a Gemeinde merged since), which an import leaves
 * out only when the user says so.
 *
 * @param unknownAreas the keys of unknown areas as written, with the name the row gives (or empty),
 *                     in the file's order
 * @param unknownRows how many data rows those are
 * @param firstUnknownLine the line (from 1) of the first of them, or 0
 * @param firstUnknownColumn its key's column (from 1), or 0
 */
public record DataRead(List<Observation> values, Map<String, String> unknownAreas, int unknownRows,
                       long firstUnknownLine, int firstUnknownColumn) {

    public DataRead {
        values = List.copyOf(values);
        unknownAreas = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(unknownAreas));
    }

    /** Collects a reader's values and unknown rows. */
    static final class Builder {
        final List<Observation> values = new ArrayList<>();
        private final Map<String, String> unknown = new LinkedHashMap<>();
        private int rows;
        private long firstLine;
        private int firstColumn;

        void unknown(String key, String name, long line, int column) {
            unknown.putIfAbsent(key, name == null ? "" : name.strip());
            if (rows++ == 0) {
                firstLine = line;
                firstColumn = column;
            }
        }

        DataRead build() {
            return new DataRead(values, unknown, rows, firstLine, firstColumn);
        }
    }

    /** The values, refusing a file with any unknown area by the first one's line (as before ADR 0021). */
    public List<Observation> strict(String fileName) {
        if (unknownRows > 0) {
            throw new DataImportException("data.unknownAreaAt", fileName, firstUnknownLine, firstUnknownColumn,
                    DataLimits.shortened(unknownAreas.keySet().iterator().next()));
        }
        return values;
    }

    /** The first {@code n} unknown areas as "key name", for a message. */
    public String firstUnknown(int n) {
        List<String> shown = unknownAreas.entrySet().stream().limit(n)
                .map(e -> e.getValue().isEmpty() ? e.getKey() : e.getKey() + " " + e.getValue()).toList();
        return String.join(", ", shown) + (unknownAreas.size() > n ? ", …" : "");
    }
}
