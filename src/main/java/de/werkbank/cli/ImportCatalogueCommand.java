package de.werkbank.cli;

import de.werkbank.catalogue.CatalogueImport;
import de.werkbank.catalogue.CatalogueTable;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.catalogue.edit.ImportCatalogue;
import de.werkbank.i18n.Messages;
import de.werkbank.plan.PlanEditor;
import de.werkbank.session.UserSettings;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * {@code import-catalogue FILE.xlsx|FILE.csv [--dry-run]}: prints what the file would change and, unless
 * it is a dry run or a row has a problem, stores all of it as one step of the plan's history (the
 * window's undo takes it back).
 */
final class ImportCatalogueCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        CliArgs a = CliArgs.parse("import-catalogue", args, Set.of("--dry-run"), 1, 1);
        Path file = CliArgs.path(a.get(0));
        if (!CatalogueTable.isTableFile(file)) {
            throw new UsageException("catalogueFile.badExtension", file.getFileName());
        }
        try (Store store = Store.open(location)) {
            CatalogueTable.Content content = CatalogueTable.read(file);
            CatalogueImport.Preview preview = CatalogueImport.preview(store.catalogue(), content);
            print(preview, out);
            preview.refuseProblems();
            if (preview.changesNothing()) {
                out.println(Messages.tr("cli.importCatalogue.nothing"));
            } else if (a.has("--dry-run")) {
                out.println(Messages.tr("cli.importCatalogue.dryRun"));
            } else {
                var editor = new PlanEditor(store, UserSettings.forCurrentUser()::userName, Clock.systemDefaultZone());
                store.guarded("before-catalogue-import", file.getFileName().toString(), () -> {
                    editor.execute(new ImportCatalogue(preview));
                    return null;
                });
                out.println(Messages.tr("cli.importCatalogue.done", store.catalogueVersion()));
            }
        }
        return ExitCodes.OK;
    }

    private static void print(CatalogueImport.Preview p, PrintStream out) {
        out.println(Messages.tr("cli.importCatalogue.summary", p.source(), p.added().size(), p.changed().size(),
                p.unchanged(), p.fields().size()));
        for (Werkzeug w : p.added()) {
            out.println(Messages.tr("cli.importCatalogue.new", w.code(), w.title(), w.handlungsfeld(),
                    Messages.tr("ui.catalogue.kind." + w.kind().name())));
        }
        p.changed().forEach(c -> out.println(Messages.tr("cli.importCatalogue.changed", c.after().code(),
                c.after().title(), String.join(", ", c.changedFields()))));
        p.fields().forEach(f -> out.println(Messages.tr("cli.importCatalogue.field", f.after().key(),
                String.join(", ", f.changedParts()))));
    }
}
