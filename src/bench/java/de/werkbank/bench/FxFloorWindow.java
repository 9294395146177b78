package de.werkbank.bench;

import atlantafx.base.theme.PrimerLight;
import de.werkbank.app.FirstFrameProbe;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The start-up benchmark's floor: a JavaFX window holding the same kinds of controls as the app's
 * first frame, about as many, in the same base theme (menu bar with five menus; the catalogue's
 * buttons, search field, two filters and a list of 100 two-line tiles; three tabs; the plan's title,
 * buttons and filter bar; five columns with a header in a scroll pane; nine cards of title, meta line
 * and progress) — but no data, no store, no icons, no stylesheet and no code of the app. What it costs
 * over the bare window is what JavaFX needs for such a window, whatever the app does.
 */
public final class FxFloorWindow extends Application {

    private static final int CARDS = 9;
    private static final int COLUMNS = 5;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        ListView<String> tiles = tiles();
        var catalogue = new VBox(8, new Label("Werkzeugkatalog"),
                new HBox(4, new Button("+"), new Button("/"), new Button("-"), new Button("=")),
                new TextField(), combo("Alle Handlungsfelder"), combo("Blau und Grün"),
                new Label("100 von 100 Werkzeugen"), tiles,
                new Label("Werkzeug auswählen, um die Beschreibung zu sehen."));
        VBox.setVgrow(tiles, Priority.ALWAYS);
        var filters = new HBox(6, new TextField(), combo("Alle Handlungsfelder"), combo("Blau und Grün"),
                combo("Alle Ämter"), new Button("Filter …"), new Button("Filter aufheben"));
        var plan = new VBox(8, new HBox(8, new Label("Werkstattplan"), new Button("Swimlanes"),
                new Button("Präsentieren")), filters, board());
        var tabs = new TabPane(new Tab("Werkstattplan", plan), new Tab("Datencheck"), new Tab("Strategie"));
        var menus = new MenuBar();
        for (String name : List.of("Datei", "Bearbeiten", "Ansicht", "Katalog", "Hilfe")) {
            menus.getMenus().add(new Menu(name, null, new MenuItem(name)));
        }
        var root = new BorderPane(new SplitPane(catalogue, tabs));
        root.setTop(menus);
        var scene = new Scene(root, 1280, 720);
        stage.setScene(scene);
        FirstFrameProbe.install(scene, () -> tiles.getHeight() > 0 && menus.getHeight() > 0);
        stage.show();
    }

    private static ListView<String> tiles() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            names.add("Werkzeug " + i + " im Kreis");
        }
        ListView<String> tiles = new ListView<>(FXCollections.observableList(names));
        // the app's tiles are about as high: a few are shown
        tiles.setFixedCellSize(72);
        tiles.setCellFactory(list -> new ListCell<>() {
            private final Label title = new Label();
            private final VBox tile = new VBox(2, title, new HBox(4, new Label("W-001"), new Label("grün")));

            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                title.setText(name);
                setGraphic(empty || name == null ? null : tile);
            }
        });
        return tiles;
    }

    /** The columns side by side in one scroll pane, each with its header and its cards. */
    private static ScrollPane board() {
        var board = new HBox(12);
        int made = 0;
        for (int c = 0; c < COLUMNS; c++) {
            var cards = new VBox(6);
            for (int k = 0; k < 2 && made < CARDS; k++, made++) {
                cards.getChildren().add(card());
            }
            var menu = new MenuButton(null, null, new MenuItem("…"));
            board.getChildren().add(new VBox(6, new HBox(6, new Label("Spalte " + (c + 1)), new Label("2"), menu),
                    cards));
        }
        return new ScrollPane(board);
    }

    private static Node card() {
        return new VBox(4, new Label("Mitfahrbänke in den Dörfern"),
                new HBox(4, new Label("W-063"), new Label("A 66"), new Label("grün")),
                new HBox(4, new ProgressBar(0.3), new Label("2/7"), new Label("15.12.")));
    }

    /** A drop-down that holds no list until opened, as the app's filters do. */
    private static ChoiceBox<String> combo(String shown) {
        var combo = new ChoiceBox<>(FXCollections.observableArrayList(shown));
        combo.getSelectionModel().selectFirst();
        return combo;
    }

    /** Entry point of the child process. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(FxFloorWindow.class, args);
        }
    }
}
