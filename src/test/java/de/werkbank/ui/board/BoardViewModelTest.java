package de.werkbank.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.session.Session;
import de.werkbank.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's view-model, without a screen. */
class BoardViewModelTest {

    @TempDir
    Path dir;

    private Session session;
    private final BoardViewModel board = new BoardViewModel(Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));
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

    private ColumnModel column(int index) {
        return board.columns().get(index);
    }

    private List<String> titles(int column) {
        return column(column).cards().stream().map(i -> i.card().title()).toList();
    }

    @Test
    void showsTheFiveColumnsOfTheSamplePlanWithTheirCards() {
        assertThat(board.hasPlanProperty().get()).isTrue();
        assertThat(board.columns()).extracting(c -> c.column().name())
                .containsExactly("Vorschlag", "Ausgewählt", "In Planung", "In Umsetzung", "Verstetigt");
        assertThat(titles(2)).hasSize(3).contains("Bürgerbus Nideggen–Heimbach");
        assertThat(column(2).cards()).allSatisfy(item -> {
            assertThat(item.code()).matches("W-\\d{3}");
            assertThat(item.colour()).startsWith("#");
        });
    }

    @Test
    void aDroppedToolAppearsWhereItWasDroppedAndUndoNamesIt() {
        Werkzeug tool = session.store().catalogue().werkzeugByCode("W-070").orElseThrow();
        board.addTool(tool, column(1), 0);
        assertThat(titles(1)).first().isEqualTo(tool.title());
        assertThat(board.undoState().canUndoProperty().get()).isTrue();
        assertThat(board.undoState().undoTextProperty().get()).contains(tool.title(), "Ausgewählt");

        board.undo();
        assertThat(titles(1)).doesNotContain(tool.title());
        assertThat(board.undoState().canRedoProperty().get()).isTrue();
    }

    @Test
    void aCardDroppedBelowTheNextOneInItsColumnMovesDownOnePlace() {
        List<String> before = titles(2);
        CardItem first = column(2).cards().get(0);
        // insertion index 2 is the gap between the second and the third card
        board.moveCard(first, column(2), 2);
        assertThat(titles(2)).containsExactly(before.get(1), first.card().title(), before.get(2));
    }

    @Test
    void droppingACardOnItsOwnPlaceChangesNothing() {
        CardItem first = column(2).cards().get(0);
        board.moveCard(first, column(2), 1);
        assertThat(board.undoState().canUndoProperty().get()).isFalse();
    }

    @Test
    void aMoveOfAStaleCardIsRefusedWithAMessageAndTheBoardReloaded() {
        CardItem stale = column(0).cards().get(0);
        board.moveCard(stale, column(1), 0);
        board.moveCard(stale, column(3), 0);
        assertThat(errors).singleElement().asString().contains(stale.card().title());
        assertThat(titles(1)).first().isEqualTo(stale.card().title());
    }

    @Test
    void afterManyChangesTheBoardShowsWhatAFreshReadOfTheStoreShows() {
        Werkzeug tool = session.store().catalogue().werkzeugByCode("W-033").orElseThrow();
        var random = new java.util.Random(7);
        for (int i = 0; i < 60; i++) {
            int target = random.nextInt(5);
            switch (random.nextInt(4)) {
                case 0 -> board.addTool(tool, column(target), 0);
                case 1 -> board.undo();
                default -> {
                    int from = random.nextInt(5);
                    if (!column(from).cards().isEmpty()) {
                        CardItem card = column(from).cards().get(random.nextInt(column(from).cards().size()));
                        board.moveCard(card, column(target), random.nextInt(column(target).cards().size() + 1));
                    }
                }
            }
        }
        var fresh = new BoardViewModel(Clock.systemUTC());
        fresh.attach(session);
        for (int c = 0; c < 5; c++) {
            assertThat(column(c).cards()).isEqualTo(fresh.columns().get(c).cards());
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void aCardStepsToTheNextColumnAtItsHeightAndBack() {
        CardItem third = column(2).cards().get(2);
        assertThat(board.step(third, Direction.RIGHT)).contains(new Place(3, 2));
        assertThat(titles(3).get(2)).isEqualTo(third.card().title());
        CardItem moved = column(3).cards().get(2);
        assertThat(board.step(moved, Direction.LEFT)).contains(new Place(2, 2));
    }

    @Test
    void aCardStepsUpAndDownWithinItsColumn() {
        List<String> before = titles(2);
        assertThat(board.step(column(2).cards().get(0), Direction.DOWN)).contains(new Place(2, 1));
        assertThat(titles(2)).containsExactly(before.get(1), before.get(0), before.get(2));
        assertThat(board.step(column(2).cards().get(1), Direction.UP)).contains(new Place(2, 0));
        assertThat(titles(2)).isEqualTo(before);
    }

    @Test
    void aCardAtTheEdgeGoesNowhere() {
        assertThat(board.step(column(0).cards().get(0), Direction.LEFT)).isEmpty();
        assertThat(board.step(column(0).cards().get(0), Direction.UP)).isEmpty();
        CardItem last = column(4).cards().get(column(4).cards().size() - 1);
        assertThat(board.step(last, Direction.RIGHT)).isEmpty();
        assertThat(board.step(last, Direction.DOWN)).isEmpty();
        assertThat(board.undoState().canUndoProperty().get()).isFalse();
    }

    private List<String> columnNames() {
        return board.columns().stream().map(c -> c.column().name()).toList();
    }

    @Test
    void aWipLimitIsStoredShownAndFlaggedWhenExceeded() {
        assertThat(board.columnEdits().setWipLimit(column(2), " 2 ")).isEmpty();
        assertThat(column(2).column().wipLimit()).isEqualTo(2);
        assertThat(column(2).column().overLimit(column(2).cards().size())).isTrue();
        assertThat(board.undoState().undoTextProperty().get()).contains("WIP-Limit", "In Planung", "2");

        board.undo();
        assertThat(column(2).column().wipLimit()).isNull();
    }

    @Test
    void aWipLimitMustBeAWholeNumberFromOne() {
        assertThat(board.columnEdits().setWipLimit(column(1), "drei")).isPresent();
        assertThat(board.columnEdits().setWipLimit(column(1), "0")).isPresent();
        assertThat(column(1).column().wipLimit()).isNull();
        assertThat(board.undoState().canUndoProperty().get()).isFalse();
    }

    @Test
    void columnsCanBeRenamedAddedMovedAndRemovedWithUndo() {
        board.columnEdits().rename(column(0), "Ideen");
        board.columnEdits().addAfter(column(4), "Abgeschlossen");
        board.columnEdits().move(column(5), -1);
        assertThat(columnNames()).containsExactly("Ideen", "Ausgewählt", "In Planung", "In Umsetzung",
                "Abgeschlossen", "Verstetigt");
        board.columnEdits().remove(column(4));
        assertThat(columnNames()).hasSize(5).doesNotContain("Abgeschlossen");

        board.undo();
        board.undo();
        board.undo();
        board.undo();
        assertThat(columnNames()).containsExactly("Vorschlag", "Ausgewählt", "In Planung", "In Umsetzung", "Verstetigt");
        assertThat(errors).isEmpty();
    }

    @Test
    void aColumnWithCardsIsNotRemoved() {
        board.columnEdits().remove(column(2));
        assertThat(columnNames()).contains("In Planung");
        assertThat(errors).singleElement().asString().contains("In Planung", "enthält noch Karten");
    }

    @Test
    void cardsStayInTheirColumnsWhenColumnsAreReordered() {
        List<String> planning = titles(2);
        board.columnEdits().move(column(2), -2);
        assertThat(column(0).column().name()).isEqualTo("In Planung");
        assertThat(titles(0)).isEqualTo(planning);
    }

    @Test
    void anArchivedCardLeavesTheBoardAndUndoPutsItBackInItsPlace() {
        List<String> before = titles(2);
        CardItem middle = column(2).cards().get(1);
        board.archive(middle);
        assertThat(titles(2)).doesNotContain(middle.card().title());
        assertThat(board.archivedCards()).extracting(c -> c.title()).containsExactly(middle.card().title());

        board.undo();
        assertThat(titles(2)).isEqualTo(before);
        assertThat(board.archivedCards()).isEmpty();
    }

    @Test
    void aCardRestoredFromTheArchiveComesBackAtTheEndOfItsColumn() {
        CardItem first = column(2).cards().get(0);
        board.archive(first);
        board.restore(board.archivedCards());
        assertThat(titles(2)).last().isEqualTo(first.card().title());
        assertThat(board.archivedCards()).isEmpty();
        assertThat(board.undoState().undoTextProperty().get()).contains("zurückgeholt");
    }

    @Test
    void theHistoryListsTheChangesNewestFirst() {
        board.columnEdits().setWipLimit(column(1), "4");
        board.archive(column(0).cards().get(0));
        assertThat(board.history()).extracting(h -> h.description())
                .hasSize(2)
                .satisfies(list -> {
                    assertThat(list.get(0)).contains("archiviert");
                    assertThat(list.get(1)).contains("WIP-Limit");
                });
    }

    private List<String> visibleTitles(int column) {
        return column(column).visibleCards().stream().map(i -> i.card().title()).toList();
    }

    @Test
    void aFilterHidesTheCardsThatDoNotMatchAndClearingShowsThemAgain() {
        board.filterProperty().set(new CardFilter("", "MOBILITAET", null, null, null, false, false));
        assertThat(board.columns()).allSatisfy(c -> assertThat(c.visibleCards())
                .allSatisfy(i -> assertThat(i.card().handlungsfeld()).isEqualTo("MOBILITAET")));
        assertThat(visibleTitles(2)).containsExactly("Bürgerbus Nideggen–Heimbach");
        assertThat(column(2).cards()).hasSize(3);

        board.filterProperty().set(new CardFilter("welcome", null, null, null, null, false, false));
        assertThat(visibleTitles(2)).containsExactly("Welcome Center für Fachkräfte");

        board.clearFilter();
        assertThat(visibleTitles(2)).hasSize(3);
    }

    @Test
    void aCardDroppedIntoAFilteredColumnLandsNextToTheVisibleCardItWasDroppedAt() {
        List<String> all = titles(2);
        board.filterProperty().set(new CardFilter("", "MOBILITAET", null, null, null, false, false));
        Werkzeug tool = session.store().catalogue().werkzeugByCode("W-062").orElseThrow();
        // dropped below the only visible card (the first of three): it lands right after it
        board.dropTool(tool, column(2), 1);
        assertThat(titles(2)).containsExactly(all.get(0), tool.title(), all.get(1), all.get(2));
        assertThat(visibleTitles(2)).containsExactly(all.get(0), tool.title());
    }

    @Test
    void keyboardStepsJumpOverHiddenCards() {
        List<String> all = titles(2);
        board.filterProperty().set(new CardFilter("", null, Kind.GREEN, null, null, false, false));
        List<String> green = visibleTitles(2);
        assertThat(green).hasSizeLessThan(all.size());
        CardItem last = column(2).visibleCards().get(green.size() - 1);
        assertThat(board.step(last, Direction.UP)).contains(new Place(2, green.size() - 2));
        assertThat(visibleTitles(2).get(green.size() - 2)).isEqualTo(last.card().title());
    }
}
