package de.werkbank.bench;

import de.werkbank.geo.BoundaryImport;
import de.werkbank.geo.ShapefileWriter;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Maps of all Germany's Gemeinden, generated (fixed seed): about 11,000 polygons of 15–35 vertices
 * (25 on average) on a jittered grid over Germany, as a shapefile in ETRS89 / UTM 32N. Import (file →
 * store, reprojected), a full repaint at 1600 × 1000, re-classing (quantiles and Jenks, 5 classes,
 * recolouring included) and the point lookup under the pointer.
 */
final class MapBench implements Benchmark {

    private static final int COLUMNS = 105;
    private static final int ROWS = 105;
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final int RUNS = 5;

    @Override
    public Map<String, Object> run() throws Exception {
        Path dir = Files.createTempDirectory("werkbank-bench-map");
        Random random = new Random(42);
        List<List<double[]>> shapes = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int vertices = 0;
        // Germany in UTM 32N: roughly E 280–920 km, N 5,240–6,100 km
        double cellE = 640_000.0 / COLUMNS;
        double cellN = 860_000.0 / ROWS;
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                double ce = 280_000 + (c + 0.5) * cellE + random.nextGaussian() * cellE * 0.05;
                double cn = 5_240_000 + (r + 0.5) * cellN + random.nextGaussian() * cellN * 0.05;
                int n = 15 + random.nextInt(21);
                double[] ring = new double[2 * (n + 1)];
                for (int i = 0; i < n; i++) {
                    double angle = -2 * Math.PI * i / n;
                    double radius = 0.35 + 0.12 * random.nextDouble();
                    ring[2 * i] = ce + Math.cos(angle) * radius * cellE;
                    ring[2 * i + 1] = cn + Math.sin(angle) * radius * cellN;
                }
                ring[2 * n] = ring[0];
                ring[2 * n + 1] = ring[1];
                vertices += n + 1;
                shapes.add(List.of(ring));
                rows.add(List.of(String.format("%08d", r * COLUMNS + c + 1), "Gemeinde " + (r * COLUMNS + c + 1)));
            }
        }
        Path shp = ShapefileWriter.write(dir, "gemeinden", shapes, List.of(new ShapefileWriter.Field("AGS", 'C', 8),
                new ShapefileWriter.Field("GEN", 'C', 30)), rows, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("gemeinden.prj"), "PROJCS[\"ETRS_1989_UTM_Zone_32N\",GEOGCS[\"GCS_ETRS_1989\"]]");

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("polygons", shapes.size());
        figures.put("vertices", vertices);
        figures.put("import_ms", timeImports(dir, shp));

        try (Store store = Store.open(StoreLocation.in(dir.resolve("import-0")))) {
            MapPicture picture = new MapPicture(MapShapes.of(store.boundaries(), store.areas()));
            Map<String, Double> values = new HashMap<>();
            picture.shapes().shapes().forEach(s -> values.put(s.key(), 20 + 30 * random.nextDouble()));
            Viewport view = picture.fit(WIDTH, HEIGHT);
            BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
            figures.put("reclass_ms", time(() -> picture.show(
                    Choropleth.of("bench", values, ClassMethod.QUANTILE, 5, null, Palette.PURPLES, 1))));
            figures.put("reclass_jenks_ms", time(() -> picture.show(
                    Choropleth.of("bench", values, ClassMethod.JENKS, 5, null, Palette.PURPLES, 1))));
            figures.put("paint_ms", time(() -> {
                Graphics2D g = image.createGraphics();
                picture.paint(g, WIDTH, HEIGHT, view, Overlay.NONE);
                g.dispose();
            }));
            figures.put("hit_test_ms", hitTest(picture, view, random));
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            figures.put("system_load", Math.round(load * 10) / 10.0);
        }
        return figures;
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
        return Math.round(sorted[sorted.length / 2] * 1000) / 1000.0;
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
