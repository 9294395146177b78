package de.werkbank.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.store.StoreLocation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Switching the swimlanes and moving a card into another Handlungsfeld, with undo, without a screen. */
class SwimlaneCommandsTest extends SampleStoreTest {

    private Handlungsfeld field(String key) {
        return store.catalogue().handlungsfeld(key).orElseThrow();
    }

    /** A number of the stored plan, read beside the store (same database, second connection). */
    private int read(String sql, Object... args) throws Exception {
        StoreLocation login = location.withStoredPassword();
        try (Connection c = DriverManager.getConnection(login.jdbcUrl(), login.user(), login.password());
             var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void swimlanesAreSwitchedOnAsAStepThatUndoAndRedoTakeBackAndRepeat() throws Exception {
        assertThat(plan().swimlanes()).isFalse();
        int version = read("select version from plan");

        editor.execute(new SetSwimlanes(true));
        assertThat(plan().swimlanes()).isTrue();
        assertThat(store.swimlanes()).isTrue();
        assertThat(read("select version from plan")).isEqualTo(version + 1);
        assertThat(editor.undoDescription()).hasValue("Swimlanes nach Handlungsfeld eingeschaltet");

        editor.undo();
        assertThat(plan().swimlanes()).isFalse();
        assertThat(read("select version from plan")).isEqualTo(version + 2);

        editor.redo();
        assertThat(plan().swimlanes()).isTrue();
        List<HistoryEntry> history = store.transaction(tx -> tx.plan().history());
        assertThat(history).extracting(HistoryEntry::description)
                .containsExactly("Swimlanes nach Handlungsfeld eingeschaltet",
                        "Rückgängig: Swimlanes nach Handlungsfeld eingeschaltet",
                        "Wiederholt: Swimlanes nach Handlungsfeld eingeschaltet");
    }

    @Test
    void switchingOnWhatIsAlreadyOnIsRefusedAsAConflict() {
        editor.execute(new SetSwimlanes(true));
        assertThatThrownBy(() -> editor.execute(new SetSwimlanes(true)))
                .isInstanceOf(PlanConflictException.class)
                .hasMessageContaining("Swimlanes");
        assertThat(plan().swimlanes()).isTrue();
    }

    @Test
    void aCardMovedIntoAnotherFieldChangesColumnPlaceAndFieldInOneStepAndUndoRestoresAllThree() throws Exception {
        Card card = plan().cardsIn(column("Vorschlag").id()).get(0);
        Handlungsfeld other = store.catalogue().handlungsfelder().stream()
                .filter(h -> !h.key().equals(card.handlungsfeld())).findFirst().orElseThrow();
        List<Card> established = plan().cardsIn(column("Verstetigt").id());
        List<Card> proposals = plan().cardsIn(column("Vorschlag").id());

        editor.execute(new MoveCard(card, column("Verstetigt"), 1, other));
        Card moved = store.card(card.id()).orElseThrow();
        assertThat(moved.column()).isEqualTo(column("Verstetigt").id());
        assertThat(moved.handlungsfeld()).isEqualTo(other.key());
        assertThat(moved.version()).isEqualTo(card.version() + 1);
        assertThat(plan().cardsIn(column("Verstetigt").id()).indexOf(moved)).isEqualTo(1);
        assertThat(editor.undoDescription()).hasValueSatisfying(d -> assertThat(d)
                .contains(card.title(), "Verstetigt", other.shortName()));
        assertThat(read("select count(*) from card c join handlungsfeld h on h.id = c.handlungsfeld_id "
                + "where c.uuid = ? and h.field_key = ?", card.id(), other.key())).isOne();

        editor.undo();
        Card back = store.card(card.id()).orElseThrow();
        assertThat(back.column()).isEqualTo(card.column());
        assertThat(back.position()).isEqualTo(card.position());
        assertThat(back.handlungsfeld()).isEqualTo(card.handlungsfeld());
        assertThat(back.version()).isEqualTo(card.version() + 2);
        assertThat(plan().cardsIn(column("Vorschlag").id())).extracting(Card::id)
                .isEqualTo(proposals.stream().map(Card::id).toList());
        assertThat(plan().cardsIn(column("Verstetigt").id())).isEqualTo(established);

        editor.redo();
        assertThat(store.card(card.id()).orElseThrow().handlungsfeld()).isEqualTo(other.key());
    }

    @Test
    void aCardMovedWithinItsColumnIntoAnotherFieldCanStayAtItsPlace() {
        PlanColumn planning = column("In Planung");
        List<UUID> order = plan().cardsIn(planning.id()).stream().map(Card::id).toList();
        Card middle = plan().cardsIn(planning.id()).get(1);
        Handlungsfeld other = field(middle.handlungsfeld().equals("BILDUNG") ? "WOHNEN" : "BILDUNG");

        editor.execute(new MoveCard(middle, planning, 1, other));
        assertThat(plan().cardsIn(planning.id())).extracting(Card::id).isEqualTo(order);
        assertThat(store.card(middle.id()).orElseThrow().handlungsfeld()).isEqualTo(other.key());

        editor.undo();
        assertThat(store.card(middle.id()).orElseThrow()).satisfies(c -> {
            assertThat(c.handlungsfeld()).isEqualTo(middle.handlungsfeld());
            assertThat(c.position()).isEqualTo(middle.position());
        });
    }

    @Test
    void undoOfAFieldChangeIsRefusedWhenTheFieldWasChangedAgainMeanwhile() {
        Card card = plan().cardsIn(column("Vorschlag").id()).get(0);
        Handlungsfeld first = field(card.handlungsfeld().equals("BILDUNG") ? "WOHNEN" : "BILDUNG");
        MoveCard move = new MoveCard(card, column("Vorschlag"), 0, first);
        editor.execute(move);
        Card now = store.card(card.id()).orElseThrow();
        // someone else (another process) puts the card back into its old field
        store.transaction(tx -> tx.plan().placeCard(now.id(), now.column(), now.position(), card.handlungsfeld(),
                now.version()));

        assertThatThrownBy(editor::undo).isInstanceOf(PlanConflictException.class);
        assertThat(store.card(card.id()).orElseThrow().handlungsfeld()).isEqualTo(card.handlungsfeld());
    }
}
