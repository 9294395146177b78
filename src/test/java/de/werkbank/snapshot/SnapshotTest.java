package de.werkbank.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.werkbank.content.StoreContent;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnapshotTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @TempDir
    Path dir;

    private Store store(String name, Seeder.Content content) {
        return Store.create(StoreLocation.in(dir.resolve(name)), tx -> Seeder.seed(tx, content));
    }

    private static java.util.List<String> schemaProblems(byte[] json) {
        try {
            return SnapshotCodec.schemaProblems(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private byte[] export(Store store) {
        return SnapshotCodec.encode(store.content(), NOW, "test", true);
    }

    @Test
    void theSampleStoreSurvivesExportImportExportUnchanged() throws IOException {
        Path file = dir.resolve("plan.json");
        byte[] first;
        try (Store sample = store("sample", Seeder.Content.SAMPLE)) {
            Snapshots.export(sample, file, NOW, "test", true);
            first = Files.readAllBytes(file);
        }
        assertThat(schemaProblems(first)).isEmpty();
        try (Store empty = store("empty", Seeder.Content.EMPTY)) {
            Snapshots.importInto(empty, file, false);
            assertThat(new String(export(empty), StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
            assertThat(empty.history()).hasSameSizeAs(SnapshotCodec.decode(first).history());
            assertThat(empty.log()).anyMatch(line -> line.startsWith("import: plan.json"));
        }
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).contains("\"format\" : \"werkbank-snapshot\"", "\"formatVersion\" : " + SnapshotFormat.CURRENT_VERSION, "Bürgerbus Nideggen–Heimbach",
                "Halbzeitbilanz 2026 (Beispiel)")
                .doesNotContain("\r");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void generatedPlansRoundTripExactly(long seed) {
        StoreContent content = GeneratedContent.of(seed, 60 + (int) (seed % 50), 4, 80);
        byte[] first = SnapshotCodec.encode(content, NOW, "test", true);
        assertThat(schemaProblems(first)).isEmpty();
        try (Store empty = store("empty-" + seed, Seeder.Content.EMPTY)) {
            empty.replaceContent(SnapshotCodec.decode(first), "generated");
            assertThat(new String(export(empty), StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        }
    }

    @Test
    void withoutPersonalDataNoPersonIsNamedButOfficesStay() {
        try (Store sample = store("sample", Seeder.Content.SAMPLE)) {
            String text = new String(SnapshotCodec.encode(sample.content(), NOW, "test", false), StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("Julia Hoffmann", "Sabine Krämer").contains("Amt für Mobilität und ÖPNV")
                    .contains("\"personalData\" : false");
            StoreContent decoded = SnapshotCodec.decode(text.getBytes(StandardCharsets.UTF_8));
            assertThat(decoded.registry()).allMatch(a -> a.kind() == de.werkbank.sheet.Actor.Kind.OFFICE);
        }
    }

    @Test
    void aStoreWithAPlanIsReplacedOnlyWhenAskedAndThenKeepsABackup() throws IOException {
        Path file = dir.resolve("generated.json");
        Files.write(file, SnapshotCodec.encode(GeneratedContent.of(7, 30, 2, 10), NOW, "test", true));
        try (Store sample = store("sample", Seeder.Content.SAMPLE)) {
            byte[] before = export(sample);
            assertThatThrownBy(() -> Snapshots.importInto(sample, file, false))
                    .isInstanceOf(SnapshotException.class).hasMessageContaining("--replace");
            assertThat(export(sample)).isEqualTo(before);

            Path backup = Snapshots.importInto(sample, file, true).orElseThrow();
            assertThat(backup).exists();
            assertThat(sample.plan().orElseThrow().cards().size() + sample.archivedCards().size()).isEqualTo(30);
        }
    }

    @Test
    void everyGoldenSnapshotOfAFormatVersionThatReachedMainStillImports() throws IOException {
        Path golden = Path.of("src/test/resources/snapshot/golden");
        try (var files = Files.list(golden)) {
            var all = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(all).extracting(f -> f.getFileName().toString()).contains("format-1.json", "format-2.json", "format-3.json",
                    "format-4.json");
            for (Path f : all) {
                try (Store empty = store("golden-" + f.getFileName(), Seeder.Content.EMPTY)) {
                    Snapshots.importInto(empty, f, false);
                    assertThat(empty.plan()).isPresent();
                }
            }
        }
    }
}
