package de.werkbank.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.werkbank.content.StoreContent;
import de.werkbank.seed.Seeder;
import de.werkbank.sheet.DataLink;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Measurement;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format 4: a sheet's indicators carry their measured values and their Datencheck link. */
class MeasurementSnapshotTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @TempDir
    Path dir;

    private Store sample;

    @BeforeEach
    void open() {
        sample = Store.create(StoreLocation.in(dir.resolve("sample")), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
    }

    @AfterEach
    void close() {
        sample.close();
    }

    private static List<Indicator> indicators(StoreContent content) {
        return content.sheets().values().stream().flatMap(s -> s.indicators().stream()).toList();
    }

    private ObjectNode tree() throws IOException {
        return (ObjectNode) SnapshotCodec.mapper().readTree(SnapshotCodec.encode(sample.content(), NOW, "test", true));
    }

    /** The first indicator of the sample that has measured values, in a snapshot's tree. */
    private static ObjectNode measuredIndicator(ObjectNode root) {
        for (var card : root.path("plan").path("cards")) {
            for (var indicator : card.path("sheet").path("indicators")) {
                if (!indicator.path("measurements").isEmpty()) {
                    return (ObjectNode) indicator;
                }
            }
        }
        throw new AssertionError("the sample has no measured values");
    }

    private static void refused(byte[] file, String... parts) throws IOException {
        assertThat(SnapshotCodec.schemaProblems(file)).isNotEmpty();
        assertThatThrownBy(() -> SnapshotCodec.decode(file)).isInstanceOf(SnapshotException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(parts));
    }

    private byte[] edited(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode root = tree();
        edit.accept(root);
        return SnapshotCodec.mapper().writeValueAsBytes(root);
    }

    @Test
    void measuredValuesAndTheDatencheckLinkGoOutAndComeBackUnchanged() throws IOException {
        byte[] first = SnapshotCodec.encode(sample.content(), NOW, "test", true);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).contains("\"formatVersion\" : " + SnapshotFormat.CURRENT_VERSION, "\"measurements\" : [", "\"note\" : \"Strichliste November\"",
                "\"figure\" : \"anteil_65_plus\"", "\"area\" : \"05358012\"");
        assertThat(SnapshotCodec.schemaProblems(first)).isEmpty();

        StoreContent back = SnapshotCodec.decode(first);
        assertThat(indicators(back)).containsExactlyInAnyOrderElementsOf(indicators(sample.content()));
        assertThat(indicators(back)).filteredOn(i -> i.link() != null).extracting(Indicator::link)
                .containsExactly(new DataLink("anteil_65_plus", "05358012"));
        try (Store empty = Store.create(StoreLocation.in(dir.resolve("empty")), tx -> Seeder.seed(tx, Seeder.Content.EMPTY))) {
            Path file = dir.resolve("plan.json");
            Files.write(file, first);
            Snapshots.importInto(empty, file, false);
            assertThat(SnapshotCodec.encode(empty.content(), NOW, "test", true)).isEqualTo(first);
        }
    }

    @Test
    void withoutPersonalDataANoteNamesNobody() throws IOException {
        String person = sample.actors().stream().filter(a -> a.kind() == de.werkbank.sheet.Actor.Kind.PERSON)
                .findFirst().orElseThrow().name();
        Werkzeugblatt sheet = sample.content().sheets().values().stream().filter(s -> !s.indicators().isEmpty())
                .findFirst().orElseThrow();
        Indicator first = sheet.indicators().get(0);
        Measurement named = new Measurement(LocalDate.of(2026, 11, 1), BigDecimal.ONE, "gezählt von " + person);
        StoreContent content = sample.content();
        Map<UUID, Werkzeugblatt> sheets = new HashMap<>(content.sheets());
        sheets.put(sheet.card(), sheet.with(d -> d.indicators.set(0, first.withLink(null).withMeasurements(List.of(named)))));
        StoreContent withName = new StoreContent(content.catalogueVersion(), content.catalogue(), content.areas(),
                content.registry(), content.plan(), content.archivedCards(), sheets, content.history(), content.workshop());

        String without = new String(SnapshotCodec.encode(withName, NOW, "test", false), StandardCharsets.UTF_8);
        assertThat(without).contains("gezählt von [Person]").doesNotContain(person);
        assertThat(new String(SnapshotCodec.encode(withName, NOW, "test", true), StandardCharsets.UTF_8))
                .contains("gezählt von " + person);
    }

    @Test
    void theGoldenFileOfVersion3ImportsWithIndicatorsWithoutValues() throws IOException {
        byte[] golden = Files.readAllBytes(Path.of("src/test/resources/snapshot/golden/format-3.json"));
        StoreContent content = SnapshotCodec.decode(golden);
        assertThat(indicators(content)).isNotEmpty()
                .allSatisfy(i -> assertThat(i.measurements()).isEmpty())
                .allSatisfy(i -> assertThat(i.link()).isNull());
    }

    @Test
    void valuesAFormat3FileCannotHoldAndBrokenValuesAreRefusedWithTheirPlace() throws IOException {
        refused(edited(r -> r.put("formatVersion", 3)), "Formatversion 3", "measurements");
        byte[] sameDay = edited(r -> {
            ArrayNode values = (ArrayNode) measuredIndicator(r).path("measurements");
            values.add(((ObjectNode) values.get(0).deepCopy()).put("value", 12345));
        });
        // one value a date is a rule between items, which the schema cannot state: the reader checks it
        assertThatThrownBy(() -> SnapshotCodec.decode(sameDay)).isInstanceOf(SnapshotException.class)
                .hasMessageContaining("am ").hasMessageContaining("measurements[");
        refused(edited(r -> ((ObjectNode) measuredIndicator(r).path("measurements").get(0)).remove("value")),
                "measurements[0].value");
        refused(edited(r -> ((ObjectNode) measuredIndicator(r).path("measurements").get(0))
                .put("value", new BigDecimal("1E+17"))), "measurements[0].value");
        refused(edited(r -> ((ObjectNode) measuredIndicator(r).path("measurements").get(0))
                .put("note", "x".repeat(4001))), "measurements[0].note");
    }

    @Test
    void aLinkToAnUnknownAreaAndALinkBesideTypedValuesAreRefused() throws IOException {
        assertThatThrownBy(() -> SnapshotCodec.decode(edited(r -> measuredIndicator(r).putObject("link")
                .put("figure", "anteil_65_plus").put("area", "99999999"))))
                .isInstanceOf(SnapshotException.class).hasMessageContaining("99999999").hasMessageContaining(".link.area");
        assertThatThrownBy(() -> SnapshotCodec.decode(edited(r -> measuredIndicator(r).putObject("link")
                .put("figure", "anteil_65_plus").put("area", "05358012"))))
                .isInstanceOf(SnapshotException.class).hasMessageContaining("verknüpfter Indikator");
    }

    @Test
    void theDiffNamesMeasuredValuesAddedChangedAndRemoved() {
        StoreContent before = sample.content();
        Werkzeugblatt sheet = before.sheets().values().stream()
                .filter(s -> s.indicators().stream().anyMatch(i -> i.measurements().size() >= 2)).findFirst().orElseThrow();
        Indicator indicator = sheet.indicators().stream().filter(i -> i.measurements().size() >= 2).findFirst().orElseThrow();
        List<Measurement> was = indicator.measurements();
        Measurement changed = new Measurement(was.get(0).date(), was.get(0).value().add(BigDecimal.ONE), was.get(0).note());
        Measurement added = new Measurement(LocalDate.of(2026, 12, 31), BigDecimal.TEN, "");
        Indicator after = indicator.withMeasurements(List.of(changed, added));
        Map<UUID, Werkzeugblatt> sheets = new HashMap<>(before.sheets());
        sheets.put(sheet.card(), sheet.with(d -> d.indicators.replaceAll(i -> i.id().equals(after.id()) ? after : i)));
        StoreContent now = new StoreContent(before.catalogueVersion(), before.catalogue(), before.areas(), before.registry(),
                before.plan(), before.archivedCards(), sheets, before.history(), before.workshop(), before.reviews());

        String title = before.plan().cards().stream().filter(c -> c.id().equals(sheet.card())).findFirst().orElseThrow().title();
        List<String> expected = new java.util.ArrayList<>(List.of(
                "„" + title + "“: Messwert " + indicator.name() + " " + was.get(0).date() + " geändert",
                "„" + title + "“: Messwert " + indicator.name() + " 2026-12-31 hinzugefügt"));
        was.subList(1, was.size()).forEach(m -> expected.add("„" + title + "“: Messwert " + indicator.name() + " "
                + m.date() + " entfernt"));
        assertThat(SnapshotDiff.between(before, now)).extracting(SnapshotDiff.Change::describe)
                .containsExactlyElementsOf(expected);
    }
}
