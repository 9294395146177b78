package de.werkbank.cli;

import de.werkbank.i18n.Messages;
import de.werkbank.store.Backups;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * {@code backups}: the store's backups, newest first, one a line: file name, when it was taken, what
 * it was taken before (the label), its size (tab-separated). Reads only the folder, so it works when
 * the store itself does not open.
 */
final class BackupsCommand implements CliCommand {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        CliArgs.parse("backups", args, Set.of(), 0, 0);
        List<Backups.Backup> backups = Backups.list(location);
        if (backups.isEmpty()) {
            out.println(Messages.tr("cli.backups.none", location.displayName()));
        }
        for (Backups.Backup b : backups) {
            out.println(String.join("\t", b.name(), WHEN.format(b.takenAt()), b.label(), b.sizeText(), b.what()));
        }
        return ExitCodes.OK;
    }
}
