package de.werkbank.cli;

import de.werkbank.datencheck.DataImport;
import de.werkbank.i18n.Messages;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code import-data FILE.csv [--mapping M.json]}: reads a tidy data file, or with a saved column
 * mapping a table in a statistics office's layout, into the Datencheck, all or nothing. Rows of areas
 * the store does not hold refuse the file, naming them, unless {@code --skip-unknown-areas} is given.
 */
final class ImportDataCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        List<String> rest = new ArrayList<>(args);
        Path mapping = null;
        int at = rest.indexOf("--mapping");
        if (at >= 0) {
            if (at + 1 >= rest.size()) {
                throw new UsageException("cli.missingValue", "--mapping");
            }
            mapping = CliArgs.path(rest.remove(at + 1));
            rest.remove(at);
        }
        String source = CliArgs.takeValue(rest, "--source");
        CliArgs a = CliArgs.parse("import-data", rest, Set.of("--skip-unknown-areas"), 1, 1);
        Path file = CliArgs.path(a.get(0));
        if (source != null && (source.isBlank() || source.length() > 300)) {
            throw new UsageException("cli.importData.badSource", 300);
        }
        try (Store store = Store.open(location)) {
            int values = DataImport.importFile(store, file, mapping, source, a.has("--skip-unknown-areas"),
                    Instant.now());
            out.println(Messages.tr("cli.importData.done", file.getFileName(), values));
        }
        return ExitCodes.OK;
    }
}
