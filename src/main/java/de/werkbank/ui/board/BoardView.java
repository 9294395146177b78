package de.werkbank.ui.board;

import de.werkbank.i18n.Messages;
import java.util.List;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import java.util.function.Predicate;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import de.werkbank.ui.virtual.VirtualList;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Werkstattplan as Kanban columns side by side, with or without swimlanes by Handlungsfeld
 * (the toggle in the title row, or Ctrl+L); a store without a plan offers to create one.
 */
public final class BoardView extends BorderPane {

    private static final KeyCombination TOGGLE_LANES = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final BoardViewModel model;
    private final HBox columnsBox = new HBox(10);
    private final HBox top = new HBox(12);
    private final StackPane filterSlot = new StackPane();
    private List<ColumnView> views = List.of();
    private boolean scrolling;

    public BoardView(BoardViewModel model, BoardDrag drag) {
        this.model = model;
        var heading = new Label(Messages.tr("ui.board.title"));
        var lanes = new ToggleButton(Messages.tr("ui.lane.toggle"));
        var scroller = new ScrollPane(columnsBox);
        var noPlanText = new Label(Messages.tr("ui.board.noPlan"));
        var createPlan = new Button(Messages.tr("ui.board.createPlan"));
        var noPlan = new VBox(12, noPlanText, createPlan);

        getStyleClass().add("board");
        heading.getStyleClass().add("panel-title");
        columnsBox.getStyleClass().add("board-columns");
        columnsBox.setFillHeight(true);
        scroller.setFitToHeight(true);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("board-scroller");
        scroller.setFocusTraversable(false);
        noPlan.setAlignment(Pos.CENTER);
        createPlan.setDefaultButton(true);
        createPlan.setId("create-plan");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        lanes.setId("board-lanes");
        lanes.getStyleClass().add("lanes-toggle");
        lanes.setTooltip(new Tooltip(Messages.tr("ui.lane.toggle.tooltip")));
        lanes.setMinWidth(Region.USE_PREF_SIZE);
        lanes.setFocusTraversable(false);
        top.getChildren().addAll(heading, lanes);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("board-top");
        filterSlot.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(4, top, filterSlot));
        setCenter(scroller);

        model.columns().addListener((ListChangeListener<ColumnModel>) c -> rebuild(model, drag));
        rebuild(model, drag);
        model.hasPlanProperty().addListener((obs, was, has) -> setCenter(has ? scroller : noPlan));
        setCenter(model.hasPlanProperty().get() ? scroller : noPlan);
        createPlan.setOnAction(e -> model.createPlan());

        lanes.setSelected(model.swimlanesProperty().get());
        model.swimlanesProperty().addListener((obs, was, on) -> lanes.setSelected(on));
        // the button shows what the plan stores: a click asks for the change, the plan answers
        lanes.setOnAction(e -> {
            lanes.setSelected(model.swimlanesProperty().get());
            model.toggleSwimlanes();
        });
        lanes.disableProperty().bind(model.hasPlanProperty().not());
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(TOGGLE_LANES);
            }
            if (scene != null) {
                scene.getAccelerators().put(TOGGLE_LANES, model::toggleSwimlanes);
            }
        });
        setConfirmation(this::askInDialog);
        // after an undo or redo the keyboard focus goes with the card that changed, if it was on the board
        model.undoState().followedCardProperty().addListener((obs, was, card) -> {
            if (card != null && focusOnBoard()) {
                focusCard(card, model);
            }
        });
    }

    private boolean focusOnBoard() {
        var owner = getScene() == null ? null : getScene().getFocusOwner();
        return views.stream().anyMatch(v -> v.cards() == owner);
    }

    /**
     * How the board asks before a card changes its Handlungsfeld: by default a dialog; tests answer
     * here instead.
     */
    public void setConfirmation(Predicate<String> ask) {
        model.setConfirmation(ask);
    }

    private boolean askInDialog(String question) {
        var dialog = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        dialog.setTitle(Messages.tr("ui.board.confirm.title"));
        dialog.setHeaderText(null);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        return dialog.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    /** Adds a control at the end of the title row (e.g. the button for presentation mode). */
    public void addToTitleRow(javafx.scene.Node control) {
        top.getChildren().add(control);
    }

    /** Puts the filter bar under the board's title (it is built after the first frame). */
    public void showFilterBar(FilterBar bar) {
        filterSlot.getChildren().setAll(bar);
    }

    private void rebuild(BoardViewModel model, BoardDrag drag) {
        views = model.columns().stream().map(c -> new ColumnView(c, model, drag)).toList();
        for (int i = 0; i < views.size(); i++) {
            int column = i;
            ColumnView view = views.get(i);
            HBox.setHgrow(view, Priority.ALWAYS);
            view.cards().addEventFilter(KeyEvent.KEY_PRESSED, e -> keyPressed(e, column, model));
            view.cards().focusedProperty().addListener((obs, was, focused) -> {
                if (focused) {
                    clearSelectionExcept(column);
                }
            });
        }
        columnsBox.getChildren().setAll(views);
        // with swimlanes the columns scroll together, as tall as the tallest, so that the lanes stay lined up
        for (ColumnView view : views) {
            view.cards().scrolledProperty().addListener((o, was, y) -> scrollTogether(view, y.doubleValue()));
            view.cards().getItems().addListener((javafx.beans.InvalidationListener) o -> evenHeights());
        }
        evenHeights();
    }

    private void scrollTogether(ColumnView from, double y) {
        if (scrolling || !model.swimlanesProperty().get()) {
            return;
        }
        scrolling = true;
        try {
            views.stream().filter(v -> v != from).forEach(v -> v.cards().scrollBy(y - v.cards().scrolledProperty().get()));
        } finally {
            scrolling = false;
        }
    }

    private void evenHeights() {
        boolean lanes = model.swimlanesProperty().get();
        double tallest = lanes ? views.stream().mapToDouble(v -> v.cards().contentHeight()).max().orElse(0) : 0;
        views.forEach(v -> v.cards().setMinContentHeight(tallest));
    }

    /**
     * Left and right move the focus to the neighbouring column; with Ctrl (Cmd) the arrows move the
     * selected card: to the neighbouring column, or one place up or down.
     */
    private void keyPressed(KeyEvent e, int column, BoardViewModel model) {
        VirtualList<BoardRow> cards = views.get(column).cards();
        CardItem selected = cards.selectedItem() instanceof CardItem card ? card : null;
        if (e.getCode() == KeyCode.ENTER && selected != null) {
            model.openSheet(selected);
            e.consume();
            return;
        }
        if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && selected != null) {
            int index = cards.selectedIndexProperty().get();
            model.archive(selected);
            select(new Place(column, Math.min(index, cards.getItems().size() - 1)));
            e.consume();
            return;
        }
        Direction step = switch (e.getCode()) {
            case LEFT, KP_LEFT -> Direction.LEFT;
            case RIGHT, KP_RIGHT -> Direction.RIGHT;
            case UP, KP_UP -> Direction.UP;
            case DOWN, KP_DOWN -> Direction.DOWN;
            default -> null;
        };
        if (step == null) {
            return;
        }
        if (e.isShortcutDown()) {
            if (selected != null) {
                model.step(selected, step).ifPresent(this::select);
            }
            e.consume();
        } else if (step == Direction.LEFT || step == Direction.RIGHT) {
            int target = column + (step == Direction.LEFT ? -1 : 1);
            if (target >= 0 && target < views.size()) {
                int size = views.get(target).cards().getItems().size();
                select(new Place(target, Math.min(Math.max(0, cards.selectedIndexProperty().get()), size - 1)));
            }
            e.consume();
        }
    }

    /** Selects and focuses the first card of the first column (or that column), so that the arrow keys work at once. */
    public void focusFirst() {
        if (!views.isEmpty()) {
            select(new Place(0, 0));
        }
    }

    /** Selects and focuses the card with this id, if the board shows it. */
    public void focusCard(UUID card, BoardViewModel model) {
        model.placeOf(card).ifPresent(this::select);
    }

    /**
     * Selects and focuses the card at this place, or the nearest card when a lane header stands there
     * (or just the column, when it has no card).
     */
    private void select(Place place) {
        VirtualList<BoardRow> cards = views.get(place.column()).cards();
        int row = cards.selectableNear(place.row());
        cards.selectedIndexProperty().set(row);
        if (row >= 0) {
            cards.scrollTo(row);
        }
        cards.requestFocus();
        clearSelectionExcept(place.column());
    }

    private void clearSelectionExcept(int column) {
        for (int i = 0; i < views.size(); i++) {
            if (i != column) {
                views.get(i).cards().selectedIndexProperty().set(-1);
            }
        }
    }
}
