package de.werkbank.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class ShapefileReaderTest {

    @TempDir
    Path dir;

    private static final List<ShapefileWriter.Field> FIELDS = List.of(
            new ShapefileWriter.Field("AGS", 'C', 8), new ShapefileWriter.Field("GEN", 'C', 30));

    /** A square, clockwise as shapefiles want shells. */
    private static double[] square(double x, double y, double size) {
        return new double[] {x, y, x, y + size, x + size, y + size, x + size, y, x, y};
    }

    /** A square counter-clockwise (a hole). */
    private static double[] hole(double x, double y, double size) {
        return new double[] {x, y, x + size, y, x + size, y + size, x, y + size, x, y};
    }

    private Path twoAreas(Charset charset, String cpg) throws Exception {
        Path shp = ShapefileWriter.write(dir, "gem", List.of(
                        List.of(square(0, 0, 10)),
                        List.of(square(20, 0, 10), hole(22, 2, 3), square(40, 0, 5))),
                FIELDS, List.of(List.of("05358008", "Düren"), List.of("05358044", "Nörvenich-Süß")), charset);
        if (cpg != null) {
            Files.writeString(dir.resolve("gem.cpg"), cpg);
        }
        return shp;
    }

    @Test
    void readsAPolygonAndAMultipolygonWithAHoleAndLatin1UmlautsWithoutCpg() throws Exception {
        BoundaryFile file = new ShapefileReader().read(twoAreas(StandardCharsets.ISO_8859_1, null));

        assertThat(file.attributes()).containsExactly("AGS", "GEN");
        assertThat(file.crs()).isEmpty();
        assertThat(file.features()).hasSize(2);
        assertThat(file.features().get(0).attributes()).containsEntry("AGS", "05358008").containsEntry("GEN", "Düren");
        assertThat(file.features().get(0).geometry()).isInstanceOf(Polygon.class);
        assertThat(file.features().get(0).geometry().getArea()).isEqualTo(100);
        var multi = file.features().get(1).geometry();
        assertThat(multi).isInstanceOf(MultiPolygon.class);
        assertThat(multi.getNumGeometries()).isEqualTo(2);
        assertThat(((Polygon) multi.getGeometryN(0)).getNumInteriorRing()).isEqualTo(1);
        assertThat(multi.getArea()).isEqualTo(100 - 9 + 25);
        assertThat(file.features().get(1).attributes()).containsEntry("GEN", "Nörvenich-Süß");
    }

    @Test
    void takesTheCharsetFromTheCpgFile() throws Exception {
        BoundaryFile file = new ShapefileReader().read(twoAreas(StandardCharsets.UTF_8, "UTF-8\n"));

        assertThat(file.features().get(1).attributes()).containsEntry("GEN", "Nörvenich-Süß");
    }

    @Test
    void aNumericKeyFieldKeepsItsLeadingZero() throws Exception {
        Path shp = ShapefileWriter.write(dir, "num", List.of(List.of(square(0, 0, 1))),
                List.of(new ShapefileWriter.Field("AGS", 'N', 10), new ShapefileWriter.Field("GEN", 'C', 10)),
                List.of(List.of("05358008", "Düren")), StandardCharsets.ISO_8859_1);

        assertThat(new ShapefileReader().read(shp).features().get(0).attributes()).containsEntry("AGS", "05358008");
    }

    @Test
    void readsTheCoordinateSystemFromThePrjFile() throws Exception {
        Path shp = twoAreas(StandardCharsets.UTF_8, "UTF-8");
        Files.writeString(dir.resolve("gem.prj"), "PROJCS[\"ETRS_1989_UTM_Zone_32N\",GEOGCS[\"GCS_ETRS_1989\",DATUM["
                + "\"D_ETRS_1989\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
                + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\","
                + "500000.0],PARAMETER[\"Central_Meridian\",9.0],UNIT[\"Meter\",1.0]]");

        assertThat(new ShapefileReader().read(shp).crs()).contains(new Crs(25832));
    }

    @Test
    void brokenOrIncompleteFilesAreRefusedNamingTheFile() throws Exception {
        Path shp = twoAreas(StandardCharsets.UTF_8, null);
        Files.delete(dir.resolve("gem.shx"));
        assertThatThrownBy(() -> new ShapefileReader().read(shp)).isInstanceOf(GeoFormatException.class)
                .hasMessageContaining("gem.shx");

        Path again = twoAreas(StandardCharsets.UTF_8, null);
        byte[] bytes = Files.readAllBytes(again);
        Files.write(again, java.util.Arrays.copyOf(bytes, bytes.length - 30));
        assertThatThrownBy(() -> new ShapefileReader().read(again)).isInstanceOf(GeoFormatException.class)
                .hasMessageContaining("gem.shp, Datensatz 2");

        Files.writeString(dir.resolve("gem.prj"), "PROJCS[\"Lambert_Conformal_Conic_Mars\"]");
        Path third = twoAreas(StandardCharsets.UTF_8, null);
        assertThatThrownBy(() -> new ShapefileReader().read(third)).hasMessageContaining("gem.prj")
                .hasMessageContaining("Lambert_Conformal_Conic_Mars");
    }

    @Test
    void aRecordClaiming2To31PartsIsRefusedAsDamagedBeforeAnythingIsAllocated() throws Exception {
        Path shp = twoAreas(StandardCharsets.UTF_8, null);
        byte[] bytes = Files.readAllBytes(shp);
        java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(100 + 8 + 36, Integer.MAX_VALUE);
        Files.write(shp, bytes);

        assertThatThrownBy(() -> new ShapefileReader().read(shp)).isInstanceOf(GeoFormatException.class)
                .hasMessageContaining("gem.shp, Datensatz 1").hasMessageContaining("beschädigt");
    }

    @Test
    void aRecordLengthBeyondTheFileIsRefusedAsDamaged() throws Exception {
        Path shp = twoAreas(StandardCharsets.UTF_8, null);
        byte[] bytes = Files.readAllBytes(shp);
        java.nio.ByteBuffer.wrap(bytes).putInt(100 + 4, Integer.MAX_VALUE);
        Files.write(shp, bytes);

        assertThatThrownBy(() -> new ShapefileReader().read(shp)).isInstanceOf(GeoFormatException.class)
                .hasMessageContaining("gem.shp, Datensatz 1");
    }

    @Test
    void nanCoordinatesAreRefusedNamingRecordRingAndPoint() throws Exception {
        Path shp = twoAreas(StandardCharsets.UTF_8, null);
        byte[] bytes = Files.readAllBytes(shp);
        java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putDouble(100 + 8 + 44 + 4 + 16, Double.NaN);
        Files.write(shp, bytes);

        assertThatThrownBy(() -> new ShapefileReader().read(shp)).isInstanceOf(GeoFormatException.class)
                .hasMessageContaining("gem.shp, Datensatz 1, Ring 1, Punkt 2").hasMessageContaining("NaN");
    }

    @Test
    void aDbfClaimingMoreRecordsThanItHoldsIsRefused() throws Exception {
        Path shp = twoAreas(StandardCharsets.UTF_8, null);
        Path dbf = dir.resolve("gem.dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(4, Integer.MAX_VALUE).putShort(8, (short) -1);
        Files.write(dbf, bytes);

        assertThatThrownBy(() -> new ShapefileReader().read(shp)).isInstanceOf(GeoFormatException.class)
                .hasMessageContaining("gem.dbf");
    }
}
