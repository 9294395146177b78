package de.werkbank.geo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Düren town hall (Kaiserplatz, 50.80367° N, 6.48265° E). The projected coordinates were computed
 * independently (Krüger series to 6th order; for Gauß-Krüger the 7-parameter DHDN shift first).
 */
class CrsTest {

    private static final double LON = 6.48265;
    private static final double LAT = 50.80367;

    @Test
    void projectsDuerenTownHallToUtm32AndBackWithinOneMetre() {
        double[] utm = Crs.WGS84.to(new Crs(25832)).apply(LON, LAT);
        assertThat(utm[0]).isCloseTo(322625.58, within(1.0));
        assertThat(utm[1]).isCloseTo(5631013.28, within(1.0));

        double[] back = new Crs(25832).to(Crs.WGS84).apply(utm[0], utm[1]);
        assertThat(back[0]).isCloseTo(LON, within(1e-5));
        assertThat(back[1]).isCloseTo(LAT, within(1e-5));
    }

    @Test
    void projectsDuerenTownHallToGaussKruegerZone3WithTheDatumShiftAndBackWithinOneMetre() {
        double[] gk = Crs.WGS84.to(new Crs(31467)).apply(LON, LAT);
        assertThat(gk[0]).isCloseTo(3322628.23, within(1.0));
        assertThat(gk[1]).isCloseTo(5632825.26, within(1.0));

        double[] utm = new Crs(31467).to(new Crs(25832)).apply(gk[0], gk[1]);
        assertThat(utm[0]).isCloseTo(322625.58, within(1.0));
        assertThat(utm[1]).isCloseTo(5631013.28, within(1.0));
    }

    @Test
    void namesAndPrjTextsAreRecognised() {
        assertThat(Crs.fromName("EPSG:3857")).isEqualTo(new Crs(3857));
        assertThat(Crs.fromName("urn:ogc:def:crs:OGC:1.3:CRS84")).isEqualTo(Crs.WGS84);
        assertThat(Crs.fromWkt("a.prj", "PROJCS[\"DHDN_3_Degree_Gauss_Zone_3\",GEOGCS[\"GCS_Deutsches_Hauptdreiecksnetz\"]]"))
                .isEqualTo(new Crs(31467));
        assertThat(Crs.fromWkt("b.prj", "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\"],AUTHORITY[\"EPSG\",\"4326\"]]"))
                .isEqualTo(Crs.WGS84);
    }

    @Test
    void anEpsgCodeTooLargeForANumberIsAnUnsupportedSystemNotANumberFormatException() {
        assertThatThrownBy(() -> Crs.fromName("EPSG:99999999999999999999")).isInstanceOf(GeoFormatException.class)
                .hasMessageContaining("Unbekanntes Koordinatensystem „EPSG:99999999999999999999“")
                .hasMessageContaining("EPSG:25832");
        assertThatThrownBy(() -> Crs.fromWkt("g.prj", "PROJCS[\"Mars\",AUTHORITY[\"EPSG\",\"99999999999\"]]"))
                .isInstanceOf(GeoFormatException.class).hasMessageContaining("g.prj").hasMessageContaining("Mars");
    }
}
