package de.werkbank.seed;

import de.werkbank.area.Area;
import de.werkbank.datencheck.Observation;
import de.werkbank.geo.BoundaryFile;
import de.werkbank.geo.Feature;
import de.werkbank.store.StoreTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The third level of the sample data: the Orts-/Stadtteile of the 15 Kommunen from
 * {@code ortsteile.json} (names from public sources, see its {@code source}), with schematic
 * boundaries — cells around each Ortsteil's place inside its Kommune's schematic shape — and a
 * synthetic population by age group and sex that adds up exactly to the Kommune's figures in the
 * years {@link #YEARS}.
 */
final class SampleOrtsteile {

    /** The years the Ortsteile get population values for: the first, the middle and the last sample year. */
    static final Set<Integer> YEARS = Set.of(2009, 2014, 2019);

    static final String MAP_NAME = "ortsteile-schematisch";
    /** The name the Ortsteile' population is listed under among the data sets. */
    static final String POPULATION_NAME = "Orts-/Stadtteile (synthetisch)";

    record OrtsteileFile(String source, String mapSource, List<KommuneEntry> kommunen) {
    }

    record KommuneEntry(String ags, String name, List<String> sources, List<OrtsteilEntry> ortsteile) {
    }

    /**
     * @param key the Kommune's AGS and a three-digit number
     * @param lat approximate latitude of the place (or {@code null}: then one is chosen inside the Kommune)
     * @param population the Ortsteil's population as a public source gives it, used as a weight only (or {@code null})
     */
    record OrtsteilEntry(String key, String name, Double lat, Double lon, Integer population) {
    }

    private final OrtsteileFile file;
    private final GeometryFactory factory = new GeometryFactory();

    SampleOrtsteile(OrtsteileFile file) {
        this.file = file;
    }

    /** The Ortsteile as areas under their Kommunen. */
    List<Area> areas() {
        List<Area> areas = new ArrayList<>();
        for (KommuneEntry k : file.kommunen()) {
            for (OrtsteilEntry o : k.ortsteile()) {
                areas.add(new Area(UUID.randomUUID(), o.key(), o.name(), Area.Level.ORTSTEIL, k.ags()));
            }
        }
        return areas;
    }

    /** Adds the areas, their schematic boundaries (cut from the Kommunen's) and their population. */
    void add(StoreTransaction tx, BoundaryFile kommunen, List<Observation> population, Instant now) {
        areas().forEach(tx.areas()::addIfAbsent);
        Map<String, Geometry> shapes = new HashMap<>();
        for (Feature f : kommunen.features()) {
            shapes.put(f.attributes().get("AGS"), f.geometry());
        }
        Map<String, byte[]> wkb = new LinkedHashMap<>();
        WKBWriter writer = new WKBWriter();
        for (KommuneEntry k : file.kommunen()) {
            Geometry shape = shapes.get(k.ags());
            if (shape == null || k.ortsteile().isEmpty()) {
                continue;
            }
            List<Geometry> cells = cells(shape, places(shape, k));
            for (int i = 0; i < cells.size(); i++) {
                wkb.put(k.ortsteile().get(i).key(), writer.write(cells.get(i)));
            }
        }
        tx.boundaries().store(MAP_NAME, file.mapSource(), "EPSG:4326", now, wkb);
        de.werkbank.datencheck.DataImport.store(tx, POPULATION_NAME, split(population), now);
    }

    /** Each Ortsteil's place: its own coordinates where they lie inside the schematic shape, else a point inside. */
    private List<Coordinate> places(Geometry shape, KommuneEntry k) {
        PreparedGeometry inside = PreparedGeometryFactory.prepare(shape);
        Envelope box = shape.getEnvelopeInternal();
        Random random = new Random(k.ags().hashCode());
        List<Coordinate> places = new ArrayList<>();
        for (OrtsteilEntry o : k.ortsteile()) {
            Coordinate c = o.lat() == null || o.lon() == null ? null : new Coordinate(o.lon(), o.lat());
            if (c != null && !inside.contains(factory.createPoint(c))) {
                // the Kommune's shape is schematic: pull the place just inside it
                Coordinate edge = DistanceOp.nearestPoints(shape, factory.createPoint(c))[0];
                Point centre = shape.getInteriorPoint();
                c = new Coordinate(edge.x + (centre.getX() - edge.x) * 0.15, edge.y + (centre.getY() - edge.y) * 0.15);
            }
            while (c == null || !inside.contains(factory.createPoint(c)) || tooClose(c, places, box)) {
                c = new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
                        box.getMinY() + random.nextDouble() * box.getHeight());
            }
            places.add(c);
        }
        return places;
    }

    private static boolean tooClose(Coordinate c, List<Coordinate> others, Envelope box) {
        double min = Math.min(box.getWidth(), box.getHeight()) * 0.02;
        return others.stream().anyMatch(o -> o.distance(c) < min);
    }

    /** The cells around the places (every point of the shape belongs to the nearest place), in the places' order. */
    private List<Geometry> cells(Geometry shape, List<Coordinate> places) {
        if (places.size() == 1) {
            return List.of(shape);
        }
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(places);
        Envelope clip = new Envelope(shape.getEnvelopeInternal());
        clip.expandBy(clip.getWidth(), clip.getHeight());
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(factory);
        List<Geometry> cells = new ArrayList<>();
        for (Coordinate place : places) {
            Point p = factory.createPoint(place);
            Geometry cell = null;
            for (int i = 0; i < diagram.getNumGeometries(); i++) {
                if (diagram.getGeometryN(i).contains(p)) {
                    cell = diagram.getGeometryN(i);
                    break;
                }
            }
            cells.add(cell == null ? factory.createPolygon() : cell.intersection(shape));
        }
        return cells;
    }

    /**
     * The Kommunen's population in {@link #YEARS}, split among their Ortsteile by each Ortsteil's weight
     * (its population where known) with an age profile of its own (some villages older, some younger),
     * in whole persons that add up to the Kommune's figure for every age group and sex.
     */
    List<Observation> split(List<Observation> population) {
        Map<String, KommuneEntry> byAgs = new HashMap<>();
        file.kommunen().forEach(k -> byAgs.put(k.ags(), k));
        Map<String, double[]> tilts = new HashMap<>();
        List<Observation> values = new ArrayList<>();
        for (Observation o : population) {
            KommuneEntry k = byAgs.get(o.areaKey());
            if (k == null || k.ortsteile().isEmpty() || !YEARS.contains(o.year()) || o.value() == null) {
                continue;
            }
            double[] tilt = tilts.computeIfAbsent(k.ags(), a -> tilts(k));
            double age = ageOf(o.ageGroup());
            double[] weights = new double[k.ortsteile().size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = weight(k, i) * Math.max(0.2, 1 + tilt[i] * (age - 40) / 40);
            }
            long[] parts = largestRemainder(o.value().longValueExact(), weights);
            for (int i = 0; i < parts.length; i++) {
                values.add(new Observation(k.ortsteile().get(i).key(), o.indicatorKey(), o.year(), o.ageGroup(), o.sex(),
                        BigDecimal.valueOf(parts[i]), null, o.unit()));
            }
        }
        return values;
    }

    private static double weight(KommuneEntry k, int i) {
        OrtsteilEntry o = k.ortsteile().get(i);
        if (o.population() != null && o.population() > 0) {
            return o.population();
        }
        // no figure: the Kommune's own main place (listed first) is larger than its villages
        return i == 0 ? 4000 : 400 + Math.abs((o.key().hashCode() % 900));
    }

    /** Per Ortsteil, how much older (positive) or younger its people are than the Kommune's, synthetic. */
    private static double[] tilts(KommuneEntry k) {
        Random random = new Random(k.ags().hashCode() * 31L);
        double[] tilt = new double[k.ortsteile().size()];
        for (int i = 0; i < tilt.length; i++) {
            tilt[i] = (random.nextDouble() - 0.5) * 0.5;
        }
        return tilt;
    }

    /** The middle of an age group such as {@code 65-69} or {@code 85+}. */
    private static double ageOf(String group) {
        String g = group.replace(" ", "");
        try {
            if (g.endsWith("+")) {
                return Integer.parseInt(g.substring(0, g.length() - 1)) + 5;
            }
            int dash = g.indexOf('-');
            return dash < 0 ? 40 : (Integer.parseInt(g.substring(0, dash)) + Integer.parseInt(g.substring(dash + 1))) / 2.0;
        } catch (NumberFormatException e) {
            return 40;
        }
    }

    /** {@code total} in whole parts proportional to {@code weights} that add up exactly to it. */
    static long[] largestRemainder(long total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        long[] parts = new long[weights.length];
        double[] remainder = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (long) Math.floor(exact);
            remainder[i] = exact - parts[i];
            given += parts[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < remainder.length; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainder[best] = -1;
        }
        return parts;
    }
}
