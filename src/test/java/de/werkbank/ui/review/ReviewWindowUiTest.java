package de.werkbank.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.review.Assessment;
import de.werkbank.review.Decision;
import de.werkbank.review.Review;
import de.werkbank.review.ReviewEntry;
import de.werkbank.session.Session;
import de.werkbank.session.UserSettings;
import de.werkbank.store.StoreLocation;
import de.werkbank.ui.theme.Theme;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A review worked through by keyboard on the sample store, finished, and its decisions applied and undone. */
@ExtendWith(ApplicationExtension.class)
class ReviewWindowUiTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("de/werkbank-test/" + UUID.randomUUID());
    private final List<String> asked = new ArrayList<>();
    private Session session;
    private ReviewWindow window;

    private Stage owner;

    @Start
    void start(Stage stage) {
        Theme.installBase();
        owner = stage;
    }

    /** The sample store (made off the FX thread: seeding takes a while) with a new review, in its window. */
    private void open(FxRobot robot) {
        session = Session.openOrCreate(StoreLocation.in(dir), new UserSettings(prefs));
        var model = new ReviewViewModel(session);
        assertThat(model.start("Halbzeitbilanz 2027", LocalDate.of(2027, 6, 30))).isTrue();
        robot.interact(() -> {
            window = new ReviewWindow(owner, model);
            window.setConfirmation(question -> asked.add(question));
            window.stage().show();
        });
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        if (window != null) {
            robot.interact(() -> window.stage().close());
        }
        if (session != null) {
            session.close();
        }
        prefs.removeNode();
    }

    private Review stored() {
        return session.store().reviews().stream().filter(r -> r.title().equals("Halbzeitbilanz 2027")).findFirst()
                .orElseThrow();
    }

    private String position(FxRobot robot) {
        return robot.lookup("#review-position").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    @Test
    void enterGoesOnShiftEnterBackWhatWasTypedIsStoredAndAFinishedReviewIsReadOnly(FxRobot robot) {
        open(robot);
        int measures = stored().entries().size();
        assertThat(position(robot)).startsWith("Maßnahme 1 von " + measures + ":");
        robot.clickOn("#review-helped").write("Förderbescheid kam früh");
        robot.interact(() -> combo(robot, "#review-assessment").setValue(Assessment.DELAYED));
        robot.clickOn("#review-helped").type(KeyCode.ENTER);
        assertThat(position(robot)).startsWith("Maßnahme 2 von " + measures + ":");
        ReviewEntry first = stored().entries().get(0);
        assertThat(first.helped()).isEqualTo("Förderbescheid kam früh");
        assertThat(first.assessment()).isEqualTo(Assessment.DELAYED);
        assertThat(robot.lookup("#review-helped").queryAs(TextArea.class).getText()).isEmpty();

        robot.clickOn("#review-blocked").write("Stellen fehlen");
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertThat(position(robot)).startsWith("Maßnahme 1 von");
        assertThat(robot.lookup("#review-helped").queryAs(TextArea.class).getText()).isEqualTo("Förderbescheid kam früh");
        assertThat(stored().entries().get(1).blocked()).isEqualTo("Stellen fehlen");

        robot.clickOn("#review-finish");
        assertThat(asked).singleElement().asString().contains("Halbzeitbilanz 2027");
        assertThat(stored().finished()).isTrue();
        TextArea helped = robot.lookup("#review-helped").queryAs(TextArea.class);
        assertThat(helped.isEditable()).isFalse();
        assertThat(combo(robot, "#review-assessment").isDisabled()).isTrue();
        robot.clickOn(helped).write("noch etwas").type(KeyCode.ENTER);
        assertThat(stored().entries().get(0).helped()).isEqualTo("Förderbescheid kam früh");
    }

    @Test
    void decisionsAreAppliedAfterAPreviewInOneStepThatUndoRestores(FxRobot robot) {
        open(robot);
        ReviewEntry ended = stored().entries().get(0);
        robot.interact(() -> combo(robot, "#review-decision").setValue(Decision.END));
        robot.clickOn("#review-helped").type(KeyCode.ENTER);
        assertThat(stored().entries().get(0).decision()).isEqualTo(Decision.END);
        robot.clickOn("#review-finish");
        var boardBefore = session.store().plan().orElseThrow().cards();

        robot.clickOn("#review-apply");
        assertThat(asked).hasSize(2);
        assertThat(asked.get(1)).contains("„" + ended.title() + "“ ins Archiv (beenden)");
        assertThat(session.store().card(ended.card())).isEmpty();
        assertThat(session.store().archivedCards()).anyMatch(c -> c.id().equals(ended.card()));

        robot.interact(() -> session.editor().undo());
        assertThat(session.store().plan().orElseThrow().cards()).extracting(c -> c.id())
                .containsExactlyInAnyOrderElementsOf(boardBefore.stream().map(c -> c.id()).toList());
        assertThat(stored().finished()).isTrue();
    }

    @Test
    void bilanzZiehenAgainBringsTheOpenWindowToTheFrontAndAChangeElsewhereKeepsWhatIsTyped(FxRobot robot) {
        open(robot);
        var again = robot.interact(() -> ReviewWindow.open(owner, session, message -> { }));
        assertThat(robot.listWindows()).filteredOn(w -> w instanceof Stage s && s.isShowing()
                && "review-window".equals(s.getScene().getRoot().getId())).hasSize(1);
        robot.clickOn("#review-helped").write("Ehrenamt trägt");
        ReviewEntry first = stored().entries().get(0);
        // a change made in the main window while typing here: the sheet of another measure gets a new goal
        var card = stored().entries().get(1).card();
        var before = session.store().sheet(card);
        var after = before.with(d -> d.goal = before.goal() + " (geprüft)");
        robot.interact(() -> session.editor().execute(new de.werkbank.plan.EditSheet(before, after, "Test")));
        assertThat(robot.lookup("#review-helped").queryAs(TextArea.class).getText()).isEqualTo("Ehrenamt trägt");
        robot.clickOn("#review-helped").type(KeyCode.ENTER);
        assertThat(stored().entries().get(0).helped()).isEqualTo("Ehrenamt trägt");
        assertThat(first.card()).isEqualTo(stored().entries().get(0).card());
    }
}
