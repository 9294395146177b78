package de.werkbank.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.cli.CommandLine;
import de.werkbank.session.Session;
import de.werkbank.store.StoreLocation;
import de.werkbank.ui.WindowUiTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class RestoreBackupUiTest extends WindowUiTest {

    @Test
    void datei_sicherungWiederherstellen_listsTheBackupsAndAfterTheConfirmationShowsTheRestoredPlan(FxRobot robot)
            throws Exception {
        // a backup of the sample plan: a snapshot import of the plan itself takes one
        String snapshot = dir.resolve("plan.json").toString();
        command("--store", dir.toString(), "export-snapshot", snapshot);
        command("--store", dir.toString(), "import-snapshot", snapshot, "--replace");
        robot.interact(() -> window.show(Session.openOrCreate(StoreLocation.in(dir))));
        WaitForAsyncUtils.waitForFxEvents();
        int before = titles(robot, 0).size();

        robot.clickOn("#catalogue-search").write("Rufbus");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#catalogue-list .werkzeug-tile").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot, 0)).hasSize(before + 1);

        MenuItem restore = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "menu-restore-backup".equals(i.getId())).findFirst().orElseThrow();
        assertThat(restore.getText()).isEqualTo("Sicherung _wiederherstellen…");
        robot.interact(restore::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#backup-list").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#backup-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        String listed = BackupActions.describe((de.werkbank.store.Backups.Backup) list.getItems().get(0));
        assertThat(listed).contains("vor einem Snapshot-Import", "werkbank-backup-before-import-")
                .containsPattern("\\d+(,\\d+)? [KM]B");
        String name = listed.substring(listed.indexOf("werkbank-backup-"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane confirm = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(confirm.getHeaderText()).contains(name);
        robot.clickOn("OK");
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> dialogTexts(robot).contains("wiederhergestellt"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no dialog says the backup was restored: " + dialogTexts(robot), e);
        }
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shown(robot) == before);
        assertThat(shown(robot)).isEqualTo(before);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != robot.lookup(".menu-bar").queryAs(MenuBar.class)
                .getScene().getWindow()).toList().forEach(Window::hide));
    }

    /** How many cards the first column shows, read on the FX thread (-1 while the board is being rebuilt). */
    private static int shown(FxRobot robot) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> titles(robot, 0).size()).get();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String dialogTexts(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .map(p -> p.getHeaderText() + " / " + p.getContentText()).toList().toString();
    }

    private static void command(String... args) {
        var out = new ByteArrayOutputStream();
        var outcome = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(outcome).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(new de.werkbank.cli.Outcome.Exit(0));
    }
}
