package de.werkbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** list-reviews and show-review as a user types them, on a new store with the sample Halbzeitbilanz. */
class ReviewCommandsCliTest extends CliTest {

    @Test
    void theSampleReviewIsListedAndShownAsTextAndJson() throws Exception {
        String store = dir.resolve("sample").toString();
        assertThat(run("--store", store, "init")).isZero();

        assertThat(run("--store", store, "list-reviews")).isZero();
        String[] lines = out().strip().split("\n");
        assertThat(lines).hasSize(1);
        String[] columns = lines[0].split("\t");
        assertThat(columns).hasSize(5);
        assertThat(columns[1]).isEqualTo("2026-11-20");
        assertThat(columns[2]).isEqualTo("abgeschlossen");
        // seven of the sample plan's nine cards are past "Vorschlag"
        assertThat(columns[3]).isEqualTo("7 von 7 bewertet");
        assertThat(columns[4]).isEqualTo("Halbzeitbilanz 2026 (Beispiel)");

        String id = columns[0];
        assertThat(run("--store", store, "show-review", id.substring(0, 8))).isZero();
        assertThat(out()).contains("Halbzeitbilanz 2026 (Beispiel) vom 20.11.2026 – abgeschlossen",
                "Bildung: 1 Maßnahme; gestoppt 1; Entscheidung: beenden 1",
                "Bürgerbus Nideggen–Heimbach – In Planung, 2/7 Schritte erledigt – verzögert – anpassen",
                "Kennzahl Aktive Lernpatenschaften: 0 → 60 Anzahl (6) – hinter Plan",
                // numbers as German writes them: a decimal comma
                "Kennzahl Durchschnittliche Dauer der Anerkennungsverfahren: 7 → 5 Monate (6,6) – hinter Plan",
                // the sample's visitors were not counted by the review's date
                "Kennzahl Besuchende Schülerinnen und Schüler: 0 → 1.200 Personen (kein Wert am Stichtag) – nicht beurteilbar");

        assertThat(run("--store", store, "show-review", id, "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json.path("id").asText()).isEqualTo(id);
        assertThat(json.path("state").asText()).isEqualTo("FINISHED");
        assertThat(json.path("entries")).hasSize(7);
        assertThat(json.path("entries").findValuesAsText("decision")).contains("END", "ESTABLISH", "ADJUST", "CONTINUE");
    }

    @Test
    void anUnknownOrShortIdIsRefused() {
        String store = dir.resolve("sample").toString();
        assertThat(run("--store", store, "init")).isZero();
        assertThat(run("--store", store, "show-review", "ffffffff")).isEqualTo(1);
        assertThat(err()).contains("keine Bilanz „ffffffff“");
        assertThat(run("--store", store, "show-review", "ab")).isEqualTo(2);
        assertThat(run("--store", store, "show-review")).isEqualTo(2);
        assertThat(run("--store", store, "list-reviews", "x")).isEqualTo(2);
    }
}
