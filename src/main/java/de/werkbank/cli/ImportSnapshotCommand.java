package de.werkbank.cli;

import de.werkbank.i18n.Messages;
import de.werkbank.snapshot.Snapshots;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code import-snapshot FILE [--replace]}: replaces the store's catalogue and plan by the snapshot's,
 * all or nothing; a store that already holds a plan needs {@code --replace}.
 */
final class ImportSnapshotCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        CliArgs a = CliArgs.parse("import-snapshot", args, Set.of("--replace"), 1, 1);
        Path file = CliArgs.path(a.get(0));
        try (Store store = Store.open(location)) {
            var backup = Snapshots.importInto(store, file, a.has("--replace"));
            int cards = store.plan().map(p -> p.cards().size()).orElse(0);
            out.println(Messages.tr("cli.import.done", file.getFileName(), cards));
            backup.ifPresent(b -> out.println(Messages.tr("cli.import.backup", b)));
        }
        return ExitCodes.OK;
    }
}
