package de.werkbank.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.werkbank.content.StoreContent;
import de.werkbank.i18n.Messages;
import de.werkbank.snapshot.SnapshotDiff;
import de.werkbank.snapshot.Snapshots;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code diff-snapshot OLD.json [NEW.json] [--json]}: what changed in the plan from OLD to NEW (by
 * default the store's current plan); exit 0 whether or not they differ.
 */
final class DiffSnapshotCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        CliArgs a = CliArgs.parse("diff-snapshot", args, Set.of("--json"), 1, 2);
        StoreContent before = Snapshots.read(CliArgs.path(a.get(0)));
        StoreContent after;
        if (a.get(1) != null) {
            after = Snapshots.read(CliArgs.path(a.get(1)));
        } else {
            try (Store store = Store.open(location)) {
                after = store.content();
            }
        }
        List<SnapshotDiff.Change> changes = SnapshotDiff.between(before, after);
        if (a.has("--json")) {
            try {
                out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                        .writeValueAsString(changes));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else if (changes.isEmpty()) {
            out.println(Messages.tr("diff.none"));
        } else {
            changes.forEach(c -> out.println(c.describe()));
            out.println(Messages.tr("diff.count", changes.size()));
        }
        return ExitCodes.OK;
    }
}
