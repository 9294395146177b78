package de.werkbank.bench;

import de.werkbank.area.Area;
import de.werkbank.geo.BoundaryImport;
import de.werkbank.geo.StoredBoundary;
import de.werkbank.map.ClassMethod;
import de.werkbank.map.Choropleth;
import de.werkbank.map.MapPicture;
import de.werkbank.map.MapShapes;
import de.werkbank.map.Overlay;
import de.werkbank.map.Palette;
import de.werkbank.map.Viewport;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Maps of all Germany's Gemeinden, generated like VG250's ({@link GeneratedGemeinden}: 11,000 areas with
 * shared crooked borders, islands and enclaves, about 1.2 million vertices, fixed seed), as a shapefile in
 * ETRS89 / UTM 32N. Import (file → store, reprojected), building the map's shapes from the store
 * ({@code shapes_ms}), a repaint at 1600 × 1000 of the whole map after a zoom change
 * ({@code zoom_paint_ms}: the screen paths made anew) and at an unchanged scale ({@code paint_ms}: the
 * paths cached), re-classing (quantiles and Jenks, 5 classes, recolouring included) and the point lookup
 * under the pointer.
 */
final class MapBench implements Benchmark {

    private static final int GEMEINDEN = 11_000;
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final int RUNS = 5;

    @Override
    public Map<String, Object> run() throws Exception {
        Path dir = Files.createTempDirectory("werkbank-bench-map");
        Random random = new Random(42);
        GeneratedGemeinden gemeinden = GeneratedGemeinden.of(GEMEINDEN, 42);
        Path shp = gemeinden.writeShapefile(dir, "gemeinden");

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("polygons", gemeinden.gemeinden().size());
        figures.put("vertices", gemeinden.vertices());
        figures.put("vertices_median", gemeinden.medianVertices());
        figures.put("vertices_max", gemeinden.maxVertices());
        figures.put("multipolygons", gemeinden.multipolygons());
        figures.put("holes", gemeinden.holes());
        figures.put("import_ms", timeImports(dir, shp));

        try (Store store = Store.open(StoreLocation.in(dir.resolve("import-0")))) {
            List<StoredBoundary> boundaries = store.boundaries();
            List<Area> areas = store.areas();
            if (boundaries.size() != gemeinden.gemeinden().size()) {
                throw new IllegalStateException("the import stored " + boundaries.size() + " boundaries");
            }
            figures.put("shapes_ms", time(() -> MapShapes.of(boundaries, areas)));
            MapPicture picture = new MapPicture(MapShapes.of(boundaries, areas));
            Map<String, Double> values = new HashMap<>();
            picture.shapes().shapes().forEach(s -> values.put(s.key(), 20 + 30 * random.nextDouble()));
            Viewport view = picture.fit(WIDTH, HEIGHT);
            var area = MapPicture.mapArea(WIDTH, HEIGHT);
            // a wheel step out from the whole map, around its middle: every area is still drawn
            Viewport out = view.zoomed(1 / 1.25, area.getCenterX(), area.getCenterY());
            BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
            figures.put("reclass_ms", time(() -> picture.show(
                    Choropleth.of("bench", values, ClassMethod.QUANTILE, 5, null, Palette.PURPLES, 1))));
            figures.put("reclass_jenks_ms", time(() -> picture.show(
                    Choropleth.of("bench", values, ClassMethod.JENKS, 5, null, Palette.PURPLES, 1))));
            boolean[] zoomedOut = {false};
            figures.put("zoom_paint_ms", time(() -> {
                // each repaint at the other scale than the last: the cached paths do not fit
                zoomedOut[0] = !zoomedOut[0];
                paint(picture, image, zoomedOut[0] ? out : view);
            }));
            paint(picture, image, view);
            figures.put("paint_ms", time(() -> paint(picture, image, view)));
            figures.put("hit_test_ms", hitTest(picture, view, random));
        }
        return figures;
    }

    private static void paint(MapPicture picture, BufferedImage image, Viewport view) {
        Graphics2D g = image.createGraphics();
        picture.paint(g, WIDTH, HEIGHT, view, Overlay.NONE);
        g.dispose();
    }

    /** The median time of one point lookup over 2,000 random points on the map (after 2,000 warm-up lookups). */
    private static double hitTest(MapPicture picture, Viewport view, Random random) {
        var area = MapPicture.mapArea(WIDTH, HEIGHT);
        int found = 0;
        double[] ms = new double[2000];
        for (int i = -2000; i < ms.length; i++) {
            double x = random.nextDouble() * area.width;
            double y = random.nextDouble() * area.height;
            long start = System.nanoTime();
            found += picture.keyAt(view, x, y).isPresent() ? 1 : 0;
            if (i >= 0) {
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        if (found == 0) {
            throw new IllegalStateException("no lookup hit an area");
        }
        double[] sorted = ms.clone();
        java.util.Arrays.sort(sorted);
        // a lookup takes well under a microsecond on a quiet machine: to 10 ns, so it never rounds to zero
        return Math.round(sorted[sorted.length / 2] * 100_000) / 100_000.0;
    }

    private static double timeImports(Path dir, Path shp) {
        double[] ms = new double[3];
        for (int i = -1; i < ms.length; i++) {
            try (Store store = Store.create(StoreLocation.in(dir.resolve("import-" + (i + 1))),
                    tx -> Seeder.seed(tx, Seeder.Content.EMPTY))) {
                long start = System.nanoTime();
                BoundaryImport.importFile(store, shp, new BoundaryImport.Options("AGS", "GEN", null, null, null), Instant.now());
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        return BenchReport.median(ms);
    }

    /** The median of {@value #RUNS} runs after one warm-up run, in milliseconds. */
    private static double time(Runnable work) {
        work.run();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return BenchReport.median(ms);
    }
}
