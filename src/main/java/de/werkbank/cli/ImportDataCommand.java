package de.werkbank.cli;

import de.werkbank.datencheck.DataImport;
import de.werkbank.i18n.Messages;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** {@code import-data FILE.csv}: reads a tidy data file into the Datencheck, all or nothing. */
final class ImportDataCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        CliArgs a = CliArgs.parse("import-data", args, Set.of(), 1, 1);
        Path file = Path.of(a.get(0));
        try (Store store = Store.open(location)) {
            int values = DataImport.importFile(store, file, Instant.now());
            out.println(Messages.tr("cli.importData.done", file.getFileName(), values));
        }
        return ExitCodes.OK;
    }
}
