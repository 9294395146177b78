package de.werkbank.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.plan.Card;
import de.werkbank.plan.Plan;
import de.werkbank.seed.Seeder;
import de.werkbank.session.Session;
import de.werkbank.store.SharedStoreUrl;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import de.werkbank.store.TestStores;
import de.werkbank.ui.WindowUiTest;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Datei → „Gemeinsamer Speicher (PostgreSQL)…“ against the test PostgreSQL server (see
 * {@link TestStores}): the dialog opens the shared store in the window; a bad address or a server that
 * does not answer is said so in German and the window keeps its store. And the connection banner: shown
 * (the window read-only) while the server refuses the store's connections, gone when they are back.
 */
class SharedStoreUiTest extends WindowUiTest {

    private StoreLocation shared;

    @AfterEach
    void dropStore() {
        if (shared != null) {
            TestStores.drop(shared);
        }
    }

    private SharedStoreUrl sharedStore() {
        shared = TestStores.freshDatabase();
        Store.create(shared, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE)).close();
        String jdbc = shared.jdbcUrl().substring("jdbc:".length());
        return SharedStoreUrl.parse(jdbc + (jdbc.contains("?") ? "&" : "?") + "user=" + shared.user());
    }

    private static void openDialog(FxRobot robot) throws Exception {
        MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "Gemeinsamer Speicher (PostgreSQL)…".equals(i.getText())).findFirst().orElseThrow();
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#shared-host").tryQuery().isPresent());
    }

    private static void fill(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup("#" + id).queryAs(TextField.class).setText(text));
    }

    private static void fillIn(FxRobot robot, SharedStoreUrl url, String port) {
        fill(robot, "shared-host", url.host());
        fill(robot, "shared-port", port);
        fill(robot, "shared-database", url.database());
        fill(robot, "shared-user", url.user());
    }

    private static void clickOk(FxRobot robot) {
        Node ok = robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK);
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String title(FxRobot robot) {
        return ((Stage) robot.lookup(".menu-bar").queryAs(MenuBar.class).getScene().getWindow()).getTitle();
    }

    @Test
    void theDialogOpensTheSharedStoreInTheWindow(FxRobot robot) throws Exception {
        SharedStoreUrl url = sharedStore();
        String before = title(robot);
        Plan plan;
        try (Store store = Store.open(shared)) {
            plan = store.plan().orElseThrow();
        }
        openDialog(robot);
        fillIn(robot, url, String.valueOf(url.port()));
        fill(robot, "shared-password", shared.password());
        clickOk(robot);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> title(robot).contains(url.database()));
        assertThat(before).doesNotContain(url.database());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot, 0)).isEqualTo(plan.cardsIn(plan.columns().get(0).id()).stream().map(Card::title).toList());
    }

    @Test
    void aWrongPasswordInTheDialogIsSaidSoAndAskedForAgain(FxRobot robot) throws Exception {
        SharedStoreUrl url = sharedStore();
        String before = title(robot);
        openDialog(robot);
        fillIn(robot, url, String.valueOf(url.port()));
        fill(robot, "shared-password", "nicht-das-passwort");
        clickOk(robot);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#shared-login-problem").tryQuery().isPresent());
        assertThat(robot.lookup("#shared-login-problem").queryAs(Label.class).getText())
                .contains("Das Passwort stimmt nicht");
        assertThat(title(robot)).isEqualTo(before);
        robot.clickOn("#shared-login-password").write(shared.password());
        DialogPane login = (DialogPane) robot.lookup("#shared-login-password").query().getScene().getRoot();
        robot.clickOn(login.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> title(robot).contains(url.database()));
    }

    @Test
    void aBadAddressIsSaidSoInTheDialogAndChangesNothing(FxRobot robot) throws Exception {
        SharedStoreUrl url = sharedStore();
        String before = title(robot);
        openDialog(robot);
        fillIn(robot, url, "fünf");
        clickOk(robot);

        String problem = robot.lookup("#shared-problem").queryAs(Label.class).getText();
        assertThat(problem).startsWith("„postgresql://" + url.host() + ":fünf/" + url.database())
                .contains("ist keine Adresse eines gemeinsamen Speichers");
        assertThat(robot.lookup("#shared-host").tryQuery()).as("the dialog stays open").isPresent();
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title(robot)).isEqualTo(before);
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidSoAndTheWindowKeepsItsStore(FxRobot robot) throws Exception {
        SharedStoreUrl url = sharedStore();
        String before = title(robot);
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        openDialog(robot);
        fillIn(robot, url, String.valueOf(closed));
        clickOk(robot);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class)
                .stream().anyMatch(p -> String.valueOf(p.getContentText()).contains("lässt sich nicht öffnen")));
        String error = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .map(DialogPane::getContentText).filter(t -> t != null && t.contains("lässt sich nicht öffnen"))
                .findFirst().orElseThrow();
        assertThat(error).startsWith("Der Speicherort postgresql://" + url.host() + ":" + closed + "/" + url.database());
        assertThat(title(robot)).isEqualTo(before);
        assertThat(titles(robot, 0)).isNotEmpty();
    }

    @Test
    void theBannerShowsWhileTheConnectionIsLostAndGoesWhenItIsBack(FxRobot robot) throws Exception {
        sharedStore();
        robot.interact(() -> window.show(Session.openOrCreate(shared)));
        WaitForAsyncUtils.waitForFxEvents();
        Label banner = robot.lookup("#connection-banner").queryAs(Label.class);
        Node content = robot.lookup("#catalogue-search").query();
        assertThat(banner.isVisible()).isFalse();

        admin("alter database " + database() + " with allow_connections false",
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database()
                        + "' and pid <> pg_backend_pid()");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> banner.isVisible() && banner.getText().contains("unterbrochen"));
        assertThat(banner.getText()).isEqualTo("Die Verbindung zum gemeinsamen Speicher ist unterbrochen. Das Fenster "
                + "ist schreibgeschützt, bis sie wieder steht; Werkbank verbindet sich von selbst neu.");
        assertThat(content.isDisabled()).as("read-only while the connection is lost").isTrue();

        admin("alter database " + database() + " with allow_connections true");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> banner.getText().contains("steht wieder"));
        assertThat(content.isDisabled()).isFalse();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !banner.isVisible());
        assertThat(banner.isManaged()).isFalse();
    }

    private String database() {
        return shared.jdbcUrl().replaceAll("^jdbc:postgresql://[^/]+/([^?]+).*$", "$1");
    }

    private static void admin(String... statements) throws Exception {
        SharedStoreUrl admin = TestStores.server();
        try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), System.getenv("PGPASSWORD"));
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
