package de.werkbank.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.plan.Card;
import de.werkbank.session.Session;
import de.werkbank.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board with swimlanes by Handlungsfeld, without a screen. The sample plan's „In Planung“ shows
 * [Fachkräfte] Welcome Center, [Bildung] Lernpatenschaften, [Teilhabe] (empty), [Mobilität] Bürgerbus,
 * [Wohnen] (empty).
 */
class BoardLanesTest {

    private static final String WELCOME = "Welcome Center für Fachkräfte";
    private static final String BUS = "Bürgerbus Nideggen–Heimbach";

    @TempDir
    Path dir;

    private Session session;
    private final BoardViewModel board = new BoardViewModel(Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));
    private final List<String> errors = new ArrayList<>();
    private final List<String> questions = new ArrayList<>();
    private final Deque<Boolean> answers = new ArrayDeque<>();

    @BeforeEach
    void open() {
        session = Session.openOrCreate(StoreLocation.in(dir));
        board.attach(session);
        board.setErrorHandler(errors::add);
        board.setConfirmation(question -> {
            questions.add(question);
            return answers.isEmpty() || answers.pop();
        });
        board.setSwimlanes(true);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private ColumnModel column(int index) {
        return board.columns().get(index);
    }

    /** The rows as text: "[KEY n]" for a lane header with its count, the title for a card. */
    private List<String> rows(int column) {
        return column(column).rows().stream().map(r -> r instanceof LaneHeader h
                ? "[" + h.field().key() + " " + (h.shown() == h.total() ? "" + h.total() : h.shown() + "/" + h.total()) + "]"
                : ((CardItem) r).card().title()).toList();
    }

    private CardItem card(String title) {
        return board.columns().stream().flatMap(c -> c.cards().stream())
                .filter(i -> i.card().title().equals(title)).findFirst().orElseThrow();
    }

    private int rowOf(int column, String text) {
        return rows(column).indexOf(text);
    }

    private Werkzeug tool(String field, int nth) {
        return session.store().catalogue().werkzeuge().stream().filter(w -> w.handlungsfeld().equals(field))
                .skip(nth).findFirst().orElseThrow();
    }

    private String shortName(String field) {
        return session.store().catalogue().handlungsfeld(field).map(Handlungsfeld::shortName).orElseThrow();
    }

    @Test
    void withLanesEveryColumnShowsEveryFieldInCatalogueOrderWithItsCardsUnderIt() {
        assertThat(rows(2)).containsExactly("[FACHKRAEFTE 1]", WELCOME, "[BILDUNG 1]",
                "Lernpatenschaften für Grundschulkinder", "[TEILHABE 0]", "[MOBILITAET 1]", BUS, "[WOHNEN 0]");
        assertThat(board.columns()).allSatisfy(c -> assertThat(c.rows()).filteredOn(LaneHeader.class::isInstance)
                .extracting(r -> ((LaneHeader) r).field().key())
                .containsExactly("FACHKRAEFTE", "BILDUNG", "TEILHABE", "MOBILITAET", "WOHNEN"));
    }

    @Test
    void switchingLanesIsAStepThatUndoTakesBack() {
        assertThat(board.swimlanesProperty().get()).isTrue();
        assertThat(board.undoState().undoTextProperty().get()).contains("Swimlanes");
        board.undo();
        assertThat(board.swimlanesProperty().get()).isFalse();
        assertThat(rows(2)).containsExactly(BUS, WELCOME, "Lernpatenschaften für Grundschulkinder");
        board.redo();
        assertThat(rows(2)).hasSize(8);
        board.toggleSwimlanes();
        assertThat(session.store().swimlanes()).isFalse();
    }

    @Test
    void theWipLimitCountsTheCardsOfAllLanesButNoHeader() {
        assertThat(board.columnEdits().setWipLimit(column(2), "2")).isEmpty();
        assertThat(column(2).cards()).hasSize(3);
        assertThat(column(2).column().overLimit(column(2).cards().size())).isTrue();
        assertThat(board.columnEdits().setWipLimit(column(2), "3")).isEmpty();
        assertThat(column(2).column().overLimit(column(2).cards().size())).isFalse();
    }

    @Test
    void aCardDroppedIntoAnotherLaneMovesWithItsNewFieldOnlyAfterYesAndUndoTakesBothBack() {
        CardItem welcome = card(WELCOME);
        Card before = welcome.card();
        int row = rowOf(2, "[MOBILITAET 1]") + 1;          // just under the header: top of the lane
        assertThat(column(2).dropRow(row, null)).isEqualTo(row);

        board.moveCard(welcome, column(2), row);

        assertThat(questions).containsExactly("Karte „" + WELCOME + "“ ins Handlungsfeld „"
                + shortName("MOBILITAET") + "“ verschieben? Das ändert ihr Handlungsfeld.");
        assertThat(rows(2)).containsExactly("[FACHKRAEFTE 0]", "[BILDUNG 1]", "Lernpatenschaften für Grundschulkinder",
                "[TEILHABE 0]", "[MOBILITAET 2]", WELCOME, BUS, "[WOHNEN 0]");
        assertThat(card(WELCOME).card().handlungsfeld()).isEqualTo("MOBILITAET");
        assertThat(card(WELCOME).fieldName()).isEqualTo(shortName("MOBILITAET"));

        board.undo();
        Card back = session.store().card(before.id()).orElseThrow();
        assertThat(back.handlungsfeld()).isEqualTo("FACHKRAEFTE");
        assertThat(back.position()).isEqualTo(before.position());
        assertThat(back.column()).isEqualTo(before.column());
        assertThat(rows(2)).startsWith("[FACHKRAEFTE 1]", WELCOME);
        assertThat(errors).isEmpty();
    }

    @Test
    void noToTheQuestionChangesNothing() {
        answers.push(false);
        board.moveCard(card(WELCOME), column(3), rowOf(3, "[MOBILITAET 0]") + 1);
        assertThat(questions).hasSize(1);
        assertThat(card(WELCOME).card().handlungsfeld()).isEqualTo("FACHKRAEFTE");
        assertThat(rows(2)).contains(WELCOME);
        assertThat(board.undoState().undoTextProperty().get()).contains("Swimlanes");
    }

    @Test
    void aCardDroppedUnderTheHeaderOfAnEmptyLaneInAnotherColumnLandsInIt() {
        // „In Umsetzung“: [FACHKRAEFTE] Ausbildungsmesse, [BILDUNG] –, [TEILHABE] Ehrenamtsbörse, …
        int row = rowOf(3, "[BILDUNG 0]") + 1;
        board.moveCard(card(WELCOME), column(3), row);
        assertThat(rows(3).subList(row - 1, row + 2)).containsExactly("[BILDUNG 1]", WELCOME, "[TEILHABE 1]");
        assertThat(card(WELCOME).card().handlungsfeld()).isEqualTo("BILDUNG");
    }

    @Test
    void aCardDroppedInItsOwnLaneIsNotAsked() {
        board.moveCard(card(WELCOME), column(3), rowOf(3, "[FACHKRAEFTE 1]") + 1);
        assertThat(questions).isEmpty();
        assertThat(rows(3)).startsWith("[FACHKRAEFTE 2]", WELCOME);
    }

    @Test
    void aDropAboveTheFirstHeaderLandsUnderIt() {
        assertThat(column(2).dropRow(0, null)).isEqualTo(1);
        board.moveCard(card(BUS), column(2), 0);
        assertThat(rows(2)).startsWith("[FACHKRAEFTE 2]", BUS, WELCOME);
        assertThat(card(BUS).card().handlungsfeld()).isEqualTo("FACHKRAEFTE");
    }

    @Test
    void aToolDroppedIntoAnotherFieldsLaneLandsAtTheEndOfItsOwnLaneWhereTheLineShowsIt() {
        Werkzeug mobility = tool("MOBILITAET", 5);
        int pointer = rowOf(2, "[FACHKRAEFTE 1]") + 1;
        int line = column(2).dropRow(pointer, mobility.handlungsfeld());
        assertThat(line).isEqualTo(rowOf(2, BUS) + 1);

        board.dropTool(mobility, column(2), pointer);

        assertThat(questions).isEmpty();
        assertThat(rows(2).get(line)).isEqualTo(mobility.title());
        assertThat(rows(2)).contains("[MOBILITAET 2]");
    }

    @Test
    void aToolDroppedIntoItsOwnLaneLandsExactlyAtTheLine() {
        Werkzeug mobility = tool("MOBILITAET", 5);
        int row = rowOf(2, "[MOBILITAET 1]") + 1;
        assertThat(column(2).dropRow(row, mobility.handlungsfeld())).isEqualTo(row);
        board.dropTool(mobility, column(2), row);
        assertThat(rows(2).get(row)).isEqualTo(mobility.title());
        assertThat(rows(2).get(row + 1)).isEqualTo(BUS);
    }

    @Test
    void withAFilterTheHeadersCountWhatIsShownAndOnlyTheFilteredFieldsLaneStays() {
        board.filterProperty().set(new CardFilter("welcome", null, null, null, null, false, false));
        assertThat(rows(2)).containsExactly("[FACHKRAEFTE 1]", WELCOME, "[BILDUNG 0/1]", "[TEILHABE 0]",
                "[MOBILITAET 0/1]", "[WOHNEN 0]");
        board.filterProperty().set(new CardFilter("", "MOBILITAET", null, null, null, false, false));
        assertThat(rows(2)).containsExactly("[MOBILITAET 1]", BUS);
        assertThat(rows(0)).containsExactly("[MOBILITAET 1]", "Mitfahrbänke in den Dörfern");
    }

    @Test
    void aToolDroppedIntoAFilteredLaneLandsRightAboveTheVisibleCardUnderTheLine() {
        Kind busKind = card(BUS).kind();
        List<Werkzeug> mobility = session.store().catalogue().werkzeuge().stream()
                .filter(w -> w.handlungsfeld().equals("MOBILITAET") && !BUS.startsWith(w.title())).toList();
        Werkzeug hidden = mobility.stream().filter(w -> w.kind() != busKind).findFirst().orElseThrow();
        Werkzeug shown = mobility.stream().filter(w -> w.kind() == busKind && !w.title().equals(card(BUS).card().title()))
                .skip(1).findFirst().orElseThrow();
        Werkzeug dropped = mobility.stream().filter(w -> w.kind() == busKind).skip(2).findFirst().orElseThrow();
        // the lane holds Bürgerbus, hidden, shown; the filter shows Bürgerbus and shown only
        board.addTool(hidden, column(2), 3);
        board.addTool(shown, column(2), 4);
        board.filterProperty().set(new CardFilter("", null, busKind, null, null, false, false));
        assertThat(rows(2)).containsSubsequence("[MOBILITAET 2/3]", BUS, shown.title());

        board.dropTool(dropped, column(2), rowOf(2, BUS) + 1);

        assertThat(column(2).cards()).extracting(i -> i.card().title())
                .containsSubsequence(BUS, hidden.title(), dropped.title(), shown.title());
        assertThat(rows(2)).containsSubsequence("[MOBILITAET 3/4]", BUS, dropped.title(), shown.title());
    }

    @Test
    void ctrlDownAtTheBottomOfALaneAsksAndMovesTheCardToTheTopOfTheNextLane() {
        CardItem welcome = card(WELCOME);
        assertThat(board.step(welcome, Direction.DOWN))
                .contains(new Place(2, rowOf(2, "[BILDUNG 2]") + 1));
        assertThat(questions).singleElement().asString().contains(WELCOME, shortName("BILDUNG"));
        assertThat(rows(2)).startsWith("[FACHKRAEFTE 0]", "[BILDUNG 2]", WELCOME, "Lernpatenschaften für Grundschulkinder");
    }

    @Test
    void ctrlUpAtTheTopOfALaneMovesTheCardToTheEndOfTheLaneAboveEvenAnEmptyOne() {
        CardItem bus = card(BUS);
        assertThat(board.step(bus, Direction.UP)).isPresent();
        assertThat(rows(2)).containsSubsequence("[TEILHABE 1]", BUS, "[MOBILITAET 0]");
        assertThat(board.step(card(BUS), Direction.UP)).isPresent();
        assertThat(rows(2)).containsSubsequence("[BILDUNG 2]", "Lernpatenschaften für Grundschulkinder", BUS, "[TEILHABE 0]");
    }

    @Test
    void aNoAtTheLanesEdgeLeavesTheCardAndTheFirstLanesTopGoesNowhere() {
        answers.push(false);
        assertThat(board.step(card(WELCOME), Direction.DOWN)).isEmpty();
        assertThat(board.step(card(WELCOME), Direction.UP)).isEmpty();
        assertThat(questions).hasSize(1);
        assertThat(rows(2)).startsWith("[FACHKRAEFTE 1]", WELCOME);
    }

    @Test
    void ctrlUpAndDownWithinALaneSwapNeighbours() {
        Werkzeug extra = tool("MOBILITAET", 5);
        board.dropTool(extra, column(2), rowOf(2, BUS) + 1);
        assertThat(board.step(card(BUS), Direction.DOWN)).isPresent();
        assertThat(rows(2)).containsSubsequence("[MOBILITAET 2]", extra.title(), BUS);
        assertThat(board.step(card(BUS), Direction.UP)).isPresent();
        assertThat(rows(2)).containsSubsequence("[MOBILITAET 2]", BUS, extra.title());
        assertThat(questions).isEmpty();
    }

    @Test
    void ctrlRightKeepsTheLaneAndTheHeightInIt() {
        CardItem bus = card(BUS);
        assertThat(board.step(bus, Direction.RIGHT))
                .contains(new Place(3, rowOf(3, "[MOBILITAET 1]") + 1));
        assertThat(card(BUS).card().handlungsfeld()).isEqualTo("MOBILITAET");
        assertThat(questions).isEmpty();
    }

    @Test
    void randomDropsAndStepsAcrossLanesAndColumnsKeepEveryCardInExactlyOnePlace() {
        Random random = new Random(11);
        Werkzeug tool = tool("TEILHABE", 3);
        for (int i = 0; i < 120; i++) {
            int target = random.nextInt(5);
            answers.push(random.nextBoolean());
            switch (random.nextInt(6)) {
                case 0 -> board.dropTool(tool, column(target), random.nextInt(column(target).rows().size() + 1));
                case 1 -> board.undo();
                case 2 -> {
                    List<CardItem> all = board.columns().stream().flatMap(c -> c.cards().stream()).toList();
                    board.step(all.get(random.nextInt(all.size())),
                            Direction.values()[random.nextInt(4)]);
                }
                default -> {
                    List<CardItem> all = board.columns().stream().flatMap(c -> c.cards().stream()).toList();
                    CardItem card = all.get(random.nextInt(all.size()));
                    int row = random.nextInt(column(target).rows().size() + 1);
                    dropAndCheckItLandsAtTheLine(card, column(target), row);
                }
            }
            answers.clear();
            assertConsistent();
        }
        var fresh = new BoardViewModel(Clock.systemUTC());
        fresh.attach(session);
        for (int c = 0; c < 5; c++) {
            assertThat(column(c).rows()).isEqualTo(fresh.columns().get(c).rows());
        }
        assertThat(errors).isEmpty();
    }

    /** The card lands where the drop line was drawn (when the user said yes or was not asked). */
    private void dropAndCheckItLandsAtTheLine(CardItem card, ColumnModel target, int pointer) {
        int line = target.dropRow(pointer, null);
        List<BoardRow> before = List.copyOf(target.rows());
        int questionsBefore = questions.size();
        boolean yes = answers.isEmpty() || answers.peek();
        board.moveCard(card, target, pointer);
        boolean asked = questions.size() > questionsBefore;
        int now = target.rowOf(card.card().id());
        if (asked && !yes) {
            assertThat(target.rows()).isEqualTo(before);
            return;
        }
        // the rows above the line stay above the card, those below stay below
        List<UUID> above = before.subList(0, line).stream().filter(CardItem.class::isInstance)
                .map(r -> ((CardItem) r).card().id()).filter(id -> !id.equals(card.card().id())).toList();
        List<UUID> shownAbove = target.rows().subList(0, Math.max(0, now)).stream().filter(CardItem.class::isInstance)
                .map(r -> ((CardItem) r).card().id()).toList();
        assertThat(now).isGreaterThanOrEqualTo(0);
        assertThat(shownAbove).containsExactlyElementsOf(above);
    }

    /** Each card exactly once, positions rising in each column, each card under its own field's header. */
    private void assertConsistent() {
        Set<UUID> seen = new HashSet<>();
        for (ColumnModel c : board.columns()) {
            assertThat(c.cards()).extracting(i -> i.card().position()).isSorted().doesNotHaveDuplicates();
            String lane = null;
            long last = Long.MIN_VALUE;
            for (BoardRow row : c.rows()) {
                if (row instanceof LaneHeader h) {
                    lane = h.field().key();
                    last = Long.MIN_VALUE;
                } else {
                    Card card = ((CardItem) row).card();
                    assertThat(card.handlungsfeld()).isEqualTo(lane);
                    assertThat(card.position()).isGreaterThan(last);
                    last = card.position();
                    assertThat(seen.add(card.id())).as("card %s once", card.title()).isTrue();
                }
            }
        }
        assertThat(seen).hasSize(session.store().plan().orElseThrow().cards().size());
    }

    @Test
    void aToolKeepsItsKindOnTheCard() {
        Werkzeug green = session.store().catalogue().werkzeuge().stream().filter(w -> w.kind() == Kind.GREEN)
                .findFirst().orElseThrow();
        board.dropTool(green, column(0), 1);
        assertThat(card(green.title()).kind()).isEqualTo(Kind.GREEN);
    }
}
