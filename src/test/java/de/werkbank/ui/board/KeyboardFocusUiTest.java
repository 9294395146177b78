package de.werkbank.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.ui.WindowUiTest;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Keyboard and focus as the user's test found them: sheet, context menu, filter, dialogs, shortcuts. */
class KeyboardFocusUiTest extends WindowUiTest {

    private static Node focusOwner(FxRobot robot) {
        return robot.lookup("#column-0").query().getScene().getFocusOwner();
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void enterOpensTheSheetInZielTabMovesOnAndEscapeFromAnyFieldClosesItAndReturnsToTheCard(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String card = selectedCard(robot, 0).card().title();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea goal = robot.lookup("#sheet-goal").queryAs(TextArea.class);
        assertThat(focusOwner(robot)).isSameAs(goal);

        String before = goal.getText();
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(goal.getText()).isEqualTo(before).doesNotContain("\t");
        assertThat(focusOwner(robot)).isNotSameAs(goal);

        robot.interact(() -> robot.lookup("#sheet-budget").query().requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sheet-panel").tryQuery()).isEmpty();
        assertThat(focusOwner(robot)).isSameAs(cards(robot, 0));
        assertThat(selectedCard(robot, 0).card().title()).isEqualTo(card);
    }

    @Test
    void afterUndoTheFocusFollowsTheCardSoTheNextMoveMovesTheSameCard(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String first = titles(robot, 0).get(0);
        ctrl(robot, KeyCode.RIGHT);
        ctrl(robot, KeyCode.RIGHT);
        assertThat(titles(robot, 2)).contains(first);
        ctrl(robot, KeyCode.Z);
        assertThat(titles(robot, 1)).contains(first);
        assertThat(focusOwner(robot)).isSameAs(cards(robot, 1));
        assertThat(selectedCard(robot, 1).card().title()).isEqualTo(first);
        ctrl(robot, KeyCode.Y);
        assertThat(focusOwner(robot)).isSameAs(cards(robot, 2));
        assertThat(selectedCard(robot, 2).card().title()).isEqualTo(first);
    }

    @Test
    void theFocusRingIsBlueAllRoundOnAnOverdueCard(FxRobot robot) {
        Node row = robot.lookup("#column-2 .card-row").nth(0).query();
        assertThat(row.getPseudoClassStates()).contains(javafx.css.PseudoClass.getPseudoClass("overdue"));
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        var card = robot.from(row).lookup(".card").queryAs(javafx.scene.layout.Region.class);
        var stroke = card.getBorder().getStrokes().get(0);
        for (var side : List.of(stroke.getTopStroke(), stroke.getRightStroke(), stroke.getBottomStroke(),
                stroke.getLeftStroke())) {
            assertThat(side).isEqualTo(javafx.scene.paint.Color.web("#0969DA"));
        }
        assertThat(stroke.getWidths().getTop()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void shiftF10AndTheContextMenuKeyOpenTheMenuOnACard(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(openContextMenus(robot)).hasSize(1);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(openContextMenus(robot)).isEmpty();
        robot.type(KeyCode.CONTEXT_MENU);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(openContextMenus(robot)).hasSize(1);
    }

    private static List<Window> openContextMenus(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing()).toList();
    }

    @Test
    void ctrlZInTheFilterFieldTakesBackTheTypingWithoutAnError(FxRobot robot) throws Throwable {
        TextField filter = robot.lookup("#board-filter-text").queryAs(TextField.class);
        robot.clickOn(filter).write("B");
        WaitForAsyncUtils.waitForFxEvents();
        ctrl(robot, KeyCode.Z);
        WaitForAsyncUtils.checkException();
        assertThat(filter.getText()).isEmpty();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(titles(robot, 2)).hasSize(3);
    }

    @Test
    void faelligeSchritteOpensWithTheFocusOnTheList(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#due-steps").queryAs(TableView.class);
        assertThat(table.getScene().getFocusOwner()).isSameAs(table);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#due-steps").tryQuery()).isEmpty();
        assertThat(robot.lookup("#sheet-panel").tryQuery()).isPresent();
    }

    @Test
    void everyShortcutInTheMenusBelongsToOneAction(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<String> shortcuts = new ArrayList<>();
        bar.getMenus().forEach(menu -> collect(menu, shortcuts));
        assertThat(shortcuts).isNotEmpty().doesNotHaveDuplicates();
        assertThat(shortcuts).contains("Shortcut+E");
    }

    private static void collect(MenuItem item, List<String> shortcuts) {
        if (item.getAccelerator() != null) {
            shortcuts.add(item.getAccelerator().getName());
        }
        if (item instanceof Menu menu) {
            menu.getItems().forEach(i -> collect(i, shortcuts));
        }
    }
}
