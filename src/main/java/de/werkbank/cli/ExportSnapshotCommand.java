package de.werkbank.cli;

import de.werkbank.i18n.Messages;
import de.werkbank.snapshot.Snapshots;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** {@code export-snapshot FILE [--no-personal-data]}: writes the store's plan snapshot. */
final class ExportSnapshotCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        CliArgs a = CliArgs.parse("export-snapshot", args, Set.of("--no-personal-data"), 1, 1);
        Path file = CliArgs.path(a.get(0));
        try (Store store = Store.open(location)) {
            Snapshots.export(store, file, Instant.now(), Version.current(), !a.has("--no-personal-data"));
        }
        out.println(Messages.tr("cli.export.done", file.toAbsolutePath()));
        return ExitCodes.OK;
    }
}
