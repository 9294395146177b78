package de.werkbank.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.werkbank.content.StoreContent;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format 5: an imported card's source id travels with it through a snapshot. */
class SourceSnapshotTest {

    static final Path GOLDEN = Path.of("src/test/resources/snapshot/golden");

    @TempDir
    Path dir;

    private Store store(String name) {
        return Store.create(StoreLocation.in(dir.resolve(name)), tx -> Seeder.seed(tx, Seeder.Content.EMPTY));
    }

    private static Map<UUID, String> sources(Store s) {
        return s.<Map<UUID, String>>transaction(tx -> tx.cardSources().all());
    }

    @Test
    void theSourcesOfTheGoldenFileArriveInTheStoreAndGoOutAgain() throws IOException {
        byte[] golden = Files.readAllBytes(GOLDEN.resolve("format-5.json"));
        assertThat(SnapshotCodec.schemaProblems(golden)).isEmpty();
        try (Store s = store("a")) {
            Snapshots.importInto(s, GOLDEN.resolve("format-5.json"), false);
            Map<UUID, String> sources = sources(s);
            assertThat(sources.values()).containsExactlyInAnyOrder("trello:65f1a2b3c4d5e6f708091a2b/card-buergerbus",
                    "planner:demografiewerkstatt kreis dueren/kL9pQw2E");
            UUID bus = sources.entrySet().stream().filter(e -> e.getValue().startsWith("trello")).findFirst()
                    .orElseThrow().getKey();
            assertThat(s.card(bus).orElseThrow().title()).startsWith("Bürgerbus");
            String again = new String(SnapshotCodec.encode(s.content(), WorkshopSnapshotTest.NOW, "0.1.0", true),
                    StandardCharsets.UTF_8);
            assertThat(again).isEqualTo(Files.readString(GOLDEN.resolve("format-5.json")));
            // without personal data no source goes out (a list's source names the measure's title)
            assertThat(new String(SnapshotCodec.encode(s.content(), WorkshopSnapshotTest.NOW, "0.1.0", false),
                    StandardCharsets.UTF_8)).doesNotContain("card-buergerbus", "kL9pQw2E");
        }
    }

    @Test
    void aFormat4FileStillImportsWithoutSources() {
        try (Store s = store("b")) {
            Snapshots.importInto(s, GOLDEN.resolve("format-4.json"), false);
            assertThat(s.plan()).isPresent();
            assertThat(sources(s)).isEmpty();
        }
    }

    @Test
    void aSourceInAFormat4FileOrTwiceIsRefusedWithItsPath() throws IOException {
        var mapper = SnapshotCodec.mapper();
        ObjectNode four = (ObjectNode) mapper.readTree(GOLDEN.resolve("format-4.json").toFile());
        ((ObjectNode) four.path("plan").path("cards").get(0)).put("source", "trello:x/y");
        assertThatThrownBy(() -> SnapshotCodec.decode(mapper.writeValueAsBytes(four)))
                .isInstanceOf(SnapshotException.class).hasMessageContaining("plan.cards[0].source");

        ObjectNode five = (ObjectNode) mapper.readTree(GOLDEN.resolve("format-5.json").toFile());
        ((ObjectNode) five.path("plan").path("cards").get(0)).put("source", "trello:65f1a2b3c4d5e6f708091a2b/card-buergerbus");
        byte[] twice = mapper.writeValueAsBytes(five);
        assertThatThrownBy(() -> SnapshotCodec.decode(twice)).isInstanceOf(SnapshotException.class)
                .hasMessageContaining("card-buergerbus");
        StoreContent ok = SnapshotCodec.decode(Files.readAllBytes(GOLDEN.resolve("format-5.json")));
        assertThat(ok.cardSources()).hasSize(2);
    }
}
