package de.werkbank.cli;

import de.werkbank.datencheck.AgeLimits;
import de.werkbank.datencheck.IndicatorSummary;
import de.werkbank.datencheck.ProfileTable;
import de.werkbank.map.MapData;
import de.werkbank.map.MapFigure;
import de.werkbank.map.MapIndicator;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code list-indicators}: one line per indicator — key, display name, years, number of areas, tab-separated:
 * the stored ones, then the figures derived from them (areas: those with the figure in the latest year).
 */
final class ListIndicatorsCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        CliArgs.parse("list-indicators", args, Set.of(), 0, 0);
        try (Store store = Store.open(location)) {
            for (IndicatorSummary i : store.indicators()) {
                out.println(String.join("\t", i.key(), i.name(), years(i.firstYear(), i.lastYear()),
                        String.valueOf(i.areas())));
            }
            // the figures derived from the population and the movements, by the keys render-map takes
            ProfileTable table = MapData.profile(store);
            List<Integer> years = table.populationYears();
            if (!years.isEmpty()) {
                int last = years.get(years.size() - 1);
                List<ProfileTable.Row> rows = table.rows(last, years.get(0), AgeLimits.STANDARD);
                for (ProfileTable.Column column : ProfileTable.Column.values()) {
                    long areas = rows.stream().filter(r -> r.figures().get(column).isPresent()).count();
                    out.println(String.join("\t", column.key(), MapIndicator.title(new MapFigure.Derived(column)),
                            years(years.get(0), last), String.valueOf(areas)));
                }
            }
        }
        return ExitCodes.OK;
    }

    private static String years(int first, int last) {
        return first == 0 ? "" : first == last ? String.valueOf(first) : first + "–" + last;
    }
}
