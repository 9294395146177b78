package de.werkbank.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Backups;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad snapshot is refused with a message that names the problem, and the store stays as it was. */
class BadSnapshotTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @TempDir
    Path dir;

    private Store store;
    private byte[] before;
    private byte[] good;

    @BeforeEach
    void open() {
        store = Store.create(StoreLocation.in(dir.resolve("store")), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
        before = SnapshotCodec.encode(store.content(), NOW, "test", true);
        good = SnapshotCodec.encode(GeneratedContent.of(5, 20, 2, 5), NOW, "test", true);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Refused by the reader and, as the format's JSON Schema says the same, by the schema too. */
    private void refusedLikeTheSchema(byte[] file, String... messageParts) throws IOException {
        assertThat(SnapshotCodec.schemaProblems(file)).isNotEmpty();
        refused(file, messageParts);
    }

    private void refused(byte[] file, String... messageParts) throws IOException {
        Path path = dir.resolve("bad.json");
        Files.write(path, file);
        List<Backups.Backup> backups = Backups.list(store.location());
        assertThatThrownBy(() -> Snapshots.importInto(store, path, true))
                .isInstanceOf(SnapshotException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(messageParts));
        assertThat(SnapshotCodec.encode(store.content(), NOW, "test", true)).isEqualTo(before);
        assertThat(store.log()).noneMatch(l -> l.startsWith("import:"));
        // the backup taken while the file was read is gone again, and none older was deleted for it
        assertThat(Backups.list(store.location())).isEqualTo(backups);
    }

    private byte[] edited(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode tree = (ObjectNode) SnapshotCodec.mapper().readTree(good);
        edit.accept(tree);
        return SnapshotCodec.mapper().writeValueAsBytes(tree);
    }

    private static ObjectNode card(ObjectNode root, int i) {
        return (ObjectNode) root.path("plan").path("cards").get(i);
    }

    @Test
    void notJsonIsRefusedWithLineAndColumn() throws IOException {
        refused("{\n  \"format\": \"werkbank-snapshot\",\n  oops\n}".getBytes(StandardCharsets.UTF_8), "kein gültiges JSON", "Zeile 3");
    }

    @Test
    void anotherFormatIsRefused() throws IOException {
        refusedLikeTheSchema(edited(r -> r.put("format", "trello-board")), "kein Werkbank-Snapshot", "trello-board");
        refused("[1, 2]".getBytes(StandardCharsets.UTF_8), "kein Werkbank-Snapshot");
    }

    @Test
    void aRetiredToolInAFormatVersionBefore3IsRefused() throws IOException {
        refusedLikeTheSchema(edited(r -> {
            r.put("formatVersion", 2);
            ((ObjectNode) r.path("catalogue").path("werkzeuge").get(0)).put("retired", true);
        }), "$.catalogue.werkzeuge[0].retired", "Formatversion 2");
    }

    @Test
    void aNewerFormatVersionAsksForAnUpdate() throws IOException {
        refused(edited(r -> r.put("formatVersion", 99)), "Formatversion 99", "aktualisieren");
        refused(edited(r -> {
            r.put("formatVersion", 6);
            r.put("someFieldOfVersion6", true);
        }), "Formatversion 6", "aktualisieren");
    }

    @Test
    void aMissingRequiredFieldIsNamedWithItsPath() throws IOException {
        refusedLikeTheSchema(edited(r -> card(r, 3).remove("title")), "$.plan.cards[3]", "title");
        refusedLikeTheSchema(edited(r -> card(r, 2).putNull("title")), "$.plan.cards[2].title");
    }

    @Test
    void unknownFieldsAndWrongTypesAreNamedWithTheirPath() throws IOException {
        refusedLikeTheSchema(edited(r -> card(r, 1).put("colour", "red")), "$.plan.cards[1]", "colour");
        refusedLikeTheSchema(edited(r -> card(r, 2).put("archived", "yes")), "$.plan.cards[2].archived");
        refusedLikeTheSchema(edited(r -> card(r, 2).put("createdAt", "gestern")), "$.plan.cards[2].createdAt");
    }

    @Test
    void danglingReferencesAreRefused() throws IOException {
        refused(edited(r -> card(r, 4).put("werkzeug", "00000000-0000-0000-0000-000000000001")),
                "$.plan.cards[4].werkzeug", "nicht enthält");
        refused(edited(r -> card(r, 0).put("column", "00000000-0000-0000-0000-000000000002")), "$.plan.cards[0].column");
    }

    @Test
    void duplicateIdsAreRefused() throws IOException {
        refused(edited(r -> card(r, 1).put("id", card(r, 0).get("id").asText())), "Doppelte Kennung", "$.plan.cards[1].id");
    }

    /** The first card with a sheet that has an indicator, and the index of that card. */
    private static int cardWithIndicator(ObjectNode root) {
        JsonNode cards = root.path("plan").path("cards");
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).path("sheet").path("indicators").size() > 0) {
                return i;
            }
        }
        throw new IllegalStateException("no card of the generated plan has an indicator");
    }

    @Test
    void anElementWrittenAsNullIsNamed() throws IOException {
        refused(edited(r -> ((ArrayNode) r.path("plan").path("cards")).set(3, NullNode.getInstance())), "$.plan.cards[3]");
        refused(edited(r -> ((ArrayNode) r.path("history")).set(2, NullNode.getInstance())), "$.history[2]");
        refused(edited(r -> ((ArrayNode) r.path("catalogue").path("werkzeuge")).set(1, NullNode.getInstance())),
                "$.catalogue.werkzeuge[1]");
        refused(edited(r -> {
            ObjectNode sheet = (ObjectNode) card(r, cardWithIndicator(r)).path("sheet");
            ((ArrayNode) sheet.path("steps")).addNull();
        }), ".sheet.steps[", "fehlt ein Wert");
    }

    @Test
    void repeatsWithinASheetAreRefused() throws IOException {
        // an area named twice in one sheet
        refused(edited(r -> {
            String area = r.path("areas").get(0).path("key").asText();
            ((ObjectNode) card(r, cardWithIndicator(r)).path("sheet")).putArray("areas").add(area).add(area);
        }), "Doppelte Kennung", ".sheet.areas[1]");
        // the same prerequisite twice, and a card that waits for itself
        refused(edited(r -> {
            int i = cardWithIndicator(r);
            String other = card(r, i == 0 ? 1 : 0).path("id").asText();
            ((ObjectNode) card(r, i).path("sheet")).putArray("dependsOn").add(other).add(other);
        }), "Doppelte Kennung", ".sheet.dependsOn[1]");
        refused(edited(r -> {
            int i = cardWithIndicator(r);
            ((ObjectNode) card(r, i).path("sheet")).putArray("dependsOn").add(card(r, i).path("id").asText());
        }), "Doppelte Kennung", ".sheet.dependsOn[0]");
        // two values of one indicator on the same day, the second named
        refused(edited(r -> {
            ObjectNode indicator = (ObjectNode) card(r, cardWithIndicator(r)).path("sheet").path("indicators").get(0);
            indicator.remove("link");
            ArrayNode values = indicator.putArray("measurements");
            values.addObject().put("date", "2026-03-01").put("value", 4).put("note", "");
            values.addObject().put("date", "2026-06-01").put("value", 5).put("note", "");
            values.addObject().put("date", "2026-03-01").put("value", 6).put("note", "");
        }), "Zwei Messwerte", "2026", ".indicators[0].measurements[2].date");
    }

    @Test
    void absurdSizesAreRefused() throws IOException {
        refusedLikeTheSchema(edited(r -> card(r, 0).put("title", "x".repeat(5000))), "$.plan.cards[0].title", "5.000");
        refusedLikeTheSchema(edited(r -> {
            ArrayNode cards = (ArrayNode) r.path("plan").path("cards");
            JsonNode one = cards.get(0);
            for (int i = 0; i < 200_001; i++) {
                cards.add(one);
            }
        }), "$.plan.cards", "200.000");
    }

    @Test
    void aNegativeBudgetOrAnEndBeforeTheStartIsRefused() throws IOException {
        refusedLikeTheSchema(edited(r -> {
            for (JsonNode c : r.path("plan").path("cards")) {
                if (c.path("sheet").isObject()) {
                    ((ObjectNode) c.path("sheet")).putObject("budget").put("amount", -5).put("source", "");
                    break;
                }
            }
        }), "budget.amount");
        refused(edited(r -> {
            for (JsonNode c : r.path("plan").path("cards")) {
                if (c.path("sheet").isObject()) {
                    ((ObjectNode) c.path("sheet")).put("start", "2027-01-01").put("end", "2026-01-01");
                    break;
                }
            }
        }), "Ende vor dem Beginn");
    }

    @Test
    void aHistoryChangeWithoutItsKindIsRefused() throws IOException {
        refusedLikeTheSchema(edited(r -> ((ObjectNode) r.path("history").get(1).path("change")).remove("kind")),
                "$.history[1].change.kind");
        refusedLikeTheSchema(edited(r -> ((ObjectNode) r.path("history").get(2)).put("change", "moveCard")),
                "$.history[2].change.kind");
    }

    @Test
    void everyExportMatchesTheFormatsJsonSchema() throws IOException {
        assertThat(SnapshotCodec.schemaProblems(before)).isEmpty();
        assertThat(SnapshotCodec.schemaProblems(good)).isEmpty();
        assertThat(SnapshotCodec.schemaProblems(SnapshotCodec.encode(store.content(), NOW, "test", false))).isEmpty();
    }

    @Test
    void aBadFileCostsNoneOfTheKeptBackups() throws IOException {
        Path path = dir.resolve("good.json");
        Files.write(path, good);
        for (int i = 0; i < Backups.keep(); i++) {
            Snapshots.importInto(store, path, true);
        }
        byte[] imported = SnapshotCodec.encode(store.content(), NOW, "test", true);
        List<Backups.Backup> kept = Backups.list(store.location());
        assertThat(kept).hasSize(Backups.keep());
        Path bad = dir.resolve("bad.json");
        Files.write(bad, edited(r -> r.put("format", "trello-board")));
        assertThatThrownBy(() -> Snapshots.importInto(store, bad, true)).hasMessageContaining("trello-board");
        assertThat(Backups.list(store.location())).isEqualTo(kept);
        assertThat(SnapshotCodec.encode(store.content(), NOW, "test", true)).isEqualTo(imported);
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> Snapshots.importInto(store, dir.resolve("nirgends.json"), true))
                .isInstanceOf(SnapshotException.class).hasMessageContaining("nirgends.json");
    }
}
