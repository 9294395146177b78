package de.werkbank.intake;

import static de.werkbank.intake.IntakeFixtures.editor;
import static de.werkbank.intake.IntakeFixtures.options;
import static de.werkbank.intake.IntakeFixtures.resource;
import static de.werkbank.intake.IntakeFixtures.sampleStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.plan.Card;
import de.werkbank.plan.PlanColumn;
import de.werkbank.plan.PlanEditor;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.StepStatus;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Trello board export, as a team's board looks, brought into the sample plan. */
class TrelloImportTest {

    private static final String FILE = "trello-demografiewerkstatt.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static MeasureSource board() {
        return TrelloReader.read(FILE, resource(FILE));
    }

    private static IntakeMapping mapping() {
        return IntakeMapping.read(Path.of("src/test/resources/intake/trello-mapping.json"));
    }

    private static ImportPlan plan(Store store, MeasureSource source, IntakeMapping mapping) {
        return MeasureImport.plan(source, IntakeContext.of(store), options(mapping));
    }

    private static Map<String, Card> cardsByTitle(Store store) {
        List<Card> all = new java.util.ArrayList<>(store.plan().orElseThrow().cards());
        all.addAll(store.archivedCards());
        return all.stream().collect(Collectors.toMap(Card::title, Function.identity()));
    }

    private static Map<UUID, String> sources(Store store) {
        return store.<Map<UUID, String>>transaction(tx -> tx.cardSources().all());
    }

    private static String column(Store store, Card card) {
        return store.plan().orElseThrow().columns().stream().filter(c -> c.id().equals(card.column()))
                .map(PlanColumn::name).findFirst().orElseThrow();
    }

    @Test
    void theBoardsCardsBecomeCardsInTheirColumnsWithStepsDatesAndArchive() {
        try (Store store = sampleStore(dir.resolve("s"))) {
            int before = store.plan().orElseThrow().cards().size();
            ImportPlan plan = plan(store, board(), mapping());
            assertThat(plan.problems()).isEmpty();
            assertThat(plan.newCards()).hasSize(7);
            editor(store).execute(ImportMeasures.of(plan));

            Map<String, Card> cards = cardsByTitle(store);
            Map<UUID, Werkzeug> tools = store.catalogue().werkzeugeById();
            Card bus = cards.get("Bürgerbus im ländlichen Raum");
            assertThat(tools.get(bus.werkzeug()).code()).isEqualTo("W-061");
            assertThat(column(store, bus)).isEqualTo("In Umsetzung");
            assertThat(bus.handlungsfeld()).isEqualTo("MOBILITAET");
            Werkzeugblatt busSheet = store.sheet(bus.id());
            assertThat(busSheet.steps()).extracting(Step::text, Step::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Bürgerbusverein gründen", StepStatus.DONE),
                    org.assertj.core.groups.Tuple.tuple("Fahrzeug über Förderprogramm beschaffen", StepStatus.DONE),
                    org.assertj.core.groups.Tuple.tuple("Fahrplan mit der Rurtalbahn abstimmen", StepStatus.OPEN));
            assertThat(busSheet.start()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(busSheet.end()).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(busSheet.description()).startsWith("Ehrenamtliche fahren").contains("Heimbach und Nideggen");

            // due at 23:00 UTC is the next day in Düren, as Trello shows it there
            Card benches = cards.get("Mitfahrbänke in den Dörfern aufstellen");
            assertThat(tools.get(benches.werkzeug()).code()).isEqualTo("W-063");
            assertThat(store.sheet(benches.id()).end()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(column(store, benches)).isEqualTo("In Planung");

            // a label without a name, mapped by its colour; a list with an emoji, mapped by name
            Card repair = cards.get("Repair-Café in Kreuzau 🔧");
            Werkzeug repairTool = tools.get(repair.werkzeug());
            assertThat(repairTool.kind()).isEqualTo(Kind.GREEN);
            assertThat(repairTool.handlungsfeld()).isEqualTo("BILDUNG");
            assertThat(repair.handlungsfeld()).isEqualTo("BILDUNG");
            assertThat(column(store, repair)).isEqualTo("Vorschlag");
            assertThat(store.sheet(repair.id()).steps()).extracting(Step::text).containsExactly(
                    "Raum im Pfarrheim klären", "Flyer für die Grundschule",
                    "Werkzeugspende der Kreishandwerkerschaft anfragen");

            assertThat(column(store, cards.get("Wohnberatung für barrierefreies Wohnen"))).isEqualTo("Verstetigt");
            assertThat(cards.get("Wohnberatung für barrierefreies Wohnen").handlungsfeld()).isEqualTo("WOHNEN");
            // nothing names a field: the first one
            assertThat(cards.get("Seniorentreff Nideggen").handlungsfeld()).isEqualTo("FACHKRAEFTE");

            // a closed card and a card of an archived list go to the archive
            assertThat(store.archivedCards()).extracting(Card::title)
                    .contains("Leihfahrräder am Bahnhof Düren", "Generationen-Dorffest Vettweiß");
            assertThat(store.plan().orElseThrow().cards()).hasSize(before + 5);
            assertThat(store.catalogue().werkzeuge()).hasSize(104)
                    .filteredOn(w -> w.code().compareTo("W-100") > 0).extracting(Werkzeug::code)
                    .containsExactly("W-101", "W-102", "W-103", "W-104");
            assertThat(plan.byDefault()).isEqualTo(2);
        }
    }

    @Test
    void importingTheSameBoardAgainChangesNothing() {
        try (Store store = sampleStore(dir.resolve("s"))) {
            editor(store).execute(ImportMeasures.of(plan(store, board(), mapping())));
            int cards = cardsByTitle(store).size();
            ImportPlan again = plan(store, board(), mapping());
            assertThat(again.changesNothing()).isTrue();
            assertThat(again.unchanged()).isEqualTo(7);
            assertThat(again.newCards()).isEmpty();
            assertThat(cardsByTitle(store)).hasSize(cards);
        }
    }

    @Test
    void aChangedBoardUpdatesTheCardsImportedBefore() throws Exception {
        try (Store store = sampleStore(dir.resolve("s"))) {
            PlanEditor editor = editor(store);
            editor.execute(ImportMeasures.of(plan(store, board(), mapping())));
            int cards = cardsByTitle(store).size();

            ObjectNode changed = (ObjectNode) JSON.readTree(resource(FILE));
            for (var checklist : changed.get("checklists")) {
                for (var item : checklist.get("checkItems")) {
                    if (item.get("name").asText().startsWith("Fahrplan")) {
                        ((ObjectNode) item).put("state", "complete");
                    }
                }
            }
            ObjectNode bus = (ObjectNode) changed.get("cards").get(0);
            bus.put("due", "2027-09-30T10:00:00.000Z");
            bus.put("idList", "list-erledigt");
            MeasureSource source = TrelloReader.read(FILE, JSON.writeValueAsBytes(changed));

            ImportPlan update = plan(store, source, mapping());
            assertThat(update.newCards()).isEmpty();
            assertThat(update.updatedCards()).singleElement().satisfies(u -> {
                assertThat(u.card().title()).isEqualTo("Bürgerbus im ländlichen Raum");
                assertThat(u.changed()).containsExactly("intake.field.end", "intake.field.steps", "intake.field.column");
            });
            editor.execute(ImportMeasures.of(update));
            Card stored = cardsByTitle(store).get("Bürgerbus im ländlichen Raum");
            assertThat(column(store, stored)).isEqualTo("Verstetigt");
            assertThat(store.sheet(stored.id()).steps()).extracting(Step::status).containsOnly(StepStatus.DONE);
            assertThat(store.sheet(stored.id()).end()).isEqualTo(LocalDate.of(2027, 9, 30));
            assertThat(cardsByTitle(store)).hasSize(cards);
            assertThat(plan(store, source, mapping()).changesNothing()).isTrue();
        }
    }

    @Test
    void oneUndoTakesTheWholeImportBackAndItOutlivesARestart() {
        Path storeDir = dir.resolve("s");
        int cards;
        int tools;
        try (Store store = sampleStore(storeDir)) {
            cards = cardsByTitle(store).size();
            tools = store.catalogue().werkzeuge().size();
            editor(store).execute(ImportMeasures.of(plan(store, board(), mapping())));
            assertThat(store.history()).last().satisfies(h ->
                    assertThat(h.description()).contains("Demografiewerkstatt Kreis Düren 🚀", "7"));
        }
        try (Store store = Store.open(StoreLocation.in(storeDir))) {
            PlanEditor editor = editor(store);
            assertThat(editor.canUndo()).isTrue();
            editor.undo();
            assertThat(cardsByTitle(store)).hasSize(cards);
            assertThat(store.catalogue().werkzeuge()).hasSize(tools);
            assertThat(sources(store)).isEmpty();
            editor.redo();
            assertThat(cardsByTitle(store)).hasSize(cards + 7);
            assertThat(sources(store)).hasSize(7);
            assertThat(plan(store, board(), mapping()).changesNothing()).isTrue();
        }
    }

    @Test
    void withoutAMappingUnnamedLabelsAndUnknownListsGoToTheDefaults() {
        try (Store store = sampleStore(dir.resolve("s"))) {
            ImportPlan plan = MeasureImport.plan(board(), IntakeContext.of(store),
                    new IntakeOptions(IntakeMapping.none(), "TEILHABE", false, IntakeFixtures.NOW));
            ImportPlan.NewCard repair = plan.newCards().stream()
                    .filter(n -> n.card().title().startsWith("Repair")).findFirst().orElseThrow();
            assertThat(repair.card().handlungsfeld()).isEqualTo("TEILHABE");
            assertThat(repair.column().name()).isEqualTo("Vorschlag");
            assertThat(repair.how()).isEqualTo(ImportPlan.Match.NEW_TOOL);
            assertThat(plan.perField()).containsEntry("TEILHABE", 3).containsEntry("MOBILITAET", 3)
                    .containsEntry("WOHNEN", 1);
            assertThat(plan.byDefault()).isEqualTo(3);
        }
    }

    @Test
    void theUserChangesAMatchThroughTheMapping() {
        try (Store store = sampleStore(dir.resolve("s"))) {
            String benches = "trello:65f1a2b3c4d5e6f708091a2b/card-mitfahr";
            ImportPlan plan = plan(store, board(), mapping().withTool(benches, IntakeMapping.NEW_TOOL)
                    .withTool("trello:65f1a2b3c4d5e6f708091a2b/card-senioren", "W-048"));
            assertThat(plan.newCards()).filteredOn(n -> n.measure().sourceId().equals(benches)).singleElement()
                    .satisfies(n -> assertThat(n.how()).isEqualTo(ImportPlan.Match.NEW_TOOL));
            assertThat(plan.newCards()).filteredOn(n -> n.card().title().equals("Seniorentreff Nideggen")).singleElement()
                    .satisfies(n -> {
                        assertThat(n.tool().code()).isEqualTo("W-048");
                        assertThat(n.card().handlungsfeld()).isEqualTo("TEILHABE");
                    });
            assertThat(plan(store, board(), mapping().withTool(benches, "W-999")).problems()).singleElement()
                    .satisfies(p -> assertThat(p.place()).contains("Mitfahrbänke"));
        }
    }

    @Test
    void aFileThatIsNoBoardIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> TrelloReader.read("liste.json", "{\"name\": \"Einkauf\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IntakeFileException.class).hasMessageContaining("liste.json").hasMessageContaining("Trello");
        assertThatThrownBy(() -> TrelloReader.read("kaputt.json", "{\"id\": \"x\",\n \"lists\": [".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IntakeFileException.class).hasMessageContaining("kaputt.json");
        assertThatThrownBy(() -> TrelloReader.read("array.json", "[1, 2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IntakeFileException.class).hasMessageContaining("array.json");
    }

    @Test
    void aBadDateBlocksTheImportNamingTheCardAndChangesNothing() throws Exception {
        ObjectNode broken = (ObjectNode) JSON.readTree(resource(FILE));
        ((ObjectNode) broken.get("cards").get(3)).put("due", "31.12.2026");
        MeasureSource source = TrelloReader.read(FILE, JSON.writeValueAsBytes(broken));
        try (Store store = sampleStore(dir.resolve("s"))) {
            int cards = cardsByTitle(store).size();
            ImportPlan plan = plan(store, source, mapping());
            assertThat(plan.problems()).singleElement().satisfies(p -> {
                assertThat(p.place()).contains("Seniorentreff Nideggen");
                assertThat(p.message()).contains("31.12.2026");
            });
            assertThatThrownBy(plan::refuseProblems).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("Seniorentreff Nideggen");
            assertThatThrownBy(() -> ImportMeasures.of(plan)).isInstanceOf(IllegalArgumentException.class);
            assertThat(cardsByTitle(store)).hasSize(cards);
        }
    }

    @Test
    void aFileWithExactlyTrellosThousandActionsSaysOlderCommentsAreMissing() throws Exception {
        ObjectNode full = (ObjectNode) JSON.readTree(resource(FILE));
        ArrayNode actions = (ArrayNode) full.get("actions");
        while (actions.size() < 999) {
            ObjectNode a = actions.addObject();
            a.put("id", "act-x" + actions.size());
            a.put("type", "updateCard");
            a.put("date", "2025-01-01T10:00:00.000Z");
        }
        assertThat(TrelloReader.read(FILE, JSON.writeValueAsBytes(full)).notes()).isEmpty();
        actions.addObject().put("type", "updateCheckItemStateOnCard").put("date", "2025-01-01T09:00:00.000Z");
        assertThat(actions.size()).isEqualTo(TrelloReader.TRELLO_ACTION_LIMIT);
        assertThat(TrelloReader.read(FILE, JSON.writeValueAsBytes(full)).notes()).singleElement()
                .satisfies(n -> assertThat(n).contains("1000", "Kommentare"));
    }

    @Test
    void commentsBecomeHistoryEntriesOnceAndLeaveWithTheUndo() throws Exception {
        try (Store store = sampleStore(dir.resolve("s"))) {
            int before = store.history().size();
            PlanEditor editor = editor(store);
            editor.execute(ImportMeasures.of(plan(store, board(), mapping())));
            var comments = store.history().stream().filter(h -> h.description().startsWith("Kommentar zu")).toList();
            assertThat(comments).extracting(h -> h.who(), h -> h.at().toString(), h -> h.description()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Anna Müller", "2026-03-03T14:30:00Z",
                            "Kommentar zu „Bürgerbus im ländlichen Raum“ (Trello): Erstes Treffen mit dem Verein am 14.3. im Rathaus Heimbach."),
                    org.assertj.core.groups.Tuple.tuple("Jörg Weiß", "2026-05-12T09:14:22.117Z",
                            "Kommentar zu „Bürgerbus im ländlichen Raum“ (Trello): Förderbescheid für das Fahrzeug ist da 🎉"));
            assertThat(store.history()).hasSize(before + 3);
            assertThat(plan(store, board(), mapping()).changesNothing()).isTrue();

            // a new comment on the board comes in with the next import, the old ones not again
            ObjectNode more = (ObjectNode) JSON.readTree(resource(FILE));
            ObjectNode comment = ((ArrayNode) more.get("actions")).addObject();
            comment.put("id", "act-4").put("type", "commentCard").put("date", "2026-06-20T08:00:00.000Z");
            comment.putObject("data").put("text", "Erste Fahrt am 1. Juli!").putObject("card").put("id", "card-buergerbus");
            comment.putObject("memberCreator").put("fullName", "Anna Müller");
            ImportPlan update = plan(store, TrelloReader.read(FILE, JSON.writeValueAsBytes(more)), mapping());
            assertThat(update.updatedCards()).singleElement().satisfies(u -> {
                assertThat(u.changed()).containsExactly("intake.field.comments");
                assertThat(u.comments()).singleElement().satisfies(h -> assertThat(h.description()).endsWith("Erste Fahrt am 1. Juli!"));
            });
            editor.execute(ImportMeasures.of(update));
            assertThat(store.history()).hasSize(before + 5);
            editor.undo();
            editor.undo();
            assertThat(store.history()).noneMatch(h -> h.description().startsWith("Kommentar zu"));
        }
    }

    @Test
    void withPeopleTheMembersJoinTheRegistryAsContacts() {
        try (Store store = sampleStore(dir.resolve("s"))) {
            ImportPlan plan = MeasureImport.plan(board(), IntakeContext.of(store),
                    new IntakeOptions(mapping(), null, true, IntakeFixtures.NOW));
            assertThat(plan.newActors()).extracting(de.werkbank.sheet.Actor::name)
                    .containsExactlyInAnyOrder("Anna Müller", "Jörg Weiß");
            editor(store).execute(ImportMeasures.of(plan));
            Card bus = cardsByTitle(store).get("Bürgerbus im ländlichen Raum");
            UUID contact = store.sheet(bus.id()).contact();
            assertThat(store.actors()).filteredOn(a -> a.id().equals(contact)).extracting(de.werkbank.sheet.Actor::name)
                    .containsExactly("Anna Müller");
            // without: nobody is added
            assertThat(plan(store, board(), mapping()).newActors()).isEmpty();
        }
    }

    @Test
    void commentsAreReadWithWhoAndWhenOldestFirst() {
        Measure bus = board().measures().stream().filter(m -> m.title().startsWith("Bürgerbus")).findFirst().orElseThrow();
        assertThat(bus.comments()).extracting(Measure.Comment::who).containsExactly("Anna Müller", "Jörg Weiß");
        assertThat(bus.comments().get(1).text()).isEqualTo("Förderbescheid für das Fahrzeug ist da 🎉");
        assertThat(bus.people()).containsExactly("Anna Müller");
        assertThat(Optional.of(bus.fieldHints())).hasValue(List.of("Mobilität", "dringend"));
    }
}
