package de.werkbank.cli;

import de.werkbank.datencheck.IndicatorSummary;
import de.werkbank.geo.StoredBoundary;
import de.werkbank.i18n.Messages;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.map.ClassMethod;
import de.werkbank.map.Choropleth;
import de.werkbank.map.MapData;
import de.werkbank.map.MapFigure;
import de.werkbank.map.MapIndicator;
import de.werkbank.map.MapLevel;
import de.werkbank.map.MapPicture;
import de.werkbank.map.MapShapes;
import de.werkbank.map.Overlay;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * {@code render-map --indicator NAME --year YYYY [--classes N] [--method quantile|equal|jenks] --out map.png
 * [--width PX] [--level kommunen|ortsteile] [--parent KEY]}: the map of a Datencheck figure with legend
 * and source line as a PNG: every area of the level that has a boundary, those without a value grey and
 * counted under "keine Daten".
 */
final class RenderMapCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        List<String> rest = new ArrayList<>(args);
        String indicator = CliArgs.takeValue(rest, "--indicator");
        String year = CliArgs.takeValue(rest, "--year");
        String classes = CliArgs.takeValue(rest, "--classes");
        String method = CliArgs.takeValue(rest, "--method");
        String file = CliArgs.takeValue(rest, "--out");
        String width = CliArgs.takeValue(rest, "--width");
        String levelWord = CliArgs.takeValue(rest, "--level");
        String parent = CliArgs.takeValue(rest, "--parent");
        CliArgs.parse("render-map", rest, Set.of(), 0, 0);
        if (indicator == null || year == null || file == null) {
            throw new UsageException("cli.missingValue", indicator == null ? "--indicator" : year == null ? "--year" : "--out");
        }
        int y = number("--year", year, 1900, 2200);
        int k = classes == null ? 5 : number("--classes", classes, 3, 9);
        int w = width == null ? 1200 : number("--width", width, 300, 8000);
        ClassMethod m = method == null ? ClassMethod.QUANTILE : switch (method.toLowerCase(Locale.ROOT)) {
            case "quantile" -> ClassMethod.QUANTILE;
            case "equal" -> ClassMethod.EQUAL;
            case "jenks" -> ClassMethod.JENKS;
            default -> throw new UsageException("cli.renderMap.method", method);
        };
        MapLevel level = levelWord == null ? null : MapLevel.parse(levelWord)
                .orElseThrow(() -> new UsageException("cli.renderMap.level", levelWord));
        if (parent != null) {
            level = MapLevel.ortsteileOf(parent.trim());
        }
        try (Store store = Store.open(location)) {
            // a derived figure (altenquotient …) is known without asking the store which indicators it holds
            MapFigure figure = MapIndicator.byName(indicator, List.of()).orElseGet(() -> {
                List<IndicatorSummary> measured = MapData.measured(store);
                return MapIndicator.byName(indicator, measured)
                        .orElseThrow(() -> new UsageException("cli.renderMap.indicator", indicator, MapIndicator.names(measured)));
            });
            Map<String, Double> values = MapData.values(store, figure, y);
            if (parent != null && store.areas().stream().noneMatch(a -> a.key().equals(parent.trim()))) {
                throw new UserFacingException("cli.renderMap.noParent", parent);
            }
            List<StoredBoundary> boundaries = store.boundaries();
            MapShapes shapes = level == null ? MapShapes.of(boundaries, store.areas())
                    : MapShapes.of(boundaries, store.areas(), level);
            if (shapes.onMap(values).isEmpty()) {
                throw new UserFacingException("cli.renderMap.nothing", MapIndicator.name(figure), y);
            }
            MapPicture picture = new MapPicture(shapes);
            String title = Messages.tr("map.title", MapIndicator.title(figure), y);
            picture.show(Choropleth.of(title, picture.shapes().onMap(values), m, k, new double[0], MapIndicator.palette(figure),
                    MapIndicator.decimals(figure)));
            int h = picture.heightFor(w);
            Path target = CliArgs.path(file);
            try {
                // through a stream of our own: ImageIO would print a stack trace for a file it cannot open
                // opaque (the picture paints every pixel): no alpha to take apart and write for 3 million pixels
                BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                try {
                    picture.paint(g, w, h, picture.fit(w, h), Overlay.NONE);
                } finally {
                    g.dispose();
                }
                try (OutputStream png = Files.newOutputStream(target)) {
                    ImageIO.write(image, "png", png);
                }
            } catch (IOException e) {
                throw new UserFacingException(e, "cli.renderMap.write", target, e.getMessage());
            }
            out.println(Messages.tr("cli.renderMap.done", target, w, h, picture.shapes().shapes().size()));
        }
        return ExitCodes.OK;
    }

    private static int number(String option, String text, int min, int max) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("cli.badNumber", option, text, min, max);
    }
}
