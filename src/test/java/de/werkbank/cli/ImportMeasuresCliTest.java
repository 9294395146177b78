package de.werkbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.plan.Card;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** import-measures as a user types it, with a Trello board export. */
class ImportMeasuresCliTest extends CliTest {

    private String store;
    private Path board;
    private Path mapping;

    @BeforeEach
    void sampleStoreAndBoard() throws Exception {
        store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init")).isZero();
        board = copy("trello-demografiewerkstatt.json", "board.json");
        mapping = copy("trello-mapping.json", "zuordnung.json");
    }

    private Path copy(String resource, String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/intake/" + resource)) {
            Path to = dir.resolve(name);
            Files.write(to, in.readAllBytes());
            return to;
        }
    }

    private List<Card> cards() {
        try (Store s = Store.open(StoreLocation.in(Path.of(store)))) {
            List<Card> all = new ArrayList<>(s.plan().orElseThrow().cards());
            all.addAll(s.archivedCards());
            return all;
        }
    }

    @Test
    void aDryRunPrintsThePreviewAndStoresNothing() {
        int before = cards().size();
        assertThat(run("--store", store, "import-measures", board.toString(), "--mapping", mapping.toString(), "--dry-run"))
                .isZero();
        assertThat(out()).contains("Demografiewerkstatt Kreis Düren 🚀 (Trello, board.json): 7 neue Karten",
                "„Bürgerbus im ländlichen Raum“ → In Umsetzung, MOBILITAET, Werkzeug W-061 (Titel ähnlich (1,00)), 3 Schritte",
                "„Repair-Café in Kreuzau 🔧“ → Vorschlag, BILDUNG, Werkzeug W-101 (neues grünes Werkzeug)",
                "„Leihfahrräder am Bahnhof Düren“", "(archiviert)", "Probelauf");
        assertThat(cards()).hasSize(before);
    }

    @Test
    void theImportIsStoredOnceAndASecondRunChangesNothing() {
        int before = cards().size();
        assertThat(run("--store", store, "import-measures", board.toString(), "--mapping", mapping.toString(),
                "--handlungsfeld", "TEILHABE")).isZero();
        assertThat(out()).contains("Eingelesen: 7 neue Karten, 0 geänderte");
        assertThat(cards()).hasSize(before + 7)
                .filteredOn(c -> c.title().equals("Seniorentreff Nideggen")).extracting(Card::handlungsfeld)
                .containsExactly("TEILHABE");
        assertThat(run("--store", store, "import-measures", board.toString(), "--mapping", mapping.toString())).isZero();
        assertThat(out()).contains("0 neue Karten, 0 geänderte, 7 unverändert", "Nichts zu ändern.");
        assertThat(cards()).hasSize(before + 7);
    }

    @Test
    void plannerBucketsBecomeColumnsOrHandlungsfelderAsChosen() throws Exception {
        Path plan = Files.write(dir.resolve("planner.xlsx"), de.werkbank.intake.PlannerFixtures.bucketExport());
        assertThat(run("--store", store, "import-measures", plan.toString(), "--dry-run")).isZero();
        assertThat(out()).contains("„Sternfahrt der Ortsteile“ → Vorschlag, FACHKRAEFTE",
                "„Ortsteilkonferenz Vossenack“ → In Umsetzung, TEILHABE");
        assertThat(run("--store", store, "import-measures", plan.toString(), "--buckets", "handlungsfelder")).isZero();
        assertThat(out()).contains("„Sternfahrt der Ortsteile“ → Vorschlag, MOBILITAET",
                "„Sommerkino auf dem Marktplatz 🎬“ → Vorschlag, BILDUNG",
                "„Ortsteilkonferenz Vossenack“ → Vorschlag, TEILHABE", "Eingelesen: 3 neue Karten");
        assertThat(cards()).filteredOn(c -> c.title().equals("Sternfahrt der Ortsteile")).extracting(Card::handlungsfeld)
                .containsExactly("MOBILITAET");
        assertThat(run("--store", store, "import-measures", plan.toString(), "--buckets", "spalten")).isEqualTo(2);
        assertThat(err()).contains("spalten", "columns, handlungsfelder");
    }

    @Test
    void badUsageIsExitTwo() {
        assertThat(run("--store", store, "import-measures", board.toString(), "--format", "asana")).isEqualTo(2);
        assertThat(err()).contains("asana");
        assertThat(run("--store", store, "import-measures", board.toString(), "--handlungsfeld", "SPORT")).isEqualTo(2);
        assertThat(err()).contains("SPORT", "MOBILITAET");
        assertThat(run("--store", store, "import-measures")).isEqualTo(2);
    }

    @Test
    void aFileThatIsNoBoardIsRefusedAndTheStoreStaysAsItWas() throws Exception {
        int before = cards().size();
        Path notABoard = dir.resolve("export.json");
        Files.writeString(notABoard, "{\"tasks\": []}");
        assertThat(run("--store", store, "import-measures", notABoard.toString())).isEqualTo(1);
        assertThat(err()).contains("export.json", "kein Trello-Board").doesNotContain("Exception");
        assertThat(run("--store", store, "import-measures", dir.resolve("fehlt.json").toString())).isEqualTo(1);
        assertThat(err()).contains("fehlt.json");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(board).replace("\"2026-03-01T08:00:00.000Z\"", "\"morgen\""));
        assertThat(run("--store", store, "import-measures", bad.toString())).isEqualTo(1);
        assertThat(out()).contains("Problem", "Karte „Bürgerbus im ländlichen Raum“", "„morgen“");
        assertThat(err()).contains("nichts geändert");
        assertThat(cards()).hasSize(before);
    }
}
