package de.werkbank.cli;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.i18n.Messages;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanColumn;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** {@code status}: what the store holds — schema, catalogue, areas, the plan's columns. */
final class StatusCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        if (!args.isEmpty()) {
            throw new UsageException("cli.unexpectedArgument", "status", args.get(0));
        }
        try (Store store = Store.open(location)) {
            Catalogue catalogue = store.catalogue();
            out.println(Messages.tr("cli.status.store", location.displayName()));
            out.println(Messages.tr("cli.status.schema", store.schemaVersion()));
            out.println(Messages.tr("cli.status.catalogue", catalogue.werkzeuge().size(),
                    catalogue.handlungsfelder().size()));
            out.println(Messages.tr("cli.status.areas", store.areas().size()));
            Optional<Plan> plan = store.plan();
            if (plan.isEmpty()) {
                out.println(Messages.tr("cli.status.noPlan"));
                return ExitCodes.OK;
            }
            out.println(Messages.tr("cli.status.plan", plan.get().name(), plan.get().cards().size()));
            for (PlanColumn column : plan.get().columns()) {
                List<String> titles = plan.get().cardsIn(column.id()).stream().map(c -> c.title()).toList();
                out.println(Messages.tr("cli.status.column", column.name(), String.join(" · ", titles)));
            }
        }
        return ExitCodes.OK;
    }
}
