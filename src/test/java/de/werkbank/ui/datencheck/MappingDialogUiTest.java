package de.werkbank.ui.datencheck;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.ui.WindowUiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Importing the sample Landesdatenbank table in the window through the mapping step. */
class MappingDialogUiTest extends WindowUiTest {

    private static final Path FILE = Path.of("sample-data/datencheck/bevoelkerung_landesdatenbank.csv").toAbsolutePath();

    private static String status(FxRobot robot) {
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#mapping-status").queryAs(Label.class).getText();
    }

    private void openDialog(FxRobot robot) throws Exception {
        openDialog(robot, FILE);
    }

    private void openDialog(FxRobot robot, Path file) throws Exception {
        robot.clickOn("Datencheck");
        WaitForAsyncUtils.waitForFxEvents();
        DatencheckView view = robot.lookup(".datencheck").queryAs(DatencheckView.class);
        robot.interact(() -> javafx.application.Platform.runLater(() -> view.importFile(file)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#mapping-dialog").tryQuery().isPresent());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMappingStepGuessesTheTableAndImportsItWhenTheIndicatorIsNamed(FxRobot robot) throws Exception {
        openDialog(robot);
        assertThat(robot.lookup("#mapping-header-line").queryAs(Spinner.class).getValue()).isEqualTo(6);
        assertThat(robot.lookup("#mapping-area").queryAs(ComboBox.class).getValue()).isEqualTo("AGS");
        assertThat(robot.lookup("#mapping-pad").queryAs(Spinner.class).getValue()).isEqualTo(8);
        assertThat(status(robot)).contains("Zeile 7, Spalte 4").contains("Indikatorschlüssel");

        TextField indicator = robot.lookup("#mapping-indicator").queryAs(TextField.class);
        robot.interact(() -> indicator.setText("bevoelkerung"));
        assertThat(status(robot)).startsWith("Geprüft: 135 Werte lassen sich einlesen.");

        robot.clickOn("Einlesen");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#mapping-dialog").tryQuery().isEmpty());
        // the import backs the store up first, then says it is done
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("bevoelkerung_landesdatenbank.csv: 135 Werte eingelesen.").tryQuery().isPresent());
        DatencheckView view = robot.lookup(".datencheck").queryAs(DatencheckView.class);
        assertThat(robot.lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("Quelle:") && l.getText().contains("bevoelkerung_landesdatenbank.csv"))
                .tryQuery()).isPresent();
        assertThat(view).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWrongColumnShowsFileLineAndColumnInTheDialogAndStoresNothing(FxRobot robot) throws Exception {
        openDialog(robot);
        robot.interact(() -> robot.lookup("#mapping-indicator").queryAs(TextField.class).setText("bevoelkerung"));
        ComboBox<String> year = robot.lookup("#mapping-year").queryAs(ComboBox.class);
        robot.interact(() -> year.setValue("Gemeinde"));
        assertThat(status(robot)).contains("bevoelkerung_landesdatenbank.csv, Zeile 7, Spalte 2")
                .contains("„Aldenhoven“ ist kein Jahr");
        robot.clickOn("Einlesen");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#mapping-dialog").tryQuery()).isPresent();
        assertThat(status(robot)).contains("Zeile 7, Spalte 2");
        robot.interact(() -> robot.lookup("#mapping-dialog").query().getScene().getWindow().hide());
        assertThat(window).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGenesisDownloadIsReadWithTheYearsFromTheLineAboveTheHeadings(FxRobot robot) throws Exception {
        Path genesis = dir.resolve("12411-01-01-4.csv");
        try (var in = getClass().getResourceAsStream("/datencheck/genesis-12411-01-01-4.csv")) {
            Files.write(genesis, in.readAllBytes());
        }
        openDialog(robot, genesis);
        robot.interact(() -> {
            robot.lookup("#mapping-header-line").queryAs(Spinner.class).getValueFactory().setValue(6);
            robot.lookup("#mapping-year-line").queryAs(Spinner.class).getValueFactory().setValue(5);
            robot.lookup("#mapping-area").queryAs(ComboBox.class).setValue("#1");
            robot.lookup("#mapping-pad").queryAs(Spinner.class).getValueFactory().setValue(8);
            robot.lookup("#mapping-indicator").queryAs(TextField.class).setText("bevoelkerung");
        });
        assertThat(robot.lookup("#mapping-area").queryAs(ComboBox.class).getItems()).contains("#1", "#2", "Insgesamt", "#4");
        assertThat(status(robot)).startsWith("Geprüft: 6 Werte lassen sich einlesen.");
        robot.interact(() -> robot.lookup("#mapping-dialog").query().getScene().getWindow().hide());
    }
}
