package de.werkbank.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reasons are checked in the default bundle, German. */
class JsonFailureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A target for data binding. */
    record Mapping(String areaColumn, List<Integer> years) {
    }

    @Test
    void aBrokenFileIsExplainedInGermanWithItsPlace() {
        assertThat(reason("{\n  \"areaColumn\": \"AGS\",\n  oops\n}")).isEqualTo("Zeile 3, Spalte 3: unerwartetes Zeichen „o“");
        assertThat(reason("{\"areaColumn\": \"AGS\", \"years\": [2019,")).startsWith("Zeile 1, Spalte ")
                .endsWith(": die Datei endet, bevor das JSON vollständig ist");
    }

    @Test
    void aFileOfTheWrongShapeNamesTheField() {
        assertThat(reason("{\"areaColumnn\": \"AGS\"}")).endsWith("unbekanntes Feld „areaColumnn“");
        assertThat(reason("{\"years\": [2019, \"zwei\"]}")).endsWith("bei „years[1]“ steht ein Wert der falschen Art");
    }

    private static String reason(String json) {
        JsonProcessingException e = catchThrowableOfType(() -> JSON.readValue(json, Mapping.class),
                JsonProcessingException.class);
        assertThat(e).isNotNull();
        return JsonFailure.reason(e);
    }
}
