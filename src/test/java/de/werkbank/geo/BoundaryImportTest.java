package de.werkbank.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.werkbank.area.Area;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKBReader;

class BoundaryImportTest {

    @TempDir
    Path dir;

    private Store store;

    @BeforeEach
    void open() {
        store = Store.create(StoreLocation.in(dir.resolve("store")), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static double[] utmSquare(double e, double n, double size) {
        return new double[] {e, n, e, n + size, e + size, n + size, e + size, n, e, n};
    }

    /** Two Ortsteile of Düren in UTM 32N: one known key (Düren itself, a numeric field without its zero), one new. */
    private Path utmShapefile(boolean withPrj) throws Exception {
        Path shp = ShapefileWriter.write(dir, "ortsteile", List.of(
                        List.of(utmSquare(322000, 5630500, 1000)), List.of(utmSquare(323500, 5630500, 800))),
                List.of(new ShapefileWriter.Field("SCHLUESSEL", 'N', 10), new ShapefileWriter.Field("NAME", 'C', 30)),
                List.of(List.of("5358008", "Düren-Mitte"), List.of("535800801", "Birkesdorf")), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ortsteile.cpg"), "UTF-8");
        if (withPrj) {
            Files.writeString(dir.resolve("ortsteile.prj"), "PROJCS[\"ETRS89 / UTM zone 32N\",GEOGCS[\"ETRS89\"],"
                    + "AUTHORITY[\"EPSG\",\"25832\"]]");
        }
        return shp;
    }

    /** A GeoJSON file of one small area in WGS84; {@code ags} as JSON (a number, or a quoted text). */
    private Path oneArea(String name, String ags, String gen) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"AGS\":" + ags + ",\"GEN\":\"" + gen + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[6.2,50.9],[6.3,50.9],[6.3,50.95],[6.2,50.9]]]}}]}", StandardCharsets.UTF_8);
        return file;
    }

    private BoundaryImport.Report importFile(Path file, String key, String name, String parent, Crs crs) {
        return BoundaryImport.importFile(store, file,
                new BoundaryImport.Options(key, name, parent, crs, "© Vermessungsamt Kreis Düren"), Instant.now());
    }

    @Test
    void theSampleStoreHasTheSchematicMapOfAllFifteenKommunenAndTheirOrtsteile() {
        List<StoredBoundary> boundaries = store.boundaries();

        assertThat(boundaries).hasSize(15 + 170);
        assertThat(boundaries).filteredOn(b -> b.areaKey().length() == 8).hasSize(15)
                .allSatisfy(b -> assertThat(b.sourceLine()).contains("Schematische Karte – keine amtlichen Grenzen"));
        assertThat(boundaries).filteredOn(b -> b.areaKey().length() == 11).hasSize(170)
                .allSatisfy(b -> assertThat(b.sourceLine()).contains("Orts-/Stadtteile – keine amtlichen Grenzen"));
    }

    @Test
    void matchesByKeyCreatesNewAreasUnderTheParentAndStoresWgs84() throws Exception {
        BoundaryImport.Report report = importFile(utmShapefile(true), "SCHLUESSEL", "NAME", "05358008", null);

        assertThat(report.matched()).containsExactly("05358008");
        assertThat(report.created()).containsExactly("535800801");
        Area birkesdorf = store.areas().stream().filter(a -> a.key().equals("535800801")).findFirst().orElseThrow();
        assertThat(birkesdorf.name()).isEqualTo("Birkesdorf");
        assertThat(birkesdorf.level()).isEqualTo(Area.Level.ORTSTEIL);
        assertThat(birkesdorf.parentKey()).isEqualTo("05358008");
        StoredBoundary dueren = store.boundaries().stream().filter(b -> b.areaKey().equals("05358008")).findFirst().orElseThrow();
        var centre = new WKBReader().read(dueren.wkb()).getCentroid();
        assertThat(centre.getX()).isBetween(6.47, 6.49);
        assertThat(centre.getY()).isBetween(50.79, 50.81);
        assertThat(dueren.sourceLine()).isEqualTo("© Vermessungsamt Kreis Düren");
    }

    @Test
    void aNewAreasNumericKeyGetsBackTheLeadingZerosOfItsLevel() throws Exception {
        Path file = oneArea("neu.geojson", "5358999", "Neudorf");

        BoundaryImport.Report report = importFile(file, "AGS", "GEN", "05358000", null);

        assertThat(report.created()).containsExactly("05358999");
        assertThat(store.areas()).extracting(Area::key).contains("05358999").doesNotContain("5358999");
    }

    @Test
    void reportsTheKommunenTheFileLacks() throws Exception {
        Path file = oneArea("drei.geojson", "\"05358004\"", "Aldenhoven");

        BoundaryImport.Report report = importFile(file, "AGS", "GEN", "05358000", null);

        assertThat(report.matched()).containsExactly("05358004");
        assertThat(report.created()).isEmpty();
        assertThat(report.unmatched()).hasSize(14).contains("05358008", "05358060");
    }

    @Test
    void aShapefileWithoutPrjNeedsTheCoordinateSystemAndAFailedImportStoresNothing() throws Exception {
        Path shp = utmShapefile(false);
        int areas = store.areas().size();

        assertThatThrownBy(() -> importFile(shp, "SCHLUESSEL", "NAME", "05358008", null))
                .isInstanceOf(GeoFormatException.class).hasMessageContaining("--crs EPSG:25832");
        assertThatThrownBy(() -> importFile(shp, "SCHLUESSEL", "NAME", "05358008", new Crs(4326)))
                .hasMessageContaining("außerhalb der Erde");
        assertThatThrownBy(() -> importFile(shp, "AGS", "NAME", "05358008", new Crs(25832)))
                .hasMessageContaining("kein Attribut „AGS“").hasMessageContaining("SCHLUESSEL, NAME");
        assertThatThrownBy(() -> Crs.fromName("EPSG:999999")).hasMessageContaining("EPSG:999999");
        assertThat(store.areas()).hasSize(areas);
        assertThat(store.boundaries()).hasSize(15 + 170);

        assertThat(importFile(shp, "SCHLUESSEL", "NAME", "05358008", new Crs(25832)).created()).hasSize(1);
    }

    @Test
    void keysNamesAndSourcesLongerThanTheStoreKeepsAreRefusedBeforeTheDatabaseAndStoreNothing() throws Exception {
        int areas = store.areas().size();

        assertThatThrownBy(() -> importFile(oneArea("k.geojson", "\"" + "1".repeat(41) + "\"", "Lang"), "AGS", "GEN",
                "05358000", null)).isInstanceOf(GeoFormatException.class)
                .hasMessage("k.geojson, Feature 1: der Schlüssel (Attribut AGS) ist länger als 40 Zeichen.");
        assertThatThrownBy(() -> importFile(oneArea("n.geojson", "\"05358999\"", "N".repeat(201)), "AGS", "GEN",
                "05358000", null)).isInstanceOf(GeoFormatException.class)
                .hasMessage("n.geojson, Feature 1: der Name (Attribut GEN) ist länger als 200 Zeichen.");
        Path file = oneArea("s.geojson", "\"05358004\"", "Aldenhoven");
        assertThatThrownBy(() -> BoundaryImport.importFile(store, file,
                new BoundaryImport.Options("AGS", "GEN", "05358000", null, "Q".repeat(501)), Instant.now()))
                .isInstanceOf(GeoFormatException.class).hasMessageContaining("s.geojson").hasMessageContaining("500 Zeichen");

        assertThat(store.areas()).hasSize(areas);
        assertThat(store.boundaries()).hasSize(15 + 170);
    }
}
