package de.werkbank.ui.datencheck;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.datencheck.ProfileTable;
import de.werkbank.ui.WindowUiTest;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class DatencheckUiTest extends WindowUiTest {

    @Test
    @SuppressWarnings("unchecked")
    void theDatencheckTabShowsTheKreisAndItsKommunenForTheLatestYear(FxRobot robot) {
        robot.clickOn("Datencheck");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ProfileTable.Row> table = robot.lookup("#datencheck-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(16);
        assertThat(table.getItems().get(0).area().name()).isEqualTo("Kreis Düren");
        ComboBox<Integer> year = robot.lookup("#datencheck-year").queryAs(ComboBox.class);
        assertThat(year.getValue()).isEqualTo(2019);
        assertThat(robot.lookup("269.153").tryQuery()).isPresent();

        robot.interact(() -> year.setValue(2011));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("258.524").tryQuery()).isPresent();
    }

    @Test
    void ctrl2ShowsTheDatencheckAndCtrl1TheWerkstattplanAgain(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup(".main-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(robot.lookup("#datencheck-table").tryQuery()).isPresent();

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();
    }
}
