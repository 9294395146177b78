package de.werkbank.ui;

import de.werkbank.session.Session;
import de.werkbank.store.StoreLocation;
import de.werkbank.ui.board.BoardRow;
import de.werkbank.ui.board.CardItem;
import de.werkbank.ui.shell.MainWindow;
import de.werkbank.ui.theme.Theme;
import de.werkbank.ui.virtual.VirtualList;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on a new store seeded with the sample data, headless, for UI tests. */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowUiTest {

    @TempDir
    protected Path dir;

    protected MainWindow window;

    /**
     * Opens the window (TestFX finds {@code @Start} methods only in the test class itself, so the
     * shared set-up goes through {@link FxToolkit}) and waits for the catalogue panel, which is in the
     * window's first frame.
     */
    @BeforeEach
    void openWindow(FxRobot robot) throws Exception {
        FxToolkit.registerPrimaryStage();
        // the store is made and opened off the FX thread, as the app does (WerkbankApp)
        Session session = Session.openOrCreate(StoreLocation.in(dir));
        FxToolkit.setupStage(stage -> {
            Theme.installBase();
            window = new MainWindow(stage);
            window.show(session);
            // the size the UI tests were written at (the headless screen is 1920×1080, see the pom)
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#catalogue-search").tryQuery().isPresent());
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** The rows (cards, and lane headers with swimlanes on) of the board's column at this index. */
    @SuppressWarnings("unchecked")
    protected static VirtualList<BoardRow> cards(FxRobot robot, int column) {
        return (VirtualList<BoardRow>) robot.lookup("#column-" + column + " .column-cards").queryAs(VirtualList.class);
    }

    /** The titles of the cards the column shows, top to bottom. */
    protected static List<String> titles(FxRobot robot, int column) {
        return cards(robot, column).getItems().stream()
                .filter(CardItem.class::isInstance).map(i -> ((CardItem) i).card().title()).toList();
    }

    /** The card selected in the column, or {@code null}. */
    protected static CardItem selectedCard(FxRobot robot, int column) {
        return cards(robot, column).selectedItem() instanceof CardItem card ? card : null;
    }
}
