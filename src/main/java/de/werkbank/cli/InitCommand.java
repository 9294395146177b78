package de.werkbank.cli;

import de.werkbank.i18n.Messages;
import de.werkbank.plan.Plan;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.util.List;

/** {@code init [--empty]}: sets up a new store, with the sample data or only the Handlungsfelder and offices. */
final class InitCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        Seeder.Content content = Seeder.Content.SAMPLE;
        for (String arg : args) {
            if (!arg.equals("--empty")) {
                throw new UsageException("cli.unexpectedArgument", "init", arg);
            }
            content = Seeder.Content.EMPTY;
        }
        Seeder.Content chosen = content;
        try (Store store = Store.create(location, tx -> Seeder.seed(tx, chosen))) {
            int cards = store.plan().map(Plan::cards).map(List::size).orElse(0);
            out.println(Messages.tr("cli.init.done", location.displayName(), store.catalogue().werkzeuge().size(), cards));
        }
        return ExitCodes.OK;
    }
}
