package de.werkbank.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.plan.Card;
import de.werkbank.sheet.Progress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rows of a column with and without swimlanes, and which place a drop between rows stands for. */
class LaneRowsTest {

    static final Handlungsfeld F = field("F", 0);
    static final Handlungsfeld G = field("G", 1);
    static final Handlungsfeld H = field("H", 2);
    private static final UUID COLUMN = UUID.randomUUID();

    static Handlungsfeld field(String key, int position) {
        return new Handlungsfeld(UUID.randomUUID(), key, "Feld " + key, "Handlungsfeld " + key, "#546E7A", position);
    }

    /** A card of field {@code field} at {@code position} of one column. */
    static CardItem card(String title, String field, long position) {
        return new CardItem(new Card(UUID.randomUUID(), UUID.randomUUID(), field, COLUMN, position, title,
                Instant.EPOCH, 0), "W-001", Kind.BLUE, field, "#546E7A", "", List.of(), Progress.NONE, false);
    }

    // the column top to bottom: a(F) b(G) c(F) d(G) e(F); lanes F, G, H (H empty)
    private final CardItem a = card("a", "F", 10);
    private final CardItem b = card("b", "G", 20);
    private final CardItem c = card("c", "F", 30);
    private final CardItem d = card("d", "G", 40);
    private final CardItem e = card("e", "F", 50);
    private final List<CardItem> column = List.of(a, b, c, d, e);
    private final List<Handlungsfeld> lanes = List.of(F, G, H);

    private static String describe(BoardRow row) {
        return row instanceof LaneHeader h
                ? "[" + h.field().key() + " " + h.shown() + "/" + h.total() + "]"
                : ((CardItem) row).card().title();
    }

    private List<String> shown(List<BoardRow> rows) {
        return rows.stream().map(LaneRowsTest::describe).toList();
    }

    @Test
    void withLanesEachFieldInCatalogueOrderHasAHeaderAboveItsCardsAndEmptyLanesStay() {
        assertThat(shown(LaneRows.of(column, column, lanes)))
                .containsExactly("[F 3/3]", "a", "c", "e", "[G 2/2]", "b", "d", "[H 0/0]");
    }

    @Test
    void withoutLanesTheRowsAreTheVisibleCards() {
        assertThat(shown(LaneRows.of(column, List.of(a, c), List.of()))).containsExactly("a", "c");
    }

    @Test
    void aLaneHeaderCountsTheVisibleAndAllCardsOfItsLane() {
        assertThat(shown(LaneRows.of(column, List.of(a, d, e), lanes)))
                .containsExactly("[F 2/3]", "a", "e", "[G 1/2]", "d", "[H 0/0]");
    }

    private final List<BoardRow> rows = LaneRows.of(column, column, lanes);

    @Test
    void justUnderAHeaderIsTheTopOfItsLane() {
        assertThat(LaneRows.slotAt(rows, 1)).isEqualTo(new LaneRows.Slot("F", 0));
        assertThat(LaneRows.slotAt(rows, 5)).isEqualTo(new LaneRows.Slot("G", 0));
    }

    @Test
    void justUnderACardIsThePlaceAfterItInItsLane() {
        assertThat(LaneRows.slotAt(rows, 3)).isEqualTo(new LaneRows.Slot("F", 2));
        // just above the next header: the end of the lane above it
        assertThat(LaneRows.slotAt(rows, 4)).isEqualTo(new LaneRows.Slot("F", 3));
        assertThat(LaneRows.slotAt(rows, 7)).isEqualTo(new LaneRows.Slot("G", 2));
    }

    @Test
    void anEmptyLaneIsReachedUnderItsHeaderAndBelowTheLastRow() {
        assertThat(LaneRows.slotAt(rows, 8)).isEqualTo(new LaneRows.Slot("H", 0));
        assertThat(LaneRows.slotAt(rows, 99)).isEqualTo(new LaneRows.Slot("H", 0));
    }

    @Test
    void nothingLandsAboveTheFirstHeader() {
        assertThat(LaneRows.slotAt(rows, 0)).isEqualTo(new LaneRows.Slot("F", 0));
        assertThat(LaneRows.rowOf(rows, LaneRows.slotAt(rows, 0))).isEqualTo(1);
    }

    @Test
    void withoutLanesAPlaceIsTheInsertionIndexAmongTheVisibleCards() {
        List<BoardRow> plain = LaneRows.of(column, column, List.of());
        assertThat(LaneRows.slotAt(plain, 2)).isEqualTo(new LaneRows.Slot(null, 2));
        assertThat(LaneRows.slotAt(plain, 9)).isEqualTo(new LaneRows.Slot(null, 5));
        assertThat(LaneRows.slotAt(List.of(), 0)).isEqualTo(new LaneRows.Slot(null, 0));
        assertThat(LaneRows.rowOf(plain, new LaneRows.Slot(null, 3))).isEqualTo(3);
    }

    @Test
    void theDropLineOfEveryPlaceIsWhereThePointerWas() {
        for (int row = 1; row <= rows.size(); row++) {
            assertThat(LaneRows.rowOf(rows, LaneRows.slotAt(rows, row))).as("row %d", row).isEqualTo(row);
        }
    }

    @Test
    void aPlaceInALaneThatIsNotShownIsTheEndOfTheColumn() {
        assertThat(LaneRows.rowOf(rows, new LaneRows.Slot("X", 0))).isEqualTo(rows.size());
        assertThat(LaneRows.rowOf(rows, new LaneRows.Slot("F", 7))).isEqualTo(4);
    }

    @Test
    void aCardTakenOutOrPutInChangesTheRowsInPlaceExactlyAsShowingThemAnew() {
        Random random = new Random(20261127L);
        List<List<Handlungsfeld>> laneChoices = List.of(lanes, List.of(), List.of(G));
        for (int round = 0; round < 200; round++) {
            List<Handlungsfeld> shownLanes = laneChoices.get(random.nextInt(laneChoices.size()));
            // a filter that lets some cards through: those whose title does not end in 7
            java.util.function.Predicate<CardItem> filter = item -> !item.card().title().endsWith("7");
            List<CardItem> all = new ArrayList<>();
            for (int i = 0; i < random.nextInt(30); i++) {
                all.add(randomCard(random, all.size()));
            }
            all.sort(java.util.Comparator.comparingLong(item -> item.card().position()));
            List<BoardRow> rows = new ArrayList<>(LaneRows.of(all, all.stream().filter(filter).toList(), shownLanes));
            for (int step = 0; step < 20; step++) {
                if (!all.isEmpty() && random.nextBoolean()) {
                    CardItem out = all.remove(random.nextInt(all.size()));
                    LaneRows.removeCard(rows, out, !shownLanes.isEmpty());
                } else {
                    CardItem in = randomCard(random, all.size());
                    if (all.stream().anyMatch(item -> item.card().position() == in.card().position())) {
                        continue;
                    }
                    all.add(in);
                    all.sort(java.util.Comparator.comparingLong(item -> item.card().position()));
                    LaneRows.addCard(rows, in, filter.test(in), !shownLanes.isEmpty());
                }
                assertThat(shown(rows)).as("round %d step %d", round, step)
                        .isEqualTo(shown(LaneRows.of(all, all.stream().filter(filter).toList(), shownLanes)));
            }
        }
    }

    @Test
    void theCardsOfALaneAreTheRowsUnderItsHeader() {
        List<BoardRow> rows = LaneRows.of(column, List.of(a, b, e), lanes);
        assertThat(LaneRows.laneCards(rows, "F")).containsExactly(a, e);
        assertThat(LaneRows.laneCards(rows, "G")).containsExactly(b);
        assertThat(LaneRows.laneCards(rows, "H")).isEmpty();
        assertThat(LaneRows.laneCards(rows, "X")).isEmpty();
    }

    private static CardItem randomCard(Random random, int n) {
        String field = List.of("F", "G", "H", "X").get(random.nextInt(4));
        return card("c" + n + random.nextInt(10), field, random.nextInt(1000));
    }
}
