package de.werkbank.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.werkbank.plan.CastVotes;
import de.werkbank.plan.PlaceOnMatrix;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanEditor;
import de.werkbank.plan.RevealVotes;
import de.werkbank.plan.StartVoteRound;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import de.werkbank.workshop.MatrixPosition;
import de.werkbank.workshop.VoteRound;
import de.werkbank.workshop.Workshop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vote rounds and matrix positions go into snapshots (format 3) and come back, checked. */
class WorkshopSnapshotTest {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    static final Path GOLDEN = Path.of("src/test/resources/snapshot/golden");

    @TempDir
    Path dir;

    private Store store(String name) {
        return Store.create(StoreLocation.in(dir.resolve(name)), tx -> Seeder.seed(tx, Seeder.Content.EMPTY));
    }

    /** The format-2 golden plan with a revealed vote round on its cards and three cards on the matrix. */
    static void decide(Store store) {
        var editor = new PlanEditor(store, () -> "Anna Moderatorin", Clock.fixed(NOW, ZoneOffset.UTC));
        Plan plan = store.plan().orElseThrow();
        var round = new VoteRound(UUID.fromString("0b6a1c3e-5a52-4d7e-9a43-0c9d3f1e8a01"), "Welche Maßnahmen zuerst?",
                VoteRound.Subject.CARDS, null, 3, 2, 12, "Anna Moderatorin", NOW, false, List.of());
        editor.execute(new StartVoteRound(round));
        var a = plan.cards().get(0);
        var b = plan.cards().get(1);
        editor.execute(new CastVotes(round.id(), "", a.id(), a.title(), 7));
        editor.execute(new CastVotes(round.id(), "", b.id(), b.title(), 4));
        editor.execute(new CastVotes(round.id(), "Jonas Weber", b.id(), b.title(), 2));
        editor.execute(new RevealVotes(round.id(), round.title(), true));
        for (int i = 0; i < 3; i++) {
            var c = plan.cards().get(i);
            editor.execute(new PlaceOnMatrix(c.id(), c.title(), null,
                    MatrixPosition.clamped(c.id(), 0.2 + 0.3 * i, 0.75 - 0.25 * i)));
        }
    }

    @Test
    void aPlanWithVotesAndMatrixSurvivesExportImportExportUnchangedAndKeepsToTheSchema() throws IOException {
        byte[] first;
        try (Store s = store("a")) {
            Snapshots.importInto(s, GOLDEN.resolve("format-2.json"), false);
            decide(s);
            first = SnapshotCodec.encode(s.content(), NOW, "0.1.0", true);
        }
        assertThat(SnapshotCodec.schemaProblems(first)).isEmpty();
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).contains("\"formatVersion\" : " + SnapshotFormat.CURRENT_VERSION, "\"workshop\"", "Welche Maßnahmen zuerst?",
                "\"createdBy\" : \"Anna Moderatorin\"", "\"nutzen\" : 0.5");
        try (Store s = store("b")) {
            s.replaceContent(SnapshotCodec.decode(first), "test");
            assertThat(SnapshotCodec.encode(s.content(), NOW, "0.1.0", true)).isEqualTo(first);
            Workshop w = s.workshop();
            assertThat(w.voteRounds()).singleElement().satisfies(r -> {
                assertThat(r.revealed()).isTrue();
                assertThat(r.total()).isEqualTo(13);
            });
            assertThat(w.matrix()).hasSize(3);
        }
    }

    @Test
    void theGoldenFileOfTheCurrentFormatMatchesWhatThisProgramWrites() throws IOException {
        try (Store s = store("golden")) {
            Snapshots.importInto(s, GOLDEN.resolve("format-" + SnapshotFormat.CURRENT_VERSION + ".json"), false);
            byte[] again = SnapshotCodec.encode(s.content(), NOW, "0.1.0", true);
            assertThat(new String(again, StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(GOLDEN.resolve("format-" + SnapshotFormat.CURRENT_VERSION + ".json")));
        }
    }

    @Test
    void withoutPersonalDataParticipantsAreNumberedAndTheFacilitatorUnnamed() {
        try (Store s = store("p")) {
            Snapshots.importInto(s, GOLDEN.resolve("format-2.json"), false);
            decide(s);
            String text = new String(SnapshotCodec.encode(s.content(), NOW, "0.1.0", false), StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("Jonas Weber", "Anna Moderatorin").contains("\"participant\" : \"#1\"");
        }
    }

    private static byte[] golden3(Consumer<ObjectNode> edit) throws IOException {
        var mapper = SnapshotCodec.mapper();
        ObjectNode root = (ObjectNode) mapper.readTree(GOLDEN.resolve("format-3.json").toFile());
        edit.accept(root);
        return mapper.writeValueAsBytes(root);
    }

    private static ObjectNode round(ObjectNode root) {
        return (ObjectNode) root.path("workshop").path("voteRounds").get(0);
    }

    @Test
    void badWorkshopPartsAreRefusedWithTheirPathLikeTheSchemaDoes() throws IOException {
        List<Consumer<ObjectNode>> edits = List.of(
                r -> ((ObjectNode) round(r).path("votes").get(0)).put("item", UUID.randomUUID().toString()),
                r -> round(r).put("maxPerItem", 5),
                r -> ((ObjectNode) r.path("workshop").path("matrix").get(0)).put("nutzen", 1.5),
                r -> round(r).remove("createdBy"),
                r -> round(r).put("participants", 1));
        List<String> paths = List.of("$.workshop.voteRounds[0].votes[0].item", "$.workshop.voteRounds[0].maxPerItem",
                "$.workshop.matrix[0].nutzen", "createdBy", "$.workshop.voteRounds[0].votes");
        for (int i = 0; i < edits.size(); i++) {
            byte[] bad = golden3(edits.get(i));
            assertThatThrownBy(() -> SnapshotCodec.decode(bad)).as(paths.get(i))
                    .isInstanceOf(SnapshotException.class).hasMessageContaining(paths.get(i));
            if (i == 2 || i == 3) { // the others are references and rules the schema cannot state
                assertThat(SnapshotCodec.schemaProblems(bad)).as(paths.get(i)).isNotEmpty();
            }
        }
    }

    @Test
    void aWorkshopInAFormat2FileIsRefused() throws IOException {
        byte[] bad = golden3(r -> {
            r.put("formatVersion", 2);
            // only the workshop is new here: tools lose what format 3 added to them as well
            r.path("catalogue").path("werkzeuge").forEach(t -> ((ObjectNode) t).remove("retired"));
        });
        assertThatThrownBy(() -> SnapshotCodec.decode(bad)).hasMessageContaining("$.workshop");
    }
}
