package de.werkbank.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.werkbank.catalogue.Werkzeug;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanEditorTest extends SampleStoreTest {

    @Test
    void aToolDroppedBetweenTwoCardsLandsBetweenThemAndIsStored() {
        Werkzeug tool = store.catalogue().werkzeugByCode("W-085").orElseThrow();
        List<String> before = titlesIn("In Planung");

        editor.execute(new CreateCard(tool, column("In Planung"), 1, NOW));

        assertThat(titlesIn("In Planung")).containsExactly(before.get(0), tool.title(), before.get(1), before.get(2));
        store.close();
        store = Store.open(location);
        assertThat(titlesIn("In Planung")).containsExactly(before.get(0), tool.title(), before.get(1), before.get(2));
    }

    @Test
    void aCardMovedToAnotherColumnCanBeUndoneAndRedone() {
        Card card = plan().cardsIn(column("Vorschlag").id()).get(0);
        List<String> proposals = titlesIn("Vorschlag");
        List<String> established = titlesIn("Verstetigt");

        editor.execute(new MoveCard(card, column("Verstetigt"), 0));
        assertThat(titlesIn("Verstetigt")).first().isEqualTo(card.title());
        assertThat(titlesIn("Vorschlag")).doesNotContain(card.title());

        editor.undo();
        assertThat(titlesIn("Vorschlag")).isEqualTo(proposals);
        assertThat(titlesIn("Verstetigt")).isEqualTo(established);

        editor.redo();
        assertThat(titlesIn("Verstetigt")).first().isEqualTo(card.title());
    }

    @Test
    void undoOfACreatedCardRemovesIt() {
        Werkzeug tool = store.catalogue().werkzeugByCode("W-099").orElseThrow();
        int cards = plan().cards().size();
        editor.execute(new CreateCard(tool, column("Vorschlag"), 0, NOW));
        assertThat(plan().cards()).hasSize(cards + 1);
        editor.undo();
        assertThat(plan().cards()).hasSize(cards);
        assertThat(editor.canRedo()).isTrue();
    }

    @Test
    void everyChangeIsInTheHistoryWithWhoAndWhen() {
        Card card = plan().cardsIn(column("Vorschlag").id()).get(0);
        editor.execute(new MoveCard(card, column("Ausgewählt"), 0));
        editor.undo();
        List<HistoryEntry> history = store.transaction(tx -> tx.plan().history());
        assertThat(history).hasSize(2);
        assertThat(history).allSatisfy(h -> {
            assertThat(h.who()).isEqualTo("anna");
            assertThat(h.at()).isEqualTo(NOW);
        });
        assertThat(history.get(0).description()).contains(card.title(), "Ausgewählt");
        assertThat(history.get(1).description()).startsWith("Rückgängig");
    }

    @Test
    void aMoveOfACardChangedElsewhereIsRefusedAndStoresNothing() {
        Card seen = plan().cardsIn(column("Vorschlag").id()).get(0);
        editor.execute(new MoveCard(seen, column("Ausgewählt"), 0));
        Plan after = plan();

        assertThatThrownBy(() -> editor.execute(new MoveCard(seen, column("Verstetigt"), 0)))
                .isInstanceOf(PlanConflictException.class)
                .hasMessageContaining(seen.title());
        assertThat(plan()).isEqualTo(after);
    }

    @Test
    void manyInsertsAtTheSameSpotKeepTheOrderByRenumbering() {
        Werkzeug tool = store.catalogue().werkzeugByCode("W-010").orElseThrow();
        PlanColumn target = column("Ausgewählt");
        String original = titlesIn("Ausgewählt").get(0);
        for (int i = 0; i < 40; i++) {
            editor.execute(new CreateCard(tool, target, 0, NOW));
        }
        List<Card> cards = plan().cardsIn(target.id());
        assertThat(cards).hasSize(41);
        assertThat(cards.get(40).title()).isEqualTo(original);
        assertThat(cards).extracting(Card::position).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void theHistoryKeepsWhatAChangeDidBeforeAndAfter() {
        PlanColumn first = column("Vorschlag");
        editor.execute(new EditColumn(first, first.named("Ideen")));
        HistoryEntry last = store.history().get(store.history().size() - 1);
        assertThat(last.who()).isEqualTo("anna");
        assertThat(last.change()).contains("\"kind\":\"editColumn\"", "\"name\":\"Vorschlag\"", "\"name\":\"Ideen\"");
    }

    @Test
    void everyMovedCardLandsExactlyAtTheIndexItWasDroppedAt() {
        Random random = new Random(7);
        List<PlanColumn> columns = plan().columns();
        for (int i = 0; i < 150; i++) {
            List<Card> cards = plan().cards();
            Card card = cards.get(random.nextInt(cards.size()));
            PlanColumn target = columns.get(random.nextInt(columns.size()));
            List<UUID> expected = new ArrayList<>(idsIn(target));
            expected.remove(card.id());
            // an index past the end means the end
            int index = random.nextInt(expected.size() + 3);
            expected.add(Math.min(index, expected.size()), card.id());

            editor.execute(new MoveCard(card, target, index));

            assertThat(idsIn(target)).as("move %d", i).isEqualTo(expected);
        }
    }

    private List<UUID> idsIn(PlanColumn column) {
        return plan().cardsIn(column.id()).stream().map(Card::id).toList();
    }
}
