package de.werkbank.map;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The map's source line follows the UI language where Werkbank wrote it; the user's own stays as given. */
class SourceLineTest {

    @AfterEach
    void german() {
        Messages.use(null);
    }

    /** The source line the sample map file carries, as the store keeps it. */
    private static String sampleSource(String file, String field) throws IOException {
        String json = Files.readString(Path.of("sample-data", file), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theSampleMapsLineAndTheDefaultLineAreEnglishInTheEnglishUi() throws IOException {
        String kommunen = sampleSource("karten/kreis-dueren-schematisch.geojson", "source");
        String ortsteile = sampleSource("ortsteile.json", "mapSource");
        Messages.use(Locale.GERMAN);
        assertThat(SourceLine.shown(kommunen)).isEqualTo(kommunen);
        assertThat(SourceLine.shown("Grenzen: gemeinden.shp")).isEqualTo("Grenzen: gemeinden.shp");

        Messages.use(Locale.ENGLISH);
        assertThat(SourceLine.shown(kommunen)).startsWith("Schematic map").contains("not official boundaries")
                .doesNotContain("Grenzen", "Karte");
        assertThat(SourceLine.shown(ortsteile)).startsWith("Schematic map of the Ortsteile");
        assertThat(SourceLine.shown("Grenzen: gemeinden.shp")).isEqualTo("Boundaries: gemeinden.shp");
        // a line the user gave is theirs
        assertThat(SourceLine.shown("© GeoBasis-DE / BKG 2024")).isEqualTo("© GeoBasis-DE / BKG 2024");
    }
}
