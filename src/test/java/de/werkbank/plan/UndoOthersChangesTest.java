package de.werkbank.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two users on one store, each with a store and an editor of their own (as two processes would have):
 * undo and redo never take back the other one's change.
 */
class UndoOthersChangesTest extends SampleStoreTest {

    private Store otherStore;
    private PlanEditor ben;

    @BeforeEach
    void openSecondEditor() {
        otherStore = Store.open(location);
        ben = new PlanEditor(otherStore, () -> "ben", Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void closeSecondStore() {
        otherStore.close();
    }

    private Card first(String column) {
        return plan().cardsIn(column(column).id()).get(0);
    }

    private Card card(Card card) {
        return store.card(card.id()).orElseThrow();
    }

    @Test
    void annasUndoIsRefusedWhenBenMovedTheSameCardAfterHerAndBensMoveStays() {
        Card card = first("Vorschlag");
        editor.execute(new MoveCard(card, column("In Planung"), 0));
        ben.execute(new MoveCard(card(card), column("Verstetigt"), 0));
        int entries = store.history().size();

        assertThatThrownBy(editor::undo).isInstanceOf(PlanConflictException.class)
                .hasMessageContaining("Nicht rückgängig gemacht")
                .hasMessageContaining("„Karte „" + card.title() + "“ nach „Verstetigt“ verschoben“ (ben)");

        assertThat(card(card).column()).isEqualTo(column("Verstetigt").id());
        assertThat(store.history()).hasSize(entries);
        // Ben's own step is his to undo: it goes back to where Anna had put it
        ben.undo();
        assertThat(card(card).column()).isEqualTo(column("In Planung").id());
    }

    @Test
    void annasUndoIsRefusedWhenBenChangedTheSheetOfTheCardSheMoved() {
        Card card = first("In Planung");
        editor.execute(new MoveCard(card, column("In Umsetzung"), 0));
        Werkzeugblatt sheet = otherStore.sheet(card.id());
        ben.execute(new EditSheet(sheet, sheet.with(d -> d.goal = "Von Ben"), card.title()));
        ben.execute(new AddColumn("Später", 5));

        assertThatThrownBy(editor::undo).isInstanceOf(PlanConflictException.class)
                .hasMessageContaining("„Spalte")
                .hasMessageContaining("(ben) und eine weitere Änderung");

        assertThat(card(card).column()).isEqualTo(column("In Umsetzung").id());
        assertThat(store.sheet(card.id()).goal()).isEqualTo("Von Ben");
        assertThat(editor.canUndo()).isTrue();
    }

    @Test
    void redoIsRefusedToo() {
        Card card = first("Vorschlag");
        editor.execute(new MoveCard(card, column("Ausgewählt"), 0));
        editor.undo();
        ben.execute(new MoveCard(card(card), column("Verstetigt"), 0));

        assertThatThrownBy(editor::redo).isInstanceOf(PlanConflictException.class)
                .hasMessageContaining("Nicht wiederholt").hasMessageContaining("(ben)");
        assertThat(card(card).column()).isEqualTo(column("Verstetigt").id());
    }

    @Test
    void whenNobodyElseChangedAnythingUndoAndRedoWorkAsBefore() {
        Card card = first("Vorschlag");
        editor.execute(new MoveCard(card, column("In Planung"), 0));
        editor.execute(new AddColumn("Später", 5));

        editor.undo();
        editor.undo();
        assertThat(card(card).column()).isEqualTo(column("Vorschlag").id());
        assertThat(plan().columns()).extracting(PlanColumn::name).doesNotContain("Später");
        editor.redo();
        assertThat(card(card).column()).isEqualTo(column("In Planung").id());
    }

    @Test
    void aStepMadeAfterTheOtherOnesChangeCanBeUndoneButNotTheOneBeforeIt() {
        Card moved = first("Vorschlag");
        editor.execute(new MoveCard(moved, column("In Planung"), 0));
        ben.execute(new SetSwimlanes(true));
        Card later = first("Ausgewählt");
        editor.execute(new MoveCard(later, column("Verstetigt"), 0));

        editor.undo();
        assertThat(card(later).column()).isEqualTo(column("Ausgewählt").id());
        assertThatThrownBy(editor::undo).isInstanceOf(PlanConflictException.class)
                .hasMessageContaining("Swimlanes");
        assertThat(card(moved).column()).isEqualTo(column("In Planung").id());
        assertThat(store.swimlanes()).isTrue();
        List<String> stored = store.history().stream().map(HistoryEntry::description).toList();
        assertThat(stored.get(stored.size() - 1)).startsWith("Rückgängig: Karte „" + later.title());
    }
}
