package de.werkbank.cli;

import de.werkbank.datencheck.IndicatorSummary;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code list-indicators}: one line per indicator — key, display name, years, number of areas, tab-separated. */
final class ListIndicatorsCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        CliArgs.parse("list-indicators", args, Set.of(), 0, 0);
        try (Store store = Store.open(location)) {
            for (IndicatorSummary i : store.indicators()) {
                String years = i.firstYear() == 0 ? "" : i.firstYear() == i.lastYear() ? String.valueOf(i.firstYear())
                        : i.firstYear() + "–" + i.lastYear();
                out.println(String.join("\t", i.key(), i.name(), years, String.valueOf(i.areas())));
            }
        }
        return ExitCodes.OK;
    }
}
