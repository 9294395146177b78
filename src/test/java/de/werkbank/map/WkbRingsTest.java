package de.werkbank.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

/** The map reads a boundary's rings from its WKB as JTS would, and leaves what it does not know to JTS. */
class WkbRingsTest {

    private static final String HOLED = "POLYGON ((6.1 50.5, 6.7 50.5, 6.7 50.9, 6.1 50.9, 6.1 50.5),"
            + " (6.3 50.6, 6.4 50.6, 6.4 50.7, 6.3 50.6))";
    private static final String TWO = "MULTIPOLYGON (((6.1 50.5, 6.7 50.5, 6.7 50.9, 6.1 50.5)),"
            + " ((7.0 51.0, 7.2 51.0, 7.2 51.3, 7.0 51.3, 7.0 51.0), (7.05 51.05, 7.1 51.05, 7.1 51.1, 7.05 51.05)))";

    @Test
    void polygonsWithHolesAndMultiPolygonsInEitherByteOrderGiveJtsRings() throws Exception {
        for (String wkt : List.of(HOLED, TWO)) {
            Geometry g = new WKTReader().read(wkt);
            for (int order : new int[] {ByteOrderValues.BIG_ENDIAN, ByteOrderValues.LITTLE_ENDIAN}) {
                List<double[]> rings = WkbRings.read(new WKBWriter(2, order).write(g));
                assertThat(rings).as(wkt).isNotNull();
                assertThat(rings).usingRecursiveComparison().isEqualTo(MapShapes.rings(g));
            }
        }
        assertThat(WkbRings.read(new WKBWriter().write(new WKTReader().read(TWO)))).hasSize(3)
                .first().satisfies(r -> assertThat(r).containsExactly(6.1, 50.5, 6.7, 50.5, 6.7, 50.9, 6.1, 50.5));
    }

    @Test
    void otherGeometriesAndDamagedBytesAreLeftToJts() throws Exception {
        Geometry holed = new WKTReader().read(HOLED);
        byte[] plain = new WKBWriter().write(holed);
        assertThat(WkbRings.read(new WKBWriter(3).write(new WKTReader().read("POLYGON Z ((6 50 1, 7 50 1, 7 51 1, 6 50 1))"))))
                .isNull();
        holed.setSRID(4326);
        assertThat(WkbRings.read(new WKBWriter(2, true).write(holed))).isNull();
        assertThat(WkbRings.read(new WKBWriter().write(new WKTReader().read("POINT (6 50)")))).isNull();
        assertThat(WkbRings.read(java.util.Arrays.copyOf(plain, plain.length - 8))).isNull();
        assertThat(WkbRings.read(java.util.Arrays.copyOf(plain, plain.length + 1))).isNull();
        assertThat(WkbRings.read(new byte[0])).isNull();
    }
}
