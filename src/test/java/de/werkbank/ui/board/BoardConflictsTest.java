package de.werkbank.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.plan.ArchiveCard;
import de.werkbank.plan.Card;
import de.werkbank.plan.MoveCard;
import de.werkbank.plan.PlanColumn;
import de.werkbank.plan.PlanEditor;
import de.werkbank.plan.RemoveColumn;
import de.werkbank.session.Session;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A card another process moved, archived or whose column it removed: the board's change is refused
 * with a plain German message, and the board shows the plan as it is now.
 */
class BoardConflictsTest {

    @TempDir
    Path dir;

    private Session session;
    private final BoardViewModel board = new BoardViewModel(Clock.systemUTC());
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        session = Session.openOrCreate(StoreLocation.in(dir));
        board.attach(session);
        board.setErrorHandler(errors::add);
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Another process, with a store and an editor of its own, changes the plan. */
    private void elsewhere(BiConsumer<Store, PlanEditor> change) {
        try (Store store = Store.open(StoreLocation.in(dir))) {
            change.accept(store, new PlanEditor(store, () -> "ben", Clock.systemUTC()));
        }
    }

    private List<String> titles(int column) {
        return board.columns().get(column).cards().stream().map(i -> i.card().title()).toList();
    }

    @Test
    void movingACardAnotherProcessMovedIsRefusedAndTheBoardShowsWhereItIsNow() {
        CardItem item = board.columns().get(0).cards().get(0);
        String title = item.card().title();
        elsewhere((store, editor) -> editor.execute(new MoveCard(store.card(item.card().id()).orElseThrow(),
                store.plan().orElseThrow().columns().get(4), 0)));

        board.moveCard(item, board.columns().get(2), 0);

        assertThat(errors).containsExactly("Die Karte „" + title
                + "“ wurde inzwischen anderswo geändert oder entfernt. Es wurde nichts gespeichert; die Ansicht ist neu geladen.");
        assertThat(titles(4)).contains(title);
        assertThat(titles(2)).doesNotContain(title);
    }

    @Test
    void movingACardAnotherProcessArchivedIsRefusedAndTheCardLeavesTheBoard() {
        CardItem item = board.columns().get(1).cards().get(0);
        String title = item.card().title();
        elsewhere((store, editor) -> editor.execute(new ArchiveCard(store.card(item.card().id()).orElseThrow())));

        board.moveCard(item, board.columns().get(3), 0);

        assertThat(errors).singleElement().asString().startsWith("Die Karte „" + title + "“ wurde inzwischen anderswo");
        assertThat(board.item(item.card().id())).isEmpty();
    }

    @Test
    void movingACardIntoAColumnAnotherProcessRemovedIsRefusedNamingTheColumn() {
        elsewhere((store, editor) -> editor.execute(new de.werkbank.plan.AddColumn("Später", 5)));
        board.reload();
        ColumnModel later = board.columns().get(5);
        PlanColumn laterColumn = later.column();
        elsewhere((store, editor) -> editor.execute(new RemoveColumn(laterColumn)));
        CardItem item = board.columns().get(0).cards().get(0);
        Card card = item.card();

        board.moveCard(item, later, 0);

        assertThat(errors).containsExactly("Die Spalte „Später“ wurde inzwischen anderswo entfernt. "
                + "Es wurde nichts gespeichert; die Ansicht ist neu geladen.");
        assertThat(board.columns()).hasSize(5);
        assertThat(titles(0)).contains(card.title());
    }
}
