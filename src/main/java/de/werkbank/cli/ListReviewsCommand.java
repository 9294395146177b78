package de.werkbank.cli;

import de.werkbank.i18n.Messages;
import de.werkbank.review.Review;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code list-reviews}: one line per review of the plan, oldest first — id, date, state, measures judged of
 * all, title, tab-separated.
 */
final class ListReviewsCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        CliArgs.parse("list-reviews", args, Set.of(), 0, 0);
        try (Store store = Store.open(location)) {
            for (Review r : store.reviews()) {
                out.println(String.join("\t", r.id().toString(), r.date().toString(),
                        Messages.tr("review.state." + r.state().name()),
                        Messages.tr("cli.reviews.judged", r.judged(), r.entries().size()), r.title()));
            }
        }
        return ExitCodes.OK;
    }
}
