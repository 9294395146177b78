package de.werkbank.cli;

import de.werkbank.geo.AreaLimits;
import de.werkbank.geo.BoundaryImport;
import de.werkbank.geo.Crs;
import de.werkbank.geo.GeoFormatException;
import de.werkbank.i18n.Messages;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code import-areas FILE(.shp|.geojson) --key ATTR --name ATTR [--parent KEY | --parent-attr ATTR] [--crs EPSG:N]
 * [--source TEXT]}: boundaries into the store, all or nothing; reports matched, new and unmatched areas. Under a
 * Kommune ({@code --parent 05358008}) new areas are its Orts-/Stadtteile; {@code --parent-attr} names each
 * feature's parent by an attribute (a file of Ortsteile of several Kommunen).
 */
final class ImportAreasCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        List<String> rest = new ArrayList<>(args);
        String key = CliArgs.takeValue(rest, "--key");
        String name = CliArgs.takeValue(rest, "--name");
        String parent = CliArgs.takeValue(rest, "--parent");
        String parentAttribute = CliArgs.takeValue(rest, "--parent-attr");
        String crs = CliArgs.takeValue(rest, "--crs");
        String source = CliArgs.takeValue(rest, "--source");
        CliArgs a = CliArgs.parse("import-areas", rest, Set.of(), 1, 1);
        if (key == null || name == null) {
            throw new UsageException("cli.missingValue", key == null ? "--key" : "--name");
        }
        Path file = CliArgs.path(a.get(0));
        if (source != null && (source.isBlank() || source.length() > AreaLimits.SOURCE)) {
            throw new UsageException("cli.importAreas.badSource", AreaLimits.SOURCE);
        }
        if (parent != null && parentAttribute != null) {
            throw new UsageException("cli.importAreas.twoParents");
        }
        var options = new BoundaryImport.Options(key, name, parent, crs == null ? null : crs(crs), source, parentAttribute);
        try (Store store = Store.open(location)) {
            BoundaryImport.Report report = BoundaryImport.importFile(store, file, options, Instant.now());
            out.println(Messages.tr("cli.importAreas.done", file.getFileName(), report.matched().size(),
                    report.created().size(), report.unmatched().size()));
            if (!report.unmatched().isEmpty()) {
                out.println(Messages.tr("cli.importAreas.unmatched", String.join(", ", report.unmatched())));
            }
        }
        return ExitCodes.OK;
    }

    /** The coordinate system {@code --crs} names; one Werkbank does not know is bad usage. */
    private static Crs crs(String name) {
        try {
            return Crs.fromName(name);
        } catch (GeoFormatException e) {
            throw new UsageException("cli.importAreas.badCrs", name.length() > 60 ? name.substring(0, 60) + "…" : name,
                    Crs.supported());
        }
    }
}
