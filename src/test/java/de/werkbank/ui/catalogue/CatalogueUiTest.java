package de.werkbank.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.ui.WindowUiTest;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

class CatalogueUiTest extends WindowUiTest {

    /** The ids of the tool tiles the user can see. */
    private static List<String> visibleCodes(FxRobot robot) {
        return robot.lookup("#catalogue-list .werkzeug-tile").queryAll().stream()
                .filter(Node::isVisible)
                .map(tile -> robot.from(tile).lookup(".tool-code").queryAs(Label.class).getText())
                .toList();
    }

    private static String count(FxRobot robot) {
        return robot.lookup("#catalogue-count").queryAs(Label.class).getText();
    }

    @Test
    void theWholeCatalogueIsShownAtFirst(FxRobot robot) {
        assertThat(count(robot)).isEqualTo("100 von 100 Werkzeugen");
        assertThat(visibleCodes(robot)).startsWith("W-001", "W-002", "W-003");
    }

    @Test
    void choosingAHandlungsfeldShowsItsTwentyTools(FxRobot robot) {
        robot.clickOn("#catalogue-field");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("Bildung"))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count(robot)).isEqualTo("20 von 100 Werkzeugen");
        assertThat(visibleCodes(robot)).isNotEmpty().first().isEqualTo("W-021");
        assertThat(visibleCodes(robot)).allMatch(code -> code.compareTo("W-021") >= 0 && code.compareTo("W-040") <= 0);
    }

    @Test
    void searchingNarrowsTheListAndSaysWhenNothingMatches(FxRobot robot) {
        robot.clickOn("#catalogue-search").write("Mitfahr");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleCodes(robot)).isNotEmpty().hasSizeLessThan(5);
        robot.write("xyzzy");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count(robot)).isEqualTo("0 von 100 Werkzeugen");
        assertThat(visibleCodes(robot)).isEmpty();
        assertThat(robot.lookup("Kein Werkzeug passt zur Suche.").tryQuery()).isPresent();
    }
}
