package de.werkbank.document;

import de.werkbank.area.Area;
import de.werkbank.area.AreaTree;
import de.werkbank.chart.Drawing;
import de.werkbank.chart.PyramidDrawing;
import de.werkbank.chart.SeriesDrawing;
import de.werkbank.datencheck.AgeLimits;
import de.werkbank.datencheck.Observation;
import de.werkbank.datencheck.PopulationPyramid;
import de.werkbank.datencheck.ProfileTable;
import de.werkbank.datencheck.ProfileTable.Column;
import de.werkbank.datencheck.TimeSeries;
import de.werkbank.geo.StoredBoundary;
import de.werkbank.i18n.Messages;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.map.ClassMethod;
import de.werkbank.map.Choropleth;
import de.werkbank.map.MapData;
import de.werkbank.map.MapFigure;
import de.werkbank.map.MapIndicator;
import de.werkbank.map.MapPicture;
import de.werkbank.map.MapShapes;
import de.werkbank.map.Overlay;
import java.awt.Graphics2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The Datencheck as a booklet: for the Kreis and each Kommune (and its Orts-/Stadtteile, where the
 * store has them) a page or two with the standard figures of the chosen year against the base year,
 * the population pyramid, the population over the years (as an index, beside the Kreis) and the map
 * of the share of people 65 and older with the area marked, its legend and the boundaries' source.
 */
public final class DatencheckDocument {

    /** The figure the booklet's maps show. */
    private static final MapFigure MAP_FIGURE = new MapFigure.Derived(Column.SHARE_65);

    /**
     * What the booklet is made of, read from a store.
     *
     * @param population the values of the population by age and sex (for the pyramids)
     */
    public record Data(List<Area> areas, ProfileTable table, List<Observation> population, List<StoredBoundary> boundaries) {
    }

    private DatencheckDocument() {
    }

    /**
     * @param year the year shown ({@code null}: the newest with data)
     * @param baseYear the year compared with ({@code null}: ten years before, else the oldest)
     */
    public static PrintDocument of(Data data, Integer year, Integer baseYear, String kreis, DocumentInfo info) {
        Messages m = info.messages();
        List<Integer> years = data.table().years();
        if (years.isEmpty()) {
            throw new UserFacingException("pdf.datencheck.noData");
        }
        int y = year == null ? years.get(years.size() - 1) : year;
        if (!years.contains(y)) {
            throw new UserFacingException("cli.exportTable.noYear", y, years.get(0) + "–" + years.get(years.size() - 1));
        }
        int base = baseYear != null ? baseYear : years.contains(y - 10) ? y - 10 : years.get(0);
        if (!years.contains(base)) {
            throw new UserFacingException("cli.exportTable.noYear", base, years.get(0) + "–" + years.get(years.size() - 1));
        }
        AgeLimits limits = AgeLimits.STANDARD;
        Map<String, ProfileTable.Row> now = new HashMap<>();
        data.table().rows(y, base, limits).forEach(r -> now.put(r.area().key(), r));
        Map<String, ProfileTable.Row> then = new HashMap<>();
        data.table().rows(base, base, limits).forEach(r -> then.put(r.area().key(), r));
        List<Area> areas = new AreaTree(data.areas()).topDown().stream().filter(a -> now.containsKey(a.key())).toList();

        String title = m.text("pdf.datencheck.title");
        Pages p = new Pages(m, title, info.author(), m.text("pdf.datencheck.subject", kreis, y), info.date());
        Cover.write(p, title, kreis, List.of(
                new String[] {m.text("pdf.cover.kreis"), kreis},
                new String[] {m.text("pdf.datencheck.year"), String.valueOf(y)},
                new String[] {m.text("pdf.datencheck.baseYear"), String.valueOf(base)},
                new String[] {m.text("pdf.datencheck.areas"), String.valueOf(areas.size())},
                new String[] {m.text("pdf.cover.date"), m.date(info.date())}));
        Xhtml x = p.x();
        x.open("div", "class", "chapter");
        p.section(p.t("pdf.toc"));
        x.element("h2", p.t("pdf.toc"));
        x.open("div", "class", "toc");
        for (Area a : areas) {
            x.open("div", "class", "entry " + (a.level() == Area.Level.ORTSTEIL ? "toolEntry" : "chapterEntry"));
            x.element("a", a.name(), "href", "#" + Pages.anchor("area", a.key()));
            x.close("div");
        }
        x.close("div");
        x.close("div");

        MapPicture map = map(data, y);
        // an Ortsteil is shown among its Kommune's Ortsteile, where they have boundaries
        Map<String, java.util.Optional<MapPicture>> ortsteile = new HashMap<>();
        PopulationPyramid pyramid = new PopulationPyramid(data.areas(), data.population());
        Area top = areas.isEmpty() ? null : areas.get(0);
        for (Area a : areas) {
            MapPicture shown = a.level() != Area.Level.ORTSTEIL ? map : ortsteile.computeIfAbsent(a.parentKey(),
                    k -> java.util.Optional.ofNullable(ortsteileMap(data, y, k))).orElse(map);
            page(p, data, a, top, now.get(a.key()), then.get(a.key()), y, base, shown, pyramid);
        }
        return p.finish();
    }

    private static void page(Pages p, Data data, Area a, Area top, ProfileTable.Row row, ProfileTable.Row baseRow, int year,
                             int base, MapPicture map, PopulationPyramid pyramid) {
        Xhtml x = p.x();
        Messages m = p.messages();
        x.open("div", "class", "chapter", "id", Pages.anchor("area", a.key()));
        p.section(a.name());
        x.element("div", p.t("pdf.datencheck.level." + a.level().name()), "class", "small muted");
        x.element("h2", a.name());
        x.open("table", "class", "grid compact");
        x.open("thead").open("tr");
        x.element("th", p.t("pdf.datencheck.figure"));
        x.element("th", String.valueOf(year), "class", "num");
        x.element("th", String.valueOf(base), "class", "num");
        x.close("tr").close("thead").open("tbody");
        for (Column c : Column.values()) {
            MapFigure figure = new MapFigure.Derived(c);
            x.open("tr");
            x.element("td", MapIndicator.title(figure, m));
            x.element("td", value(m, row.figures().get(c), MapIndicator.decimals(figure)), "class", "num");
            x.element("td", c == Column.CHANGE || baseRow == null ? "" : value(m, baseRow.figures().get(c),
                    MapIndicator.decimals(figure)), "class", "num");
            x.close("tr");
        }
        x.close("tbody").close("table");

        List<PopulationPyramid.Bar> bars = pyramid.bars(a.key(), year);
        List<SeriesDrawing.Line> lines = new ArrayList<>();
        lines.add(new SeriesDrawing.Line(a.name(),
                TimeSeries.figure(data.table(), Column.POPULATION, a, base, AgeLimits.STANDARD).indexed(base).values()));
        if (top != null && !top.key().equals(a.key())) {
            lines.add(new SeriesDrawing.Line(top.name(),
                    TimeSeries.figure(data.table(), Column.POPULATION, top, base, AgeLimits.STANDARD).indexed(base).values()));
        }
        x.open("table", "class", "keep", "style", "width: 100%;").open("tr");
        x.open("td", "style", "width: 50%; vertical-align: top;");
        if (bars.isEmpty()) {
            x.element("p", p.t("pdf.datencheck.noPyramid"), "class", "muted");
        } else {
            List<PopulationPyramid.Bar> outline = base == year ? List.of() : pyramid.bars(a.key(), base);
            var labels = new PyramidDrawing.Labels(p.t("pdf.datencheck.pyramid", year), p.t("pdf.datencheck.men", year),
                    p.t("pdf.datencheck.women", year), p.t("pdf.datencheck.outline", base), "");
            p.drawing(new PyramidDrawing(bars, outline, labels, m.locale(), 420, 320), 78);
        }
        x.close("td");
        x.open("td", "style", "width: 50%; vertical-align: top;");
        p.drawing(new SeriesDrawing(p.t("pdf.datencheck.series", base), lines, m.locale(), 420, 320), 78);
        x.close("td");
        x.close("tr").close("table");

        if (map != null) {
            String key = map.shapes().shape(a.key()).isPresent() ? a.key() : a.parentKey();
            int w = 900;
            int h = 560;
            x.open("div", "class", "keep");
            p.drawing(new Drawing() {
                @Override
                public double width() {
                    return w;
                }

                @Override
                public double height() {
                    return h;
                }

                @Override
                public void paint(Graphics2D g) {
                    map.paint(g, w, h, map.fit(w, h), a.level() == Area.Level.KREIS ? Overlay.NONE
                            : new Overlay(key, null, Map.of()));
                }
            }, 160, 160.0 * h / w);
            x.close("div");
        }
        x.close("div");
    }

    /** The map of the share 65+ in the year, over the Kommunen with boundaries; {@code null} without boundaries. */
    private static MapPicture map(Data data, int year) {
        Map<String, Double> values = MapData.values(data.table(), MAP_FIGURE, year);
        Map<String, Area.Level> levels = new HashMap<>();
        data.areas().forEach(a -> levels.put(a.key(), a.level()));
        List<StoredBoundary> shown = data.boundaries().stream()
                .filter(b -> values.containsKey(b.areaKey()) && levels.get(b.areaKey()) == Area.Level.KOMMUNE).toList();
        if (shown.isEmpty()) {
            shown = data.boundaries().stream().filter(b -> values.containsKey(b.areaKey())).toList();
        }
        if (shown.isEmpty()) {
            return null;
        }
        return coloured(MapShapes.of(shown, data.areas()), values, year);
    }

    /** The picture of the shapes coloured by the share 65+ (quantiles, 5 classes over the areas drawn). */
    private static MapPicture coloured(MapShapes shapes, Map<String, Double> values, int year) {
        MapPicture picture = new MapPicture(shapes);
        String title = Messages.tr("map.title", MapIndicator.title(MAP_FIGURE), year);
        picture.show(Choropleth.of(title, shapes.onMap(values), ClassMethod.QUANTILE, 5, new double[0],
                MapIndicator.palette(MAP_FIGURE), MapIndicator.decimals(MAP_FIGURE)));
        return picture;
    }

    /** The map of the share 65+ over the Orts-/Stadtteile of one Kommune; {@code null} if none has a boundary and a value. */
    private static MapPicture ortsteileMap(Data data, int year, String kommune) {
        Map<String, Double> values = MapData.values(data.table(), MAP_FIGURE, year);
        MapShapes shapes = MapShapes.of(data.boundaries(), data.areas(), de.werkbank.map.MapLevel.ortsteileOf(kommune));
        if (shapes.onMap(values).isEmpty()) {
            return null;
        }
        return coloured(shapes, values, year);
    }

    private static String value(Messages m, OptionalDouble v, int decimals) {
        if (v == null || v.isEmpty()) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(m.locale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(v.getAsDouble());
    }
}
