package de.werkbank.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.plan.EditSheet;
import de.werkbank.session.Session;
import de.werkbank.session.UserSettings;
import de.werkbank.sheet.StepStatus;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the board shows of the cards' Werkzeugblätter, without a screen, on a fixed day. */
class BoardSheetsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    private Session session;
    private final BoardViewModel board = new BoardViewModel(Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));

    @BeforeEach
    void open() {
        session = Session.openOrCreate(StoreLocation.in(dir));
        board.attach(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private CardItem card(String title) {
        return board.columns().stream().flatMap(c -> c.cards().stream()).filter(i -> i.card().title().equals(title))
                .findFirst().orElseThrow();
    }

    private List<String> visible() {
        return board.columns().stream().flatMap(c -> c.visibleCards().stream()).map(i -> i.card().title()).toList();
    }

    @Test
    void aCardShowsItsSheetsProgressLeadOfficeAndMarks() {
        CardItem bus = card("Bürgerbus Nideggen–Heimbach");
        assertThat(bus.progress().done()).isEqualTo(2);
        assertThat(bus.progress().total()).isEqualTo(7);
        assertThat(bus.progress().overdue()).isTrue();
        assertThat(bus.progress().blocked()).isTrue();
        assertThat(bus.progress().nextDue()).isBefore(TODAY);
        assertThat(bus.leadOffice()).isEqualTo("Amt für Mobilität und ÖPNV");
        assertThat(bus.areas()).containsExactlyInAnyOrder("05358044", "05358012");
        assertThat(card("Mitfahrbänke in den Dörfern").progress().total()).isZero();
    }

    @Test
    void theBoardFiltersByOverdueBlockedAndKommune() {
        board.filterProperty().set(new CardFilter("", null, null, null, null, true, false));
        assertThat(visible()).containsExactlyInAnyOrder("Bürgerbus Nideggen–Heimbach", "Welcome Center für Fachkräfte",
                "Ausbildungsmesse Nordkreis in Jülich");
        board.filterProperty().set(new CardFilter("", null, null, null, null, false, true));
        assertThat(visible()).contains("Bürgerbus Nideggen–Heimbach").doesNotContain("Welcome Center für Fachkräfte");
        board.filterProperty().set(new CardFilter("", null, null, null, "05358012", false, false));
        assertThat(visible()).contains("Bürgerbus Nideggen–Heimbach").doesNotContain("Mitfahrbänke in den Dörfern");
    }

    @Test
    void completingTheLastOverdueStepClearsTheMarkOnTheCard() {
        CardItem bus = card("Bürgerbus Nideggen–Heimbach");
        Werkzeugblatt sheet = session.store().sheet(bus.card().id());
        Werkzeugblatt done = sheet.with(d -> d.steps.replaceAll(
                s -> s.overdueOn(TODAY) ? s.withStatus(StepStatus.DONE) : s));
        session.editor().execute(new EditSheet(sheet, done, bus.card().title()));

        CardItem now = card("Bürgerbus Nideggen–Heimbach");
        assertThat(now.progress().overdue()).isFalse();
        assertThat(now.progress().done()).isGreaterThan(2);
        board.undo();
        assertThat(card("Bürgerbus Nideggen–Heimbach").progress().overdue()).isTrue();
    }

    @Test
    void dueStepsListOpenStepsMostUrgentFirstWithTheOverdueMarked() {
        List<DueStep> due = board.dueSteps(false);
        assertThat(due).isNotEmpty().noneMatch(d -> d.step().done());
        List<LocalDate> dates = due.stream().map(d -> d.step().due()).filter(d -> d != null).toList();
        assertThat(dates).isSorted();
        assertThat(due.get(0).overdue()).isTrue();
        assertThat(due).filteredOn(DueStep::overdue).hasSize(3);
        assertThat(due).extracting(DueStep::who).contains("Amt für Mobilität und ÖPNV");
    }

    @Test
    void myStepsAreTheOnesOfTheOfficeOrPersonNamedLikeTheUser() throws Exception {
        Preferences node = Preferences.userRoot().node("de/werkbank-test-" + UUID.randomUUID());
        try {
            UserSettings settings = new UserSettings(node);
            settings.setUserName("Julia Hoffmann");
            session.close();
            session = Session.openOrCreate(StoreLocation.in(dir), settings);
            board.attach(session);

            List<DueStep> mine = board.dueSteps(true);
            assertThat(mine).isNotEmpty().allMatch(d -> d.who().equals("Julia Hoffmann"));
            assertThat(board.dueSteps(false)).hasSizeGreaterThan(mine.size());
        } finally {
            node.removeNode();
        }
    }
}
