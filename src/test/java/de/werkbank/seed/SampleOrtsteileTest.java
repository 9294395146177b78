package de.werkbank.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.werkbank.area.Area;
import de.werkbank.datencheck.Observation;
import de.werkbank.geo.StoredBoundary;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBReader;

/** The third level of the sample store: Orts-/Stadtteile with boundaries inside their Kommune and population that adds up. */
class SampleOrtsteileTest {

    @TempDir
    Path dir;

    @Test
    void everyKommuneHasOrtsteileWhoseShapesTileItAndWhosePeopleAddUpToIt() throws Exception {
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            List<Area> areas = store.areas();
            List<Area> ortsteile = areas.stream().filter(a -> a.level() == Area.Level.ORTSTEIL).toList();
            Map<String, Area> kommunen = areas.stream().filter(a -> a.level() == Area.Level.KOMMUNE)
                    .collect(Collectors.toMap(Area::key, a -> a));
            assertThat(ortsteile).hasSizeGreaterThanOrEqualTo(150);
            assertThat(ortsteile).allSatisfy(o -> {
                assertThat(kommunen).containsKey(o.parentKey());
                assertThat(o.key()).startsWith(o.parentKey()).hasSize(11);
            });
            assertThat(ortsteile.stream().map(Area::parentKey).distinct()).hasSize(15);
            assertThat(ortsteile).anySatisfy(o -> assertThat(o.name()).isEqualTo("Vossenack"));

            // the shapes: each inside its Kommune, together covering it, none overlapping another
            WKBReader wkb = new WKBReader(new GeometryFactory());
            Map<String, Geometry> shapes = new HashMap<>();
            for (StoredBoundary b : store.boundaries()) {
                shapes.put(b.areaKey(), wkb.read(b.wkb()));
            }
            assertThat(shapes.keySet()).containsAll(ortsteile.stream().map(Area::key).toList());
            for (Area kommune : kommunen.values()) {
                Geometry whole = shapes.get(kommune.key());
                List<Geometry> parts = ortsteile.stream().filter(o -> o.parentKey().equals(kommune.key()))
                        .map(o -> shapes.get(o.key())).toList();
                double sum = 0;
                for (Geometry part : parts) {
                    assertThat(part.isEmpty()).as("a shape of " + kommune.name()).isFalse();
                    assertThat(whole.buffer(1e-9).covers(part)).as("inside " + kommune.name()).isTrue();
                    sum += part.getArea();
                }
                assertThat(sum).as(kommune.name() + " covered once").isCloseTo(whole.getArea(), within(whole.getArea() * 1e-6));
            }

            // the people: for every year, age group and sex the Ortsteile add up to their Kommune
            Map<String, Double> kommune = new HashMap<>();
            Map<String, Double> fromParts = new HashMap<>();
            Map<String, String> parentOf = ortsteile.stream().collect(Collectors.toMap(Area::key, Area::parentKey));
            for (Observation o : store.values("bevoelkerung")) {
                if (!SampleOrtsteile.YEARS.contains(o.year())) {
                    continue;
                }
                String parent = parentOf.get(o.areaKey());
                String cell = (parent == null ? o.areaKey() : parent) + "|" + o.year() + "|" + o.ageGroup() + "|" + o.sex();
                if (parent != null) {
                    fromParts.merge(cell, o.value().doubleValue(), Double::sum);
                } else if (kommunen.containsKey(o.areaKey())) {
                    kommune.merge(cell, o.value().doubleValue(), Double::sum);
                }
            }
            assertThat(kommune).hasSize(15 * 3 * 18 * 2);
            assertThat(fromParts).isEqualTo(kommune);
        }
    }

    @Test
    void wholePartsAddUpExactlyToTheirTotal() {
        long[] parts = SampleOrtsteile.largestRemainder(1001, new double[] {1, 1, 1});
        assertThat(parts).containsExactly(334, 334, 333);
        assertThat(SampleOrtsteile.largestRemainder(7, new double[] {5, 0.1})).containsExactly(7, 0);
    }
}
