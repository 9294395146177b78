package de.werkbank.map;

import de.werkbank.datencheck.AgeLimits;
import de.werkbank.datencheck.Observation;
import de.werkbank.datencheck.ProfileTable;
import de.werkbank.store.Store;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The Datencheck figures a map shows, read from a store. */
public final class MapData {

    private MapData() {
    }

    /** The Datencheck table of a store (population by age and the movements). */
    public static ProfileTable profile(Store store) {
        List<Observation> moves = Stream.of("geburten", "sterbefaelle", "zuzuege", "fortzuege")
                .flatMap(k -> store.values(k).stream()).toList();
        return new ProfileTable(store.areas(), store.values("bevoelkerung"), moves);
    }

    /** One figure of every area that has it in a year (against the first year as base). */
    public static Map<String, Double> values(ProfileTable table, ProfileTable.Column column, int year) {
        int base = table.years().isEmpty() ? year : table.years().get(0);
        return values(table.rows(year, base, AgeLimits.STANDARD), column);
    }

    /** One figure of the given rows, by area key; areas without it are left out. */
    public static Map<String, Double> values(List<ProfileTable.Row> rows, ProfileTable.Column column) {
        Map<String, Double> values = new HashMap<>();
        for (ProfileTable.Row r : rows) {
            var v = r.figures().get(column);
            if (v != null && v.isPresent()) {
                values.put(r.area().key(), v.getAsDouble());
            }
        }
        return values;
    }
}
