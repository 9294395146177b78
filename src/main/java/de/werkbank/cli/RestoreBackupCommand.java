package de.werkbank.cli;

import de.werkbank.i18n.Messages;
import de.werkbank.store.Backups;
import de.werkbank.store.DamagedStore;
import de.werkbank.store.Store;
import de.werkbank.store.StoreException;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code restore-backup FILE}: replaces the store's whole content by a backup's (FILE: a path, or a
 * name that {@code backups} lists), all or nothing, after backing up the current state.
 */
final class RestoreBackupCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        CliArgs a = CliArgs.parse("restore-backup", args, Set.of(), 1, 1);
        Store opened;
        try {
            opened = Store.open(location);
        } catch (StoreException e) {
            if (!DamagedStore.is(e)) {
                throw e;
            }
            // too damaged to open: the backup's file takes the damaged one's place
            Path file = Backups.resolve(location, a.get(0));
            Path aside = DamagedStore.replaceWith(location, file);
            try (Store restored = Store.open(location)) {
                int cards = restored.plan().map(p -> p.cards().size()).orElse(0);
                out.println(Messages.tr("cli.restore.done", file.getFileName(), cards));
                out.println(Messages.tr("cli.restore.damagedKept", aside));
            }
            return ExitCodes.OK;
        }
        try (Store store = opened) {
            Path file = Backups.resolve(location, a.get(0));
            Path before = store.restoreBackup(file);
            int cards = store.plan().map(p -> p.cards().size()).orElse(0);
            out.println(Messages.tr("cli.restore.done", file.getFileName(), cards));
            out.println(Messages.tr("cli.restore.before", before));
        }
        return ExitCodes.OK;
    }
}
