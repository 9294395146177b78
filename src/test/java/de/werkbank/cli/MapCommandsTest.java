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
        assertThat(out()).contains("3 Gebiete");
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
        assertThat(out()).contains("0 Gebiete zugeordnet, 1 neu angelegt, 0 ohne Grenze");

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
}
