package de.werkbank.cli;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.CatalogueTable;
import de.werkbank.i18n.Messages;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code export-catalogue FILE.xlsx|FILE.csv}: writes the Werkzeugkatalog for Excel. */
final class ExportCatalogueCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        CliArgs a = CliArgs.parse("export-catalogue", args, Set.of(), 1, 1);
        Path file = CliArgs.path(a.get(0));
        if (!CatalogueTable.isTableFile(file)) {
            throw new UsageException("catalogueFile.badExtension", file.getFileName());
        }
        try (Store store = Store.open(location)) {
            Catalogue catalogue = store.catalogue();
            CatalogueTable.write(catalogue, file);
            out.println(Messages.tr("cli.exportCatalogue.done", file, catalogue.active().size(),
                    catalogue.handlungsfelder().size()));
        }
        return ExitCodes.OK;
    }
}
