package de.werkbank.cli;

import de.werkbank.i18n.Messages;
import de.werkbank.snapshot.SnapshotCodec;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * {@code backup}: takes a backup of the store now, as those taken before imports: a local store's
 * database zipped beside it; a shared store (PostgreSQL) copied, all in one snapshot and compared, into
 * a zip in its backup folder under the user's data folder. {@code backups} lists them and
 * {@code restore-backup} puts one back, into a local or a shared store.
 */
final class BackupCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        CliArgs.parse("backup", args, Set.of(), 0, 0);
        try (Store store = Store.open(location)) {
            Path file = store.backup(content -> SnapshotCodec.encode(content, Instant.EPOCH, "", true));
            out.println(Messages.tr("cli.backup.done", file));
        }
        return ExitCodes.OK;
    }
}
