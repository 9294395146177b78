package de.werkbank.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

class GeoJsonReaderTest {

    private static BoundaryFile read(String json) {
        return new GeoJsonReader().read("test.geojson", json.getBytes(StandardCharsets.UTF_8));
    }

    private static final String SQUARE_WITH_HOLE = "[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[2,4],[4,4],[4,2],[2,2]]]";

    @Test
    void readsPolygonsWithHolesAndMultiPolygonsAsWgs84WithoutACrsMember() {
        BoundaryFile file = read("{\"type\":\"FeatureCollection\",\"source\":\"© GeoBasis-DE / BKG 2021\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"AGS\":\"05358008\",\"GEN\":\"Düren\",\"EWZ\":90000},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + SQUARE_WITH_HOLE + "}},"
                + "{\"type\":\"Feature\",\"properties\":{\"AGS\":5358012,\"GEN\":\"Heimbach\"},"
                + "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[" + SQUARE_WITH_HOLE
                + ",[[[20,0],[21,0],[21,1],[20,0]]]]}}]}");

        assertThat(file.crs()).contains(Crs.WGS84);
        assertThat(file.sourceLine()).contains("© GeoBasis-DE / BKG 2021");
        assertThat(file.attributes()).containsExactly("AGS", "GEN", "EWZ");
        assertThat(((Polygon) file.features().get(0).geometry()).getNumInteriorRing()).isEqualTo(1);
        assertThat(file.features().get(0).geometry().getArea()).isEqualTo(96);
        assertThat(file.features().get(1).geometry().getNumGeometries()).isEqualTo(2);
        assertThat(file.features().get(1).attributes()).containsEntry("AGS", "5358012");
    }

    @Test
    void understandsTheNamedCrsMember() {
        BoundaryFile file = read("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"urn:ogc:def:crs:EPSG::25832\"}},\"features\":[]}");

        assertThat(file.crs()).contains(new Crs(25832));
    }

    @Test
    void brokenFilesAreRefusedNamingThePlace() {
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\n\"features\":[}"))
                .isInstanceOf(GeoFormatException.class).hasMessageContaining("test.geojson ist kein gültiges JSON: Zeile 2").hasMessageContaining("unerwartetes Zeichen „}“");
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]}"))
                .hasMessageContaining("Feature 1").hasMessageContaining("Point");
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + SQUARE_WITH_HOLE.replace("[2,2]]]", "[2,3]]]") + "}}]}"))
                .hasMessageContaining("test.geojson, Feature 1, Ring 2");
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"EPSG:999999\"}},\"features\":[]}")).hasMessageContaining("EPSG:999999")
                .hasMessageContaining("EPSG:25832");
    }

    @Test
    void featuresThatAreAnObjectAreRefusedNotANullPointer() {
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":{\"a\":1}}"))
                .isInstanceOf(GeoFormatException.class).hasMessage("test.geojson, features: keine Liste von Features.");
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":[1]}"))
                .isInstanceOf(GeoFormatException.class).hasMessageContaining("features[1]");
    }

    @Test
    void aCrsWithACodeTooLargeForANumberIsRefusedNamingTheFileAndPath() {
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"EPSG:4326000000000\"}},\"features\":[]}")).isInstanceOf(GeoFormatException.class)
                .hasMessageContaining("test.geojson, crs.properties.name").hasMessageContaining("EPSG:4326000000000");
    }

    @Test
    void jsonNested50000DeepIsRefusedInGermanWithoutJacksonsText() {
        String deep = "{\"type\":\"FeatureCollection\",\"features\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}";
        assertThatThrownBy(() -> read(deep)).isInstanceOf(GeoFormatException.class)
                .hasMessageContaining("test.geojson ist kein gültiges JSON").hasMessageContaining("tiefer verschachtelt")
                .hasMessageNotContaining("StreamReadConstraints").hasMessageNotContaining("exceeds");
    }

    @Test
    void nanOrInfiniteCoordinatesAreRefusedWithTheirPoint() {
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1e400,0],[1,1],[0,0]]]}}]}"))
                .isInstanceOf(GeoFormatException.class).hasMessageContaining("test.geojson, Feature 1, Ring 1, Punkt 2");
    }
}
