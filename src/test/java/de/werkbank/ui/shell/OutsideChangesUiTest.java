package de.werkbank.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.ui.WindowUiTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A command run in another process while the window is open; the window shows its result once it looks again. */
class OutsideChangesUiTest extends WindowUiTest {

    @Test
    void aCatalogueImportElsewhereShowsInTheCataloguePanelAfterATabIsShown(FxRobot robot) throws Exception {
        assertThat(count(robot)).isEqualTo("100 von 100 Werkzeugen");
        Path file = dir.resolveSibling(dir.getFileName() + "-katalog.csv");
        Files.writeString(file, "ID;Titel;Handlungsfeld;Art\n;Dorfladen-Netzwerk;Leben & Wohnen;grün\n", StandardCharsets.UTF_8);

        command("import-catalogue", file.toString());
        assertThat(count(robot)).as("nothing looked yet").isEqualTo("100 von 100 Werkzeugen");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(count(robot)).isEqualTo("101 von 101 Werkzeugen");
    }

    @Test
    void aDataImportElsewhereShowsInTheOpenDatencheckWhenItsTabIsShownAgain(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#datencheck-table").tryQuery().isPresent());
        assertThat(robot.lookup("#measured-ehrenamtsquote").tryQuery()).isEmpty();
        Path file = dir.resolveSibling(dir.getFileName() + "-quote.csv");
        Files.writeString(file, "area_key;indicator;year;value\n05358008;ehrenamtsquote;2019;11,0\n", StandardCharsets.UTF_8);

        command("import-data", file.toString(), "--source", "Ehrenamtsumfrage 2026");
        assertThat(robot.lookup("#measured-ehrenamtsquote").tryQuery()).as("nothing looked yet").isEmpty();
        // back to the plan and to the Datencheck again (Monocle's headless windows do not pass the focus on)
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#measured-ehrenamtsquote").tryQuery()).isPresent();
        assertThat(robot.lookup(".datencheck-source").queryAs(Label.class).getText()).contains("Ehrenamtsumfrage 2026");
    }

    private static String count(FxRobot robot) {
        return robot.lookup("#catalogue-count").queryAs(Label.class).getText();
    }

    private void command(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dwerkbank.logDir=" + System.getProperty("werkbank.logDir"), "-cp", System.getProperty("java.class.path"),
                "de.werkbank.app.Launcher", "--store", dir.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolveSibling(dir.getFileName() + "-out.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(out)).isZero();
    }
}
