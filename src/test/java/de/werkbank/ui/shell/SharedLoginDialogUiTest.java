package de.werkbank.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import de.werkbank.seed.Seeder;
import de.werkbank.session.Session;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import de.werkbank.store.TestStores;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The password prompt the window shows for a shared store opened without a password (on the test
 * PostgreSQL server, see {@link TestStores}): a wrong password says so and asks again, the right one
 * opens the store, cancel opens nothing.
 */
@ExtendWith(ApplicationExtension.class)
class SharedLoginDialogUiTest {

    private Stage stage;
    private StoreLocation shared;
    /** The shared store as started with {@code --store postgresql://…} and no password anywhere. */
    private StoreLocation withoutPassword;
    private final CompletableFuture<Optional<Session>> result = new CompletableFuture<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @BeforeEach
    void sharedStore() {
        shared = TestStores.freshDatabase();
        Store.create(shared, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE)).close();
        withoutPassword = new StoreLocation(shared.dir(), shared.jdbcUrl(), shared.user(), "");
    }

    @AfterEach
    void dropStore() throws Exception {
        result.getNow(Optional.empty()).ifPresent(Session::close);
        if (shared != null) {
            TestStores.drop(shared);
        }
    }

    private void ask(FxRobot robot) throws Exception {
        Throwable refused = catchThrowable(() -> Session.openOrCreate(withoutPassword));
        assertThat(SharedLoginDialog.loginFailed(refused)).as("%s", refused).isTrue();
        Platform.runLater(() -> result.complete(SharedLoginDialog.ask(stage, withoutPassword, false,
                Session::openOrCreate)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#shared-login-password").tryQuery().isPresent());
    }

    private static String problem(FxRobot robot) {
        return robot.lookup("#shared-login-problem").queryAs(Label.class).getText();
    }

    @Test
    void aWrongPasswordIsSaidSoAndAskedAgainAndTheRightOneOpensTheStore(FxRobot robot) throws Exception {
        ask(robot);
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Passwort für " + shared.user() + " bei " + shared.displayName());

        robot.clickOn("#shared-login-password").write("nicht-das-passwort");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> problem(robot).contains("stimmt nicht"));
        assertThat(problem(robot)).isEqualTo("Die Anmeldung als " + shared.user() + " bei " + shared.displayName()
                + " ist gescheitert: Das Passwort stimmt nicht (oder den Benutzer gibt es dort nicht). "
                + "Bitte geben Sie es erneut ein.");
        assertThat(result).as("still asking").isNotDone();

        robot.clickOn("#shared-login-password").write(shared.password());
        robot.clickOn("OK");
        Optional<Session> opened = result.get(30, TimeUnit.SECONDS);
        assertThat(opened).isPresent();
        assertThat(opened.get().store().plan().orElseThrow().cards()).hasSize(9);
        assertThat(robot.lookup("#shared-login-password").tryQuery()).isEmpty();
    }

    @Test
    void cancellingOpensNothingAndTheWindowSaysWhyItCloses(FxRobot robot) throws Exception {
        ask(robot);
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.CANCEL));
        assertThat(result.get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(SharedLoginDialog.cancelled(withoutPassword)).isEqualTo("Ohne Passwort lässt sich der gemeinsame "
                + "Speicher " + shared.displayName() + " nicht öffnen. Werkbank wird beendet; es wurde nichts geändert.");
    }
}
