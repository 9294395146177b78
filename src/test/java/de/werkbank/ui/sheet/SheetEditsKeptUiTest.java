package de.werkbank.ui.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.plan.EditSheet;
import de.werkbank.plan.PlanEditor;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import de.werkbank.ui.WindowUiTest;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the user typed into a sheet is never lost: not when the window closes, not when someone else changed it. */
class SheetEditsKeptUiTest extends WindowUiTest {

    /** Opens the sheet of the first card of the first column, types into its goal and returns the card. */
    private UUID typeIntoGoal(FxRobot robot, String text) {
        robot.clickOn(robot.lookup("#column-0 .card-row").nth(0).queryAs(Node.class));
        UUID card = selectedCard(robot, 0).card().id();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea goal = robot.lookup("#sheet-goal").queryAs(TextArea.class);
        robot.interact(() -> {
            goal.requestFocus();
            goal.selectAll();
        });
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(goal.isFocused()).isTrue();
        return card;
    }

    private String storedGoal(UUID card) {
        try (Store store = Store.open(StoreLocation.in(dir))) {
            return store.sheet(card).goal();
        }
    }

    /** Another user, with a store and an editor of their own, changes the sheet's goal. */
    private void someoneElseSets(UUID card, Consumer<Werkzeugblatt.Draft> edit) {
        try (Store store = Store.open(StoreLocation.in(dir))) {
            var editor = new PlanEditor(store, () -> "ben", Clock.systemUTC());
            Werkzeugblatt sheet = store.sheet(card);
            editor.execute(new EditSheet(sheet, sheet.with(edit), "Karte"));
        }
    }

    private static Stage stage(FxRobot robot) {
        return (Stage) robot.lookup("#sheet-goal").query().getScene().getWindow();
    }

    @Test
    void enterThenTypingThenCtrlQKeepsTheText(FxRobot robot) {
        // Enter on a card opens its sheet with the focus in „Ziel“: what is typed at once goes there
        robot.clickOn(robot.lookup("#column-0 .card-row").nth(0).queryAs(Node.class));
        UUID card = selectedCard(robot, 0).card().id();
        String before = storedGoal(card);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Sofort getippt");
        Stage stage = stage(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
        // typed where the caret stood in the goal, nothing else changed
        assertThat(storedGoal(card)).contains("Sofort getippt").hasSize(before.length() + "Sofort getippt".length());
    }

    @Test
    void textTypedIntoAFieldIsStoredWhenTheWindowIsClosedWithCtrlQ(FxRobot robot) {
        UUID card = typeIntoGoal(robot, "Getippt und gleich beendet");
        Stage stage = stage(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
        assertThat(storedGoal(card)).isEqualTo("Getippt und gleich beendet");
    }

    @Test
    void textTypedIntoAFieldIsStoredWhenTheWindowsCloseButtonIsUsed(FxRobot robot) {
        UUID card = typeIntoGoal(robot, "Fenster zu");
        Stage stage = stage(robot);
        // what the window's close button does: a close request, then the window is hidden
        robot.interact(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            stage.hide();
        });
        assertThat(storedGoal(card)).isEqualTo("Fenster zu");
    }

    @Test
    void textTypedIntoAFieldIsStoredWhenTheSheetIsClosed(FxRobot robot) {
        UUID card = typeIntoGoal(robot, "Blatt zu");
        robot.interact(() -> robot.lookup("#sheet-close").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sheet-panel").tryQuery()).isEmpty();
        assertThat(storedGoal(card)).isEqualTo("Blatt zu");
    }

    /** Types, lets someone else change the goal, leaves the field: the note stands under it. */
    private UUID conflictAtGoal(FxRobot robot) {
        UUID card = typeIntoGoal(robot, "Meine Fassung");
        someoneElseSets(card, d -> d.goal = "Fassung von Ben");
        robot.interact(() -> robot.lookup("#sheet-new-step").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sheet-goal").queryAs(TextArea.class).getText()).isEqualTo("Meine Fassung");
        assertThat(robot.lookup(".sheet-conflict-text").queryAs(Labeled.class).getText())
                .isEqualTo("Inzwischen von jemand anderem geändert: „Fassung von Ben“");
        assertThat(storedGoal(card)).isEqualTo("Fassung von Ben");
        return card;
    }

    @Test
    void aConflictKeepsTheTypedTextAndMeineEingabeBehaltenStoresIt(FxRobot robot) {
        UUID card = conflictAtGoal(robot);
        robot.clickOn(robot.lookup(".conflict-keep").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedGoal(card)).isEqualTo("Meine Fassung");
        assertThat(robot.lookup(".sheet-conflict").tryQuery()).isEmpty();
        assertThat(robot.lookup("#sheet-goal").queryAs(TextArea.class).getText()).isEqualTo("Meine Fassung");
    }

    @Test
    void aConflictsAenderungUebernehmenShowsTheOtherText(FxRobot robot) {
        UUID card = conflictAtGoal(robot);
        robot.clickOn(robot.lookup(".conflict-take").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sheet-goal").queryAs(TextArea.class).getText()).isEqualTo("Fassung von Ben");
        assertThat(robot.lookup(".sheet-conflict").tryQuery()).isEmpty();
        assertThat(storedGoal(card)).isEqualTo("Fassung von Ben");
    }

    @Test
    void anEditOfAnotherFieldIsStoredOverSomeoneElsesChangeWithoutAConflict(FxRobot robot) {
        UUID card = typeIntoGoal(robot, "Mein Ziel");
        someoneElseSets(card, d -> d.description = "Beschreibung von Ben");
        robot.interact(() -> robot.lookup("#sheet-new-step").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".sheet-conflict").tryQuery()).isEmpty();
        try (Store store = Store.open(StoreLocation.in(dir))) {
            assertThat(store.sheet(card).goal()).isEqualTo("Mein Ziel");
            assertThat(store.sheet(card).description()).isEqualTo("Beschreibung von Ben");
        }
    }

    /** Types, lets someone else change the goal, then quits with Ctrl+Q: a dialog asks which to keep. */
    private UUID quitOverAConflict(FxRobot robot, String choice) {
        UUID card = typeIntoGoal(robot, "Meine letzte Fassung");
        someoneElseSets(card, d -> d.goal = "Bens Fassung");
        Stage stage = stage(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Labeled.class).getText())
                .isEqualTo("Inzwischen von jemand anderem geändert: „Bens Fassung“");
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Labeled.class).getText())
                .isEqualTo("Ihre Eingabe: „Meine letzte Fassung“");
        assertThat(stage.isShowing()).as("the window waits for the answer").isTrue();
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals(choice))
                .queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
        return card;
    }

    @Test
    void quittingOverAConflictAsksAndMeineEingabeBehaltenStoresTheTypedText(FxRobot robot) {
        UUID card = quitOverAConflict(robot, "Meine Eingabe behalten");
        assertThat(storedGoal(card)).isEqualTo("Meine letzte Fassung");
    }

    @Test
    void quittingOverAConflictAsksAndAenderungUebernehmenKeepsTheOtherText(FxRobot robot) {
        UUID card = quitOverAConflict(robot, "Änderung übernehmen");
        assertThat(storedGoal(card)).isEqualTo("Bens Fassung");
    }
}
