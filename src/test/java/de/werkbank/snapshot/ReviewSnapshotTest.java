package de.werkbank.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.werkbank.content.StoreContent;
import de.werkbank.review.Assessment;
import de.werkbank.review.Review;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviews in snapshots (format version 4): written, read back, checked, and without personal data. */
class ReviewSnapshotTest {

    static final Path GOLDEN = Path.of("src/test/resources/snapshot/golden");
    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @TempDir
    Path dir;

    private Store store(String name) {
        return Store.create(StoreLocation.in(dir.resolve(name)), tx -> Seeder.seed(tx, Seeder.Content.EMPTY));
    }

    @Test
    void theGoldenFileOfFormat4MatchesWhatThisProgramWritesAndKeepsToTheSchema() throws IOException {
        byte[] golden = Files.readAllBytes(GOLDEN.resolve("format-4.json"));
        assertThat(SnapshotCodec.schemaProblems(golden)).isEmpty();
        try (Store s = store("four")) {
            Snapshots.importInto(s, GOLDEN.resolve("format-4.json"), false);
            assertThat(s.reviews()).extracting(Review::title).containsExactly("Zwischenbilanz 2025", "Halbzeitbilanz 2026");
            Review open = s.reviews().get(1);
            assertThat(open.state()).isEqualTo(Review.State.OPEN);
            assertThat(open.entries().get(0).assessment()).isEqualTo(Assessment.DELAYED);
            assertThat(open.entries().get(0).indicators().get(0).onTrack()).isFalse();
            assertThat(open.entries().get(2).assessment()).isNull();
            // written again in the current format: the same, but for the version (format 5 only adds sources)
            byte[] again = SnapshotCodec.encode(s.content(), NOW, "0.1.0", true);
            assertThat(new String(again, StandardCharsets.UTF_8)).isEqualTo(new String(golden, StandardCharsets.UTF_8)
                    .replace("\"formatVersion\" : 4,", "\"formatVersion\" : " + SnapshotFormat.CURRENT_VERSION + ","));
        }
    }

    @Test
    void withoutPersonalDataTheReviewsTextsNameNobody() throws IOException {
        try (Store s = store("people")) {
            Snapshots.importInto(s, GOLDEN.resolve("format-4.json"), false);
            String text = new String(SnapshotCodec.encode(s.content(), NOW, "0.1.0", false), StandardCharsets.UTF_8);
            assertThat(text).contains("Mit [Person] einen Leasing-Kleinbus prüfen").doesNotContain("Richter");
        }
    }

    @Test
    void reviewsBreakingTheRulesAreRefusedWithTheirPlace() throws IOException {
        // a format-3 file knows neither reviews nor measured values: without the latter, the reviews are refused
        assertRefused(r -> {
            r.put("formatVersion", 3);
            r.path("plan").path("cards").forEach(card -> card.path("sheet").path("indicators").forEach(i -> {
                ((ObjectNode) i).remove("measurements");
                ((ObjectNode) i).remove("link");
            }));
        }, "$.reviews");
        assertRefused(r -> ((ObjectNode) r.path("reviews").get(0)).put("state", "OPEN"), "$.reviews[1].state");
        assertRefused(r -> ((ObjectNode) r.path("reviews").get(0)).put("title", ""), "$.reviews[0].title");
        assertRefused(r -> ((ObjectNode) r.path("reviews").get(1).path("entries").get(0))
                .put("handlungsfeld", "NIRGENDWO"), "$.reviews[1].entries[0].handlungsfeld");
        assertRefused(r -> ((ObjectNode) r.path("reviews").get(1).path("entries").get(1))
                .put("card", r.path("reviews").get(1).path("entries").get(0).path("card").asText()),
                "$.reviews[1].entries[1].card");
    }

    private static void assertRefused(Consumer<ObjectNode> edit, String where) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(GOLDEN.resolve("format-4.json").toFile());
        edit.accept(root);
        byte[] bad = mapper.writeValueAsBytes(root);
        assertThatThrownBy(() -> SnapshotCodec.decode(bad)).isInstanceOf(SnapshotException.class)
                .hasMessageContaining(where);
    }

    @Test
    void diffSnapshotNamesReviewsStartedFinishedRemovedAndMeasuresJudgedAnew() throws IOException {
        StoreContent before = SnapshotCodec.decode(Files.readAllBytes(GOLDEN.resolve("format-4.json")));
        Review open = before.reviews().get(1);
        var judged = open.entries().get(2).judged(Assessment.ON_TRACK, "", "", "", de.werkbank.review.Decision.CONTINUE);
        Review finished = open.withEntries(java.util.List.of(open.entries().get(0), open.entries().get(1), judged))
                .withState(Review.State.FINISHED);
        Review added = new Review(java.util.UUID.randomUUID(), "Schlussbilanz 2028", java.time.LocalDate.of(2028, 6, 1),
                Review.State.OPEN, java.util.List.of(), 0);
        StoreContent after = new StoreContent(before.catalogueVersion(), before.catalogue(), before.areas(),
                before.registry(), before.plan(), before.archivedCards(), before.sheets(), before.history(),
                before.workshop(), java.util.List.of(finished, added));

        assertThat(SnapshotDiff.between(before, after)).extracting(SnapshotDiff.Change::describe).containsExactly(
                "„Welcome Center für Fachkräfte“ in der Bilanz „Halbzeitbilanz 2026“ neu bewertet",
                "Bilanz „Halbzeitbilanz 2026“ vom 2026-11-20 abgeschlossen",
                "Bilanz „Schlussbilanz 2028“ vom 2028-06-01 begonnen",
                "Bilanz „Zwischenbilanz 2025“ vom 2025-06-30 entfernt");
    }

    @Test
    void theSampleStoresReviewSurvivesExportAndImport() {
        try (Store sample = Store.create(StoreLocation.in(dir.resolve("sample")), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            StoreContent content = sample.content();
            byte[] json = SnapshotCodec.encode(content, NOW, "0.1.0", true);
            StoreContent back = SnapshotCodec.decode(json);
            assertThat(back.reviews()).hasSize(1);
            Review review = back.reviews().get(0);
            assertThat(review.title()).isEqualTo("Halbzeitbilanz 2026 (Beispiel)");
            assertThat(review.finished()).isTrue();
            assertThat(review.entries()).isEqualTo(content.reviews().get(0).entries());
        }
    }
}
