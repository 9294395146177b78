package de.werkbank.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot that Jackson cannot bind, or whose values the store could not hold, is refused in the UI
 * language (German here) with its JSON path and, where the file has one, its line and column; none of
 * Jackson's English reaches the message.
 */
class SnapshotReadingTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static byte[] sample;
    /** The first card with steps in the sample, as a JSON pointer and as a JSON path. */
    private static String card;
    private static String cardPath;

    @BeforeAll
    static void exportTheSample(@TempDir Path dir) {
        try (Store store = Store.create(StoreLocation.in(dir.resolve("s")), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            sample = SnapshotCodec.encode(store.content(), NOW, "test", true);
        }
        try {
            var cards = SnapshotCodec.mapper().readTree(sample).at("/plan/cards");
            int i = 0;
            while (cards.get(i).at("/sheet/steps").size() == 0 || cards.get(i).at("/sheet/indicators").size() == 0) {
                i++;
            }
            card = "/plan/cards/" + i;
            cardPath = "$.plan.cards[" + i + "]";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] edited(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode tree = (ObjectNode) SnapshotCodec.mapper().readTree(sample);
        edit.accept(tree);
        return SnapshotCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
    }

    private static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    /** The message of refusing {@code json}, checked to be free of Jackson's own words. */
    private static String refusal(byte[] json) {
        var refused = assertThatThrownBy(() -> SnapshotCodec.decode(json)).isInstanceOf(SnapshotException.class);
        String[] message = new String[1];
        refused.satisfies(e -> message[0] = e.getMessage());
        assertThat(message[0]).doesNotContain("Cannot", "deserialize", "java.", "Jackson", "StreamReadConstraints",
                "exceeds", "Unrecognized", "out of range of");
        return message[0];
    }

    @Test
    void aMalformedIdIsNamedInGermanWithItsPathLineAndColumn() throws IOException {
        String message = refusal(edited(r -> at(r, "/plan/cards/2").put("id", "keine-uuid")));
        assertThat(message).contains("„keine-uuid“", "$.plan.cards[2].id", "Zeile ", "Spalte ", "Kennung (UUID");
    }

    @Test
    void aMalformedDateIsNamedInGermanWithItsPath() throws IOException {
        String message = refusal(edited(r -> at(r, card + "/sheet/steps/0").put("due", "2026-13-45")));
        assertThat(message).contains("„2026-13-45“", cardPath + ".sheet.steps[0].due", "Zeile ", "Datum (JJJJ-MM-TT)");
        assertThat(refusal(edited(r -> r.put("exportedAt", "gestern")))).contains("$.exportedAt", "Zeitpunkt");
    }

    @Test
    void aDateBeyondTheYear9999IsRefusedBeforeTheStore() throws IOException {
        assertThat(refusal(edited(r -> at(r, card + "/sheet/steps/0").put("due", "+10000-01-01"))))
                .contains(cardPath + ".sheet.steps[0].due", "9999");
        assertThat(refusal(edited(r -> at(r, "/plan/cards/1").put("createdAt", "+10000-01-01T00:00:00Z"))))
                .contains("$.plan.cards[1].createdAt");
    }

    @Test
    void anUnknownStatusNamesTheAllowedValues() throws IOException {
        assertThat(refusal(edited(r -> at(r, card + "/sheet/steps/0").put("status", "FERTIG"))))
                .contains("„FERTIG“", cardPath + ".sheet.steps[0].status", "OPEN, IN_PROGRESS, DONE, BLOCKED");
    }

    @Test
    void anUnknownFieldOrAValueOfTheWrongKindIsNamedInGerman() throws IOException {
        assertThat(refusal(edited(r -> at(r, "/plan/cards/1").put("farbe", "rot"))))
                .contains("unbekannte Feld „farbe“", "$.plan.cards[1]", "Zeile ");
        assertThat(refusal(edited(r -> at(r, "/plan").put("columns", "Vorschlag"))))
                .contains("$.plan.columns", "falschen Art", "eine Liste");
    }

    @Test
    void aNumberTooLargeForItsFieldIsNamedWithItsPath() throws IOException {
        String json = new String(edited(r -> at(r, "/plan/columns/0").put("wipLimit", 7)), StandardCharsets.UTF_8)
                .replaceFirst("\"wipLimit\" : 7", "\"wipLimit\" : 99999999999999");
        assertThat(refusal(json.getBytes(StandardCharsets.UTF_8))).contains("zu groß", "$.plan.columns[0].wipLimit", "Zeile ");
    }

    @Test
    void jsonNested50000DeepIsRefusedInGermanWithWhereItGoesTooDeep() {
        String deep = "{\"format\": \"werkbank-snapshot\", \"formatVersion\": 3,\n \"history\": [{\"change\": "
                + "[".repeat(50_000) + "]".repeat(50_000) + "}]}";
        assertThat(refusal(deep.getBytes(StandardCharsets.UTF_8)))
                .contains("zu tief verschachtelt", "$.history[0].change", "Zeile 2", "64");
        assertThat(refusal("[".repeat(50_000).getBytes(StandardCharsets.UTF_8))).doesNotContain("nesting");
    }

    @Test
    void textsLongerThanTheirColumnInTheStoreAreRefusedWithTheirPath() throws IOException {
        assertThat(refusal(edited(r -> at(r, "/catalogue/handlungsfelder/0").put("zukunftsbild", "z".repeat(20_001)))))
                .contains("$.catalogue.handlungsfelder[0].zukunftsbild", "20.001", "20.000");
        assertThat(refusal(edited(r -> at(r, "/registry/0").put("name", "n".repeat(201)))))
                .contains("$.registry[0].name", "201", "200");
        assertThat(refusal(edited(r -> at(r, card + "/sheet/steps/0").put("withWhom", "w".repeat(501)))))
                .contains(cardPath + ".sheet.steps[0].withWhom", "500");
        assertThat(refusal(edited(r -> at(r, card + "/sheet").put("description", "d".repeat(20_001)))))
                .contains(cardPath + ".sheet.description", "20.000");
        assertThat(refusal(edited(r -> at(r, "/catalogue/werkzeuge/3").put("title", "t".repeat(201)))))
                .contains("$.catalogue.werkzeuge[3].title", "200");
        assertThat(refusal(edited(r -> at(r, "/plan").put("name", "p".repeat(201)))))
                .contains("$.plan.name", "200");
    }

    @Test
    void anIndicatorFigureOf10To16OrMoreIsRefusedWithItsPath() throws IOException {
        assertThat(refusal(edited(r -> at(r, card + "/sheet/indicators/0").put("target", new java.math.BigDecimal("1E+16")))))
                .contains(cardPath + ".sheet.indicators[0].target");
    }

    @Test
    void aRegistryEntryWhoseNameIsOnlySpacesIsRefusedWithItsPathNotWithARawException() throws IOException {
        assertThat(refusal(edited(r -> at(r, "/registry/0").put("name", "   ")))).contains("$.registry[0].name");
    }
}
