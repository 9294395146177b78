package de.werkbank.cli;

import de.werkbank.i18n.Messages;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.store.SharedPassword;
import de.werkbank.store.SharedStoreUrl;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code [--store DIR] [--help] [--version] [COMMAND …]}: runs the command headless (output on
 * {@code out}, errors on {@code err}, in the UI language) or, without one, asks for the window.
 */
public final class CommandLine {

    private static final Map<String, CliCommand> COMMANDS = Map.ofEntries(
            Map.entry("init", new InitCommand()),
            Map.entry("status", new StatusCommand()),
            Map.entry("export-snapshot", new ExportSnapshotCommand()),
            Map.entry("import-snapshot", new ImportSnapshotCommand()),
            Map.entry("diff-snapshot", new DiffSnapshotCommand()),
            Map.entry("import-data", new ImportDataCommand()),
            Map.entry("list-indicators", new ListIndicatorsCommand()),
            Map.entry("list-reviews", new ListReviewsCommand()),
            Map.entry("show-review", new ShowReviewCommand()),
            Map.entry("export-catalogue", new ExportCatalogueCommand()),
            Map.entry("import-catalogue", new ImportCatalogueCommand()),
            Map.entry("import-areas", new ImportAreasCommand()),
            Map.entry("import-measures", new ImportMeasuresCommand()),
            Map.entry("render-map", new RenderMapCommand()),
            Map.entry("export-pdf", new ExportPdfCommand()),
            Map.entry("export-table", new ExportTableCommand()),
            Map.entry("backup", new BackupCommand()),
            Map.entry("backups", new BackupsCommand()),
            Map.entry("restore-backup", new RestoreBackupCommand()),
            Map.entry("copy-store", new CopyStoreCommand()));

    private CommandLine() {
    }

    /** The names of the headless commands. */
    static java.util.Set<String> commandNames() {
        return COMMANDS.keySet();
    }

    public static Outcome run(String[] args, PrintStream out, PrintStream err) {
        Store.onNotice(err::println);
        Path storeDir = null;
        String sharedStore = null;
        List<String> command = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (!command.isEmpty()) {
                    command.add(arg);
                } else if (arg.equals("--store")) {
                    if (i + 1 >= args.length || args[i + 1].isBlank()) {
                        throw new UsageException("cli.missingValue", arg);
                    }
                    String store = args[++i];
                    if (SharedStoreUrl.isShared(store)) {
                        sharedStore = store;
                        storeDir = null;
                    } else {
                        storeDir = CliArgs.path(store);
                        sharedStore = null;
                    }
                } else if (arg.equals("--help") || arg.equals("-h")) {
                    out.println(usage());
                    return new Outcome.Exit(ExitCodes.OK);
                } else if (arg.equals("--version")) {
                    out.println("Werkbank " + Version.current());
                    return new Outcome.Exit(ExitCodes.OK);
                } else if (arg.startsWith("-")) {
                    throw new UsageException("cli.unknownOption", arg);
                } else if (!COMMANDS.containsKey(arg)) {
                    throw new UsageException("cli.unknownCommand", arg);
                } else {
                    command.add(arg);
                }
            }
            // the window asks for a missing password in a dialog (SharedLoginDialog), a command on the terminal
            StoreLocation location = sharedStore != null
                    ? StoreLocation.of(sharedStore, command.isEmpty() ? SharedPassword.NONE : SharedPassword.console(
                            url -> Messages.tr("store.shared.passwordPrompt", url.displayName())))
                    : StoreLocation.in(storeDir != null ? storeDir : StoreLocation.defaultDir());
            if (command.isEmpty()) {
                return new Outcome.OpenWindow(location);
            }
            return new Outcome.Exit(COMMANDS.get(command.get(0)).run(command.subList(1, command.size()), location, out));
        } catch (UsageException e) {
            err.println(e.getLocalizedMessage());
            err.println();
            err.println(usage());
            return new Outcome.Exit(ExitCodes.USAGE);
        } catch (UserFacingException e) {
            err.println(Messages.tr("cli.error", e.getLocalizedMessage()));
            log().warn("Command {} failed", command, e);
            return new Outcome.Exit(ExitCodes.FAILURE);
        } catch (RuntimeException e) {
            err.println(Messages.tr("cli.error", e));
            log().error("Command {} failed unexpectedly", command, e);
            return new Outcome.Exit(ExitCodes.FAILURE);
        }
    }

    /** The log file gets the cause with its stack trace; set up only when needed (a command's start stays fast). */
    private static Logger log() {
        return LoggerFactory.getLogger(CommandLine.class);
    }

    static String usage() {
        return Messages.tr("cli.usage", StoreLocation.defaultDir());
    }
}
