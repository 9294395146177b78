package de.werkbank.cli;

import de.werkbank.i18n.Messages;
import de.werkbank.snapshot.SnapshotCodec;
import de.werkbank.store.SharedPassword;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code copy-store --to DIR|URL} copies the store ({@code --store}) to a place without one — a team
 * starting small moves its local store to the shared one —, {@code copy-store --from DIR|URL} the other
 * way round, into the {@code --store} place. All or nothing, verified by comparing both stores'
 * snapshots and the rows of every table before the copy is kept (ADR 24).
 */
final class CopyStoreCommand implements CliCommand {

    /** Both snapshots are written with the same time stamp, so only their content is compared. */
    private static final Instant COMPARED_AT = Instant.EPOCH;

    @Override
    public int run(List<String> args, StoreLocation store, PrintStream out) {
        List<String> rest = new ArrayList<>(args);
        String to = CliArgs.takeValue(rest, "--to");
        String from = CliArgs.takeValue(rest, "--from");
        CliArgs.parse("copy-store", rest, Set.of(), 0, 0);
        if ((to == null) == (from == null)) {
            throw new UsageException("cli.copyStore.toOrFrom");
        }
        StoreLocation other = StoreLocation.of(to != null ? to : from, SharedPassword.console(
                url -> Messages.tr("store.shared.passwordPrompt", url.displayName())));
        StoreLocation source = to != null ? store : other;
        StoreLocation target = to != null ? other : store;
        try (Store original = Store.open(source);
             Store copy = original.copyTo(target, content -> SnapshotCodec.encode(content, COMPARED_AT, "", true))) {
            Map<String, Long> rows = copy.rowCounts();
            long total = rows.values().stream().mapToLong(Long::longValue).sum();
            out.println(Messages.tr("cli.copyStore.done", source.displayName(), target.displayName(), rows.size(), total));
        }
        return ExitCodes.OK;
    }
}
