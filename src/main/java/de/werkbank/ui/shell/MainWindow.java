package de.werkbank.ui.shell;

import de.werkbank.i18n.Messages;
import de.werkbank.session.Session;
import de.werkbank.session.StoreWatch;
import de.werkbank.session.UserSettings;
import de.werkbank.store.StoreLocation;
import de.werkbank.ui.board.BoardDrag;
import de.werkbank.ui.board.BoardView;
import de.werkbank.ui.board.BoardViewModel;
import de.werkbank.ui.board.CardFilter;
import de.werkbank.ui.board.FilterBar;
import de.werkbank.ui.catalogue.CatalogueActions;
import de.werkbank.ui.catalogue.CatalogueView;
import de.werkbank.ui.catalogue.CatalogueViewModel;
import de.werkbank.ui.datencheck.DatencheckView;
import de.werkbank.ui.datencheck.DatencheckViewModel;
import de.werkbank.ui.sheet.SheetView;
import de.werkbank.ui.sheet.SheetViewModel;
import de.werkbank.ui.theme.Theme;
import de.werkbank.ui.theme.ZoomPane;
import de.werkbank.ui.review.ReviewWindow;
import de.werkbank.ui.timeline.TimelineTab;
import de.werkbank.ui.workshop.PresentationWindow;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window: menu bar, the catalogue on the left, the Werkstattplan in the centre. The window
 * title names the open store.
 */
public final class MainWindow {

    private final Stage stage;
    private final CatalogueViewModel catalogue = new CatalogueViewModel();
    private final BoardViewModel board = new BoardViewModel(Clock.systemDefaultZone());
    private final BoardDrag drag = new BoardDrag();
    private final UserSettings settings;
    private final BorderPane root = new BorderPane();
    private final StackPane catalogueSlot = new StackPane();
    private final StackPane menuSlot = new StackPane();
    private final BoardView boardView;
    private final SplitPane split;
    private final TabPane tabs;
    private final DatencheckViewModel datencheck = new DatencheckViewModel();
    private final BackgroundWork background;
    private final TimelineTab timeline = new TimelineTab(board, Clock.systemDefaultZone());
    private CatalogueActions catalogueActions;
    private SheetView sheetView;
    private SheetViewModel sheetModel;
    private Session session;
    private StoreWatch watch;
    private PresentationWindow presentation;
    private final ConnectionBanner banner;

    public MainWindow(Stage stage) {
        this(stage, UserSettings.forCurrentUser());
    }

    /** @param settings the user's settings: zoom, where the window and the sheet stand, the name for the history */
    public MainWindow(Stage stage, UserSettings settings) {
        this.stage = stage;
        this.settings = settings;
        boardView = new BoardView(board, drag);
        var planTab = new Tab(Messages.tr("ui.datencheck.tab.plan"), boardView);
        var datencheckTab = new Tab(Messages.tr("ui.datencheck.title"));
        planTab.setClosable(false);
        datencheckTab.setClosable(false);
        datencheckTab.setId("datencheck-tab");
        datencheckTab.setOnSelectionChanged(e -> {
            if (datencheckTab.isSelected() && datencheckTab.getContent() == null) {
                datencheckTab.setContent(new DatencheckView(datencheck));
                if (session != null) {
                    datencheck.load(session);
                }
            } else if (datencheckTab.isSelected()) {
                datencheck.map().readMeasures();
            }
            selectMeasures();
        });
        // with the map's measures layer on, a click on an area narrows the Werkstattplan to its measures
        // (the rest of the filter stays); the layer counts the measures the filter selects, whatever area
        datencheck.map().setMeasuresFilter(key -> board.filterProperty().set(board.filterProperty().get().withArea(key)));
        board.filterProperty().addListener(o -> selectMeasures());
        tabs = new TabPane(planTab, datencheckTab, timeline.tab());
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> showCatalogue(now.intValue() == 0));
        tabs.getStyleClass().add("main-tabs");
        split = new SplitPane(catalogueSlot, tabs);
        var layers = new StackPane(root);
        background = new BackgroundWork(layers, root);

        split.setDividerPositions(0.23);
        SplitPane.setResizableWithParent(catalogueSlot, false);
        catalogueSlot.getStyleClass().add("catalogue-slot");
        menuSlot.getStyleClass().add("menu-slot");
        root.setCenter(split);
        banner = new ConnectionBanner(split);
        root.setTop(new javafx.scene.layout.VBox(menuSlot, banner.node()));
        board.setErrorHandler(this::showError);
        catalogue.setErrorHandler(this::showError);
        board.openedCardProperty().addListener((o, was, card) -> showSheet(card));

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        var zoom = new ZoomPane(layers);
        zoom.zoomProperty().set(settings.zoom("main"));
        var scene = new Scene(zoom, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        Theme.style(scene);
        ZoomPane.installKeys(scene, zoom, z -> settings.setZoom("main", z));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), this::present);
        boardView.addToTitleRow(PlanMenus.presentButton(this::present));
        stage.setScene(scene);
        WindowPlaces.centre(stage, scene.getWidth(), scene.getHeight());
        stage.setTitle(Messages.tr("app.title"));
        stage.setOnCloseRequest(e -> commitPendingEdit());
        stage.setOnHidden(e -> close());
        UnexpectedErrors.install(stage);
        OutsideChanges.follow(stage, tabs, () -> watch, this::reloadViews);
        // The user waits for the board, the catalogue and the menu: all three are in the first frame (one
        // styling, layout and rendering pass for the window, not one for the board and another for the
        // rest); the keyboard goes to the board once its cards are laid out.
        Runnable[] afterFirstFrame = new Runnable[1];
        afterFirstFrame[0] = () -> {
            scene.removePostLayoutPulseListener(afterFirstFrame[0]);
            // the keyboard starts on the board: arrows move between cards, Ctrl+arrows move them
            Platform.runLater(boardView::focusFirst);
        };
        scene.addPostLayoutPulseListener(afterFirstFrame[0]);
        // catalogue panel, filters and menu need no store yet: built while the store is still opening
        buildCatalogueAndMenu();
    }

    /** Lets the map's measures layer count the measures on the board that its filter (but for the area) selects. */
    private void selectMeasures() {
        CardFilter filter = board.filterProperty().get().withArea(null);
        Set<UUID> selected = new HashSet<>();
        board.columns().forEach(column -> column.cards().forEach(item -> {
            if (filter.test(item)) {
                selected.add(item.card().id());
            }
        }));
        datencheck.map().selectMeasures(selected::contains);
    }

    private void buildCatalogueAndMenu() {
        catalogueActions = new CatalogueActions(stage, catalogue);
        var catalogueView = new CatalogueView(catalogue, drag, board::takeIntoPlan, catalogueActions);
        catalogueSlot.getChildren().setAll(catalogueView);
        menuSlot.getChildren().setAll(menuBar());
        boardView.showFilterBar(new FilterBar(board));
    }

    /** The catalogue stands beside the Werkstattplan; the Datencheck and the Strategie take the whole width. */
    private void showCatalogue(boolean show) {
        if (show && !split.getItems().contains(catalogueSlot)) {
            split.getItems().add(0, catalogueSlot);
            split.setDividerPosition(0, 0.23);
        } else if (!show) {
            board.closeSheet();
            split.getItems().remove(catalogueSlot);
        }
    }

    /** Shows the Werkzeugblatt of a card beside the board ({@code null}: closes it). */
    private void showSheet(UUID card) {
        if (sheetModel != null) {
            sheetView.commitPendingEdit();
            sheetModel.close();
            split.getItems().remove(sheetView);
            sheetModel = null;
            sheetView = null;
        }
        if (card == null) {
            UUID last = board.lastOpenedCard();
            if (last != null && tabs.getSelectionModel().getSelectedIndex() == 0) {
                boardView.focusCard(last, board);
            }
            timeline.focusIfShown();
        }
        if (card == null || session == null) {
            return;
        }
        var item = board.item(card);
        if (item.isEmpty()) {
            return;
        }
        List<SheetViewModel.Measure> measures = board.columns().stream().flatMap(c -> c.cards().stream())
                .map(i -> new SheetViewModel.Measure(i.card().id(), i.card().title())).toList();
        sheetModel = new SheetViewModel(session, Clock.systemDefaultZone(), card, item.get().card().title(), measures);
        sheetView = new SheetView(sheetModel, board::closeSheet);
        split.getItems().add(sheetView);
        WindowPlaces.placeSheet(split, sheetView, settings);
        // after the click or key that opened it has been handled, which would otherwise keep the focus
        SheetView opened = sheetView;
        Platform.runLater(opened::focusFirstField);
    }

    /** Puts the window where it was left (maximised on the first start), before it is first shown. */
    public void placeAsLeft() {
        WindowPlaces.restore(stage, settings);
    }

    /** Presentation mode on the screen the user chooses; the window stays open behind it. */
    private void present() {
        if (session == null || presentation != null) {
            return;
        }
        PresentationWindow.chooseScreen(stage).ifPresent(screen -> {
            board.closeSheet();
            presentation = new PresentationWindow(stage, session, settings, Clock.systemDefaultZone());
            presentation.setOnClosed(() -> {
                presentation = null;
                stage.requestFocus();
            });
            presentation.showOn(screen);
        });
    }

    /** Shows this session's store; the previous one is closed. */
    public void show(Session newSession) {
        board.closeSheet();
        closeSession();
        session = newSession;
        watch = new StoreWatch(session.store());
        catalogue.attach(session);
        board.attach(session);
        timeline.show(session);
        if (tabs.getTabs().get(1).getContent() != null) {
            datencheck.load(session);
            selectMeasures();
        }
        stage.setTitle(Messages.tr("app.title.store", session.store().location().displayName()));
        Session shown = session;
        shown.listenToColleagues(change -> javafx.application.Platform.runLater(() -> {
            try {
                if (session == shown) {
                    change.ifPresentOrElse(shown.editor()::changedElsewhere, this::reloadViews);
                }
            } catch (RuntimeException e) {
                showError(message(e));
            }
        }), up -> javafx.application.Platform.runLater(() -> banner.connected(up)));
    }

    /** Reads every view again (another process changed the store). */
    private void reloadViews() {
        catalogue.reload();
        board.reload();
        timeline.reload();
        if (tabs.getTabs().get(1).getContent() != null) {
            datencheck.reload();
            selectMeasures();
        }
    }

    private MenuBar menuBar() {
        var openStore = new MenuItem(Messages.tr("ui.menu.file.openStore"));
        openStore.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        openStore.setOnAction(e -> chooseStore());
        var openShared = new MenuItem(Messages.tr("ui.menu.file.openShared"));
        openShared.setOnAction(e -> {
            commitPendingEdit();
            new SharedStoreDialog(stage).showAndWait().ifPresent(this::open);
        });
        var settingsItem = new MenuItem(Messages.tr("ui.menu.file.settings"));
        settingsItem.setOnAction(e -> new SettingsDialog(stage, settings).showAndWait().ifPresent(settings::setUserName));
        List<MenuItem> snapshots = new SnapshotActions(stage, background, () -> session, board,
                () -> catalogue.setCatalogue(session.store().catalogue()), this::showError).menuItems();
        snapshots = new java.util.ArrayList<>(snapshots);
        var print = new MenuItem(Messages.tr("ui.menu.file.print"));
        print.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        print.setOnAction(e -> {
            commitPendingEdit();
            de.werkbank.ui.print.PrintDialog.open(stage, session, () -> board.filterProperty().get().active()
                    ? board.columns().stream().flatMap(c -> c.visibleCards().stream()).map(i -> i.card().id())
                    .collect(java.util.stream.Collectors.toSet()) : null);
        });
        snapshots.addAll(0, List.of(print, new SeparatorMenuItem()));
        snapshots.add(new SeparatorMenuItem());
        snapshots.add(new BackupActions(stage, background, () -> session, board::closeSheet, this::open,
                this::showError).menuItem());
        var importData = new MenuItem(Messages.tr("ui.menu.file.importData"));
        importData.setOnAction(e -> {
            tabs.getSelectionModel().select(1);
            if (tabs.getTabs().get(1).getContent() instanceof DatencheckView view) {
                view.chooseAndImport();
            }
        });
        snapshots.addAll(0, List.of(new MeasureImportActions(stage, background, () -> session, this::showError).menuItem(),
                new SeparatorMenuItem()));
        var quit = new MenuItem(Messages.tr("ui.menu.file.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> {
            commitPendingEdit();
            stage.close();
        });
        var catalogueMenu = new Menu(Messages.tr("ui.menu.catalogue"));
        catalogueMenu.getItems().addAll(catalogueActions.menuItems());
        catalogueMenu.getItems().add(new SeparatorMenuItem());
        catalogueMenu.getItems().addAll(new CatalogueFileActions(stage, background, () -> session, catalogue,
                this::showError).menuItems());
        var about = new MenuItem(Messages.tr("ui.menu.help.about"));
        about.setOnAction(e -> AboutDialog.show(stage, session));
        var plan = new PlanMenus(stage, board, () -> session, this::showError);
        timeline.onReview(() -> ReviewWindow.open(stage, session, this::showError));
        return new MenuBar(
                fileMenu(openStore, openShared, settingsItem, importData, snapshots, quit),
                plan.edit(),
                plan.view(tabs.getSelectionModel()::select, this::present),
                catalogueMenu,
                new Menu(Messages.tr("ui.menu.help"), null, about));
    }

    private static Menu fileMenu(MenuItem openStore, MenuItem openShared, MenuItem settings, MenuItem importData,
                                 List<MenuItem> snapshots, MenuItem quit) {
        var menu = new Menu(Messages.tr("ui.menu.file"));
        menu.getItems().addAll(openStore, openShared, settings, new SeparatorMenuItem(), importData,
                new SeparatorMenuItem());
        menu.getItems().addAll(snapshots);
        menu.getItems().addAll(new SeparatorMenuItem(), quit);
        return menu;
    }

    private void chooseStore() {
        commitPendingEdit();
        StoreChoice.ask(stage, session).ifPresent(this::open);
    }

    /** Opens (or sets up) a store off the FX thread, with a progress indicator meanwhile. */
    public void open(StoreLocation location) {
        background.run("open-store", () -> Session.openOrCreate(location, settings), this::show,
                e -> SharedLoginDialog.askIfRefused(stage, location, e, l -> Session.openOrCreate(l, settings), this::show,
                        () -> showError(message(e))));
    }

    void showError(String message) {
        var alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle(Messages.tr("ui.error.title"));
        alert.setHeaderText(null);
        alert.initOwner(stage);
        alert.show();
    }

    /** The user-facing text of a failure (see {@link FailureText}). */
    public static String message(Throwable t) {
        return FailureText.of(t);
    }

    /** Closes the open store; nothing is lost, every change was stored when it was made. */
    public void close() {
        commitPendingEdit();
        closeSession();
    }

    /** Stores the edit in the open sheet's focused field, which is otherwise stored when the field is left. */
    private void commitPendingEdit() {
        if (sheetView != null) {
            sheetView.commitPendingEdit();
        }
    }

    private void closeSession() {
        if (presentation != null) {
            presentation.close();
        }
        if (session != null) {
            watch = null;
            session.close();
            session = null;
        }
    }
}
