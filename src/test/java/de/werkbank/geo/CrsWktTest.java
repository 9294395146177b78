package de.werkbank.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coordinate systems read by their contents, any EPSG code proj4j knows, and files far from Germany refused. */
class CrsWktTest {

    /** An ESRI .prj as a city's open-data shapefile has it: named UTM 32N, but with a false easting of 2,500,000. */
    private static String utm32(double falseEasting) {
        return "PROJCS[\"WGS_1984_UTM_Zone_32N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
                + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
                + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\"," + falseEasting + "],"
                + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",9.0],PARAMETER[\"Scale_Factor\",0.9996],"
                + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
    }

    private static final double LON = 6.48;
    private static final double LAT = 50.80;

    @Test
    void aPrjIsReadByItsParametersNotByItsName() {
        double[] utm = Crs.WGS84.to(new Crs(25832)).apply(LON, LAT);
        Crs shifted = Crs.fromWkt("stadtteile.prj", utm32(2_500_000));
        assertThat(shifted.epsg()).isZero();
        double[] back = shifted.to(Crs.WGS84).apply(utm[0] + 2_000_000, utm[1]);
        assertThat(back[0]).isCloseTo(LON, within(1e-6));
        assertThat(back[1]).isCloseTo(LAT, within(1e-6));

        double[] plain = Crs.fromWkt("utm.prj", utm32(500_000)).to(Crs.WGS84).apply(utm[0], utm[1]);
        assertThat(plain[0]).isCloseTo(LON, within(1e-6));
        // a vertical part after the projected one is left aside
        Crs withHeight = Crs.fromWkt("h.prj", utm32(500_000) + ",VERTCS[\"DHHN92\",VDATUM[\"Deutsches_Haupthoehennetz_1992\"],"
                + "PARAMETER[\"Vertical_Shift\",0.0],PARAMETER[\"Direction\",1.0],UNIT[\"Meter\",1.0]]");
        assertThat(withHeight.to(Crs.WGS84).apply(utm[0], utm[1])[1]).isCloseTo(LAT, within(1e-6));
    }

    @Test
    void aGaussKruegerPrjWithItsParametersIsTheEpsgCodeItsNameSays() {
        String gk3 = "PROJCS[\"DHDN_3_Degree_Gauss_Zone_3\",GEOGCS[\"GCS_Deutsches_Hauptdreiecksnetz\","
                + "DATUM[\"D_Deutsches_Hauptdreiecksnetz\",SPHEROID[\"Bessel_1841\",6377397.155,299.1528128]],"
                + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],"
                + "PARAMETER[\"False_Easting\",3500000.0],PARAMETER[\"False_Northing\",0.0],"
                + "PARAMETER[\"Central_Meridian\",9.0],PARAMETER[\"Scale_Factor\",1.0],"
                + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
        assertThat(Crs.fromWkt("gk.prj", gk3)).isEqualTo(new Crs(31467));
    }

    @Test
    void anyEpsgCodeProj4jKnowsIsTakenAndAnUnknownOneIsRefused() {
        Crs lambert = Crs.fromName("EPSG:3035");
        double[] xy = Crs.WGS84.to(lambert).apply(LON, LAT);
        double[] back = lambert.to(Crs.WGS84).apply(xy[0], xy[1]);
        assertThat(back[0]).isCloseTo(LON, within(1e-6));
        assertThat(Crs.fromName("urn:ogc:def:crs:EPSG::4326")).isEqualTo(Crs.WGS84);
        assertThatThrownBy(() -> Crs.fromName("EPSG:999999")).isInstanceOf(GeoFormatException.class)
                .hasMessageContaining("EPSG:999999");
    }

    @Test
    void aFileThatLiesFarFromGermanyOnceTransformedIsRefusedAskingAboutItsSystem(@TempDir Path dir) throws Exception {
        double[] utm = Crs.WGS84.to(new Crs(25832)).apply(LON, LAT);
        double x = utm[0] + 2_000_000;
        double y = utm[1];
        String ring = String.format(java.util.Locale.ROOT, "[[%f,%f],[%f,%f],[%f,%f],[%f,%f]]", x, y, x + 500, y, x + 500,
                y + 500, x, y);
        Path file = dir.resolve("stadtteile.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                + "\"urn:ogc:def:crs:EPSG::25832\"}},\"features\":[{\"type\":\"Feature\",\"properties\":{\"NR\":\"101\","
                + "\"NAME\":\"Altstadt\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}]}",
                StandardCharsets.UTF_8);
        try (Store store = Store.create(StoreLocation.in(dir.resolve("s")), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            int before = store.areas().size();
            assertThatThrownBy(() -> BoundaryImport.importFile(store, file, new BoundaryImport.Options("NR", "NAME",
                    "05358008", null, null), Instant.now())).isInstanceOf(GeoFormatException.class)
                    .hasMessageContaining("stadtteile.geojson").hasMessageContaining("EPSG:25832")
                    .hasMessageContaining("Koordinatensystem");
            assertThat(store.areas()).hasSize(before);
        }
    }
}
