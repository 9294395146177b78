package de.werkbank.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.FieldChange;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.catalogue.edit.AddWerkzeug;
import de.werkbank.catalogue.edit.EditHandlungsfeld;
import de.werkbank.catalogue.edit.EditWerkzeug;
import de.werkbank.catalogue.edit.RemoveWerkzeug;
import de.werkbank.snapshot.Snapshots;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import de.werkbank.seed.Seeder;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The catalogue's commands run through the plan's editor: one undo stack, one history, the catalogue's version. */
class CatalogueCommandsTest extends SampleStoreTest {

    private Werkzeug newTool(String code) {
        return new Werkzeug(UUID.randomUUID(), code, "Dorfladen-Netzwerk", "Genossenschaftliche Dorfläden",
                "MOBILITAET", Kind.GREEN, List.of("Ältere Menschen"), "Kreisentwicklung", List.of("nahversorgung"));
    }

    @Test
    void aNewToolTakesTheNextFreeIdAndUndoTakesItOutAgain() {
        Catalogue before = store.catalogue();
        int version = store.catalogueVersion();
        assertThat(before.nextFreeCode()).isEqualTo("W-101");

        editor.execute(new AddWerkzeug(newTool(before.nextFreeCode())));

        assertThat(store.catalogue().werkzeugByCode("W-101")).map(Werkzeug::title).contains("Dorfladen-Netzwerk");
        assertThat(store.catalogueVersion()).isEqualTo(version + 1);
        assertThat(store.history()).last().extracting(HistoryEntry::description).asString()
                .contains("W-101", "in den Katalog aufgenommen");
        assertThat(store.catalogue().nextFreeCode()).isEqualTo("W-102");

        editor.undo();
        assertThat(store.catalogue()).isEqualTo(before);
        assertThat(store.catalogueVersion()).isEqualTo(version + 2);
        editor.redo();
        assertThat(store.catalogue().werkzeugByCode("W-101")).isPresent();
    }

    @Test
    void aTakenIdIsRefusedAndNothingIsStored() {
        Catalogue before = store.catalogue();
        assertThatThrownBy(() -> editor.execute(new AddWerkzeug(newTool("W-017"))))
                .hasMessageContaining("W-017 ist schon vergeben");
        assertThat(store.catalogue()).isEqualTo(before);
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void retiringAToolACardUsesKeepsTheCardAndItsLinkAndTheToolCannotBeDeleted() throws Exception {
        Card card = plan().cards().get(0);
        Werkzeug tool = store.catalogue().werkzeugeById().get(card.werkzeug());

        editor.execute(EditWerkzeug.retire(tool, true));

        Catalogue now = store.catalogue();
        assertThat(now.active()).extracting(Werkzeug::id).doesNotContain(tool.id());
        assertThat(now.retired()).extracting(Werkzeug::id).containsExactly(tool.id());
        assertThat(store.card(card.id())).map(Card::werkzeug).contains(tool.id());
        assertThat(now.werkzeugeById().get(card.werkzeug()).retired()).isTrue();
        assertThatThrownBy(() -> editor.execute(new RemoveWerkzeug(now.werkzeugeById().get(tool.id()))))
                .hasMessageContaining("von 1 Karte(n) genutzt");

        // a snapshot carries the retired tool, so the card's reference still holds after an import
        var file = dir.resolve("plan.json");
        Snapshots.export(store, file, NOW, "test", true);
        try (Store copy = Store.create(StoreLocation.in(dir.resolve("copy")), tx -> Seeder.seed(tx, Seeder.Content.EMPTY))) {
            Snapshots.importInto(copy, file, false);
            assertThat(copy.catalogue().retired()).extracting(Werkzeug::code).containsExactly(tool.code());
            assertThat(copy.catalogueVersion()).as("the snapshot records the catalogue's version")
                    .isEqualTo(store.catalogueVersion()).isGreaterThan(1);
            assertThat(copy.card(card.id())).isPresent();
        }

        editor.execute(EditWerkzeug.retire(now.werkzeugeById().get(tool.id()), false));
        assertThat(store.catalogue().active()).extracting(Werkzeug::id).contains(tool.id());
    }

    @Test
    void anUnusedToolCanBeDeletedAndUndoBringsItBack() {
        Catalogue before = store.catalogue();
        Werkzeug unused = before.active().stream().filter(w -> plan().cards().stream()
                .noneMatch(c -> c.werkzeug().equals(w.id()))).findFirst().orElseThrow();
        editor.execute(new RemoveWerkzeug(unused));
        assertThat(store.catalogue().werkzeugByCode(unused.code())).isEmpty();
        editor.undo();
        assertThat(store.catalogue()).isEqualTo(before);
    }

    @Test
    void anEditOfAToolChangedMeanwhileIsRefused() {
        Werkzeug seen = store.catalogue().werkzeugByCode("W-010").orElseThrow();
        editor.execute(new EditWerkzeug(seen, withTitle(seen, "Erste Fassung")));
        Catalogue before = store.catalogue();
        assertThatThrownBy(() -> editor.execute(new EditWerkzeug(seen, withTitle(seen, "Zweite Fassung"))))
                .hasMessageContaining("W-010", "anderswo geändert");
        assertThat(store.catalogue()).isEqualTo(before);
    }

    @Test
    void undoOfAnAddedToolIsRefusedOnceSomeoneElsesCardUsesIt() {
        Werkzeug tool = newTool("W-101");
        editor.execute(new AddWerkzeug(tool));
        PlanEditor colleague = new PlanEditor(store, () -> "bernd", Clock.fixed(NOW, ZoneOffset.UTC));
        colleague.execute(new CreateCard(tool, plan().columns().get(0), 0, NOW));
        Catalogue withTool = store.catalogue();
        // refused before the catalogue's own rule is asked: someone else changed the plan after the step
        assertThatThrownBy(editor::undo).isInstanceOf(PlanConflictException.class)
                .hasMessageContaining("Dorfladen-Netzwerk", "(bernd)");
        assertThat(store.catalogue()).isEqualTo(withTool);
    }

    @Test
    void aRenamedAndRecolouredFieldKeepsItsToolsAndUndoSurvivesARestart() {
        Catalogue before = store.catalogue();
        Handlungsfeld field = before.handlungsfeld("MOBILITAET").orElseThrow();
        Handlungsfeld renamed = new Handlungsfeld(field.id(), field.key(), "Mobilität", "Mobil bleiben im Kreis",
                "#123456", field.position());
        editor.execute(new EditHandlungsfeld(new FieldChange(field, before.zukunftsbild("MOBILITAET"), renamed,
                "Alle kommen überall hin.")));
        Catalogue after = store.catalogue();
        assertThat(after.handlungsfeld("MOBILITAET")).contains(renamed);
        assertThat(after.zukunftsbild("MOBILITAET")).isEqualTo("Alle kommen überall hin.");
        assertThat(after.werkzeuge()).isEqualTo(before.werkzeuge());

        // the same user after a restart (in a shared store every user has undo steps of their own, ADR 25)
        PlanEditor reopened = new PlanEditor(store, () -> "anna", Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(reopened.undoDescription()).hasValueSatisfying(d -> assertThat(d).contains("Mobilität"));
        reopened.undo();
        assertThat(store.catalogue()).isEqualTo(before);
    }

    private static Werkzeug withTitle(Werkzeug w, String title) {
        return new Werkzeug(w.id(), w.code(), title, w.description(), w.handlungsfeld(), w.kind(), w.targetGroups(),
                w.leadOffice(), w.tags(), w.retired());
    }
}
