package de.werkbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** import-areas and render-map as a user types them. */
class MapCommandsTest extends CliTest {

    @Test
    void rendersTheSampleMapAsPngWithItsLegend() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init")).isZero();
        Path png = dir.resolve("karte.png");

        assertThat(run("--store", store, "render-map", "--indicator", "altenquotient", "--year", "2019",
                "--method", "jenks", "--classes", "4", "--out", png.toString(), "--width", "800")).isZero();

        assertThat(out()).contains("15 Gebiete");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isGreaterThan(400);
    }

    @Test
    void aYearWithoutDataAndAFolderThatIsMissingAreSaidPlainly() {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init")).isZero();
        assertThat(run("--store", store, "render-map", "--indicator", "altenquotient", "--year", "2030",
                "--out", dir.resolve("k.png").toString())).isEqualTo(1);
        assertThat(err()).contains("im Jahr 2030 ");

        Path nowhere = dir.resolve("fehlt").resolve("karte.png");
        assertThat(run("--store", store, "render-map", "--indicator", "altenquotient", "--year", "2019",
                "--out", nowhere.toString())).isEqualTo(1);
        assertThat(err()).contains("lässt sich nicht schreiben").doesNotContain("ImageOutputStream");
    }

    @Test
    void anImportedIndicatorIsMappedByItsKey() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init")).isZero();
        Path survey = dir.resolve("ehrenamt.csv");
        Files.writeString(survey, "area_key;indicator;year;value\n05358008;ehrenamtsquote;2019;12,5\n"
                + "05358004;ehrenamtsquote;2019;17\n05358012;ehrenamtsquote;2019;9\n", StandardCharsets.UTF_8);
        assertThat(run("--store", store, "import-data", survey.toString())).isZero();

        assertThat(run("--store", store, "render-map", "--indicator", "ehrenamtsquote", "--year", "2019", "--classes", "3",
                "--out", dir.resolve("ehrenamt.png").toString())).isZero();
        // every Kommune is drawn: the three with a value in colour, the other twelve grey as "keine Daten"
        assertThat(out()).contains("15 Gebiete");
        assertThat(run("--store", store, "render-map", "--indicator", "nichts", "--year", "2019", "--out", "x.png"))
                .isEqualTo(2);
        assertThat(err()).contains("ehrenamtsquote");
    }

    @Test
    void importsBoundariesAndReportsWhatMatched() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init")).isZero();
        Path file = dir.resolve("ortsteile.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                + "\"EPSG:25832\"}},\"features\":[{\"type\":\"Feature\",\"properties\":{\"KEY\":\"05358008-01\","
                + "\"NAME\":\"Düren-Mitte\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[322000,5630500],"
                + "[323000,5630500],[323000,5631500],[322000,5630500]]]}}]}", StandardCharsets.UTF_8);

        assertThat(run("--store", store, "import-areas", file.toString(), "--key", "KEY", "--name", "NAME",
                "--parent", "05358008")).isZero();
        // Düren's 15 sample Stadtteile have no boundary in this file
        assertThat(out()).contains("0 Gebiete zugeordnet, 1 neu angelegt, 15 ohne Grenze");

        assertThat(run("--store", store, "import-areas", file.toString(), "--key", "AGS", "--name", "NAME")).isEqualTo(1);
        assertThat(err()).contains("kein Attribut „AGS“");
        assertThat(run("--store", store, "import-areas", file.toString(), "--name", "NAME")).isEqualTo(2);
        assertThat(run("--store", store, "render-map", "--indicator", "nichts", "--year", "2019", "--out", "x.png"))
                .isEqualTo(2);
        assertThat(err()).contains("altenquotient");
    }

    @Test
    void aCrsTooLargeForANumberOrUnknownAndAnOverlongSourceAreBadUsage() throws Exception {
        String store = dir.resolve("store").toString();
        Path file = dir.resolve("a.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[]}", StandardCharsets.UTF_8);

        assertThat(run("--store", store, "import-areas", file.toString(), "--key", "AGS", "--name", "GEN", "--crs",
                "EPSG:99999999999999999999")).isEqualTo(2);
        assertThat(err()).contains("Unbekanntes Koordinatensystem „EPSG:99999999999999999999“ bei --crs")
                .doesNotContain("NumberFormatException");
        assertThat(run("--store", store, "import-areas", file.toString(), "--key", "AGS", "--name", "GEN", "--crs",
                "EPSG:999999")).isEqualTo(2);
        assertThat(err()).contains("EPSG:999999");
        assertThat(run("--store", store, "import-areas", file.toString(), "--key", "AGS", "--name", "GEN", "--source",
                "Q".repeat(501))).isEqualTo(2);
        assertThat(err()).contains("höchstens 500 Zeichen");
    }

    @Test
    void theOrtsteileAreMappedAsALevelOfTheirOwnAndForOneKommune() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init")).isZero();
        Path png = dir.resolve("ortsteile.png");

        assertThat(run("--store", store, "render-map", "--indicator", "anteil_65_plus", "--year", "2019",
                "--level", "ortsteile", "--out", png.toString())).isZero();
        assertThat(out()).contains("170 Gebiete");
        assertThat(run("--store", store, "render-map", "--indicator", "anteil_65_plus", "--year", "2019",
                "--parent", "05358008", "--out", png.toString())).isZero();
        assertThat(out()).contains("15 Gebiete");
        assertThat(run("--store", store, "render-map", "--indicator", "anteil_65_plus", "--year", "2019",
                "--level", "bezirke", "--out", png.toString())).isEqualTo(2);
        assertThat(err()).contains("kommunen oder ortsteile");
        assertThat(run("--store", store, "render-map", "--indicator", "anteil_65_plus", "--year", "2019",
                "--parent", "09999999", "--out", png.toString())).isEqualTo(1);
        assertThat(err()).contains("09999999");
    }

    @Test
    void aFileOfOrtsteileOfSeveralKommunenNamesEachOnesParentByAnAttribute() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init")).isZero();
        Path file = dir.resolve("ortsteile.geojson");
        // Linnich's parent written as a number, its leading zero lost after Excel
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("05358008901", "Neu-Düren", "05358008", 6.48, 50.80)
                + "," + feature("05358036901", "Neu-Linnich", "5358036", 6.27, 50.98) + "]}", StandardCharsets.UTF_8);

        assertThat(run("--store", store, "import-areas", file.toString(), "--key", "KEY", "--name", "NAME",
                "--parent-attr", "KOMMUNE")).isZero();
        assertThat(out()).contains("2 neu angelegt");
        assertThat(run("--store", store, "render-map", "--indicator", "altenquotient", "--year", "2019",
                "--parent", "05358036", "--out", dir.resolve("l.png").toString())).isZero();
        // Linnich's 13 sample Ortsteile and the new one (without data, drawn grey)
        assertThat(out()).contains("14 Gebiete");

        Path unknown = dir.resolve("fremd.geojson");
        Files.writeString(unknown, "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("05370004901", "Anderswo", "05370004", 6.1, 51.0) + "]}", StandardCharsets.UTF_8);
        assertThat(run("--store", store, "import-areas", unknown.toString(), "--key", "KEY", "--name", "NAME",
                "--parent-attr", "KOMMUNE")).isEqualTo(1);
        assertThat(err()).contains("Feature 1").contains("„05370004“").contains("gibt es in diesem Speicherort nicht");
        assertThat(run("--store", store, "import-areas", unknown.toString(), "--key", "KEY", "--name", "NAME",
                "--parent-attr", "KOMMUNE", "--parent", "05358008")).isEqualTo(2);
        assertThat(err()).contains("schließen sich aus");
    }

    private static String feature(String key, String name, String parent, double lon, double lat) {
        return "{\"type\":\"Feature\",\"properties\":{\"KEY\":\"" + key + "\",\"NAME\":\"" + name
                + "\",\"KOMMUNE\":\"" + parent + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[["
                + lon + "," + lat + "],[" + (lon + 0.01) + "," + lat + "],[" + (lon + 0.01) + "," + (lat + 0.01) + "],["
                + lon + "," + lat + "]]]}}";
    }
}
