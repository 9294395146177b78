package de.werkbank.ui.workshop;

import de.werkbank.i18n.Messages;
import de.werkbank.plan.Card;
import de.werkbank.plan.MoveCard;
import de.werkbank.plan.PlaceOnMatrix;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanColumn;
import de.werkbank.workshop.MatrixPosition;
import de.werkbank.workshop.Quadrant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The value/effort matrix: cards dragged (or, from the keyboard, placed with Enter and moved with the
 * arrow keys) onto a 2×2 grid of Nutzen (up) × Aufwand (right). Every place is stored. On the grid,
 * Enter takes the focused card into the plan's second column ("Ausgewählt"), Delete takes it off the
 * matrix.
 */
final class MatrixView extends BorderPane {

    /** How far one arrow key moves a card; with Shift a fifth of it. */
    static final double STEP = 0.05;

    private final WorkshopModel model;
    private final ListView<Card> unplaced = new ListView<>();
    private final Grid grid = new Grid();
    private final Map<UUID, Label> tiles = new HashMap<>();
    private final Map<UUID, MatrixPosition> pending = new HashMap<>();

    MatrixView(WorkshopModel model) {
        this.model = model;
        var listTitle = new Label(Messages.tr("ui.matrix.unplaced"));
        listTitle.getStyleClass().add("pj-column-title");
        listTitle.setWrapText(true);
        unplaced.setId("matrix-unplaced");
        unplaced.getStyleClass().add("pj-side-list");
        unplaced.setCellFactory(v -> new UnplacedCell());
        unplaced.setPlaceholder(new Label(Messages.tr("ui.matrix.allPlaced")));
        unplaced.setOnKeyPressed(e -> {
            Card card = unplaced.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && card != null) {
                place(card.id(), null, MatrixPosition.clamped(card.id(), 0.5, 0.5));
                e.consume();
            }
        });
        var left = new VBox(8, listTitle, unplaced);
        left.getStyleClass().add("pj-column");
        left.setPrefWidth(260);
        left.setMinWidth(180);
        VBox.setVgrow(unplaced, javafx.scene.layout.Priority.ALWAYS);
        var hint = new Label(Messages.tr("ui.matrix.keys"));
        hint.getStyleClass().add("pj-card-meta");
        hint.setWrapText(true);
        setLeft(left);
        setCenter(grid);
        setBottom(hint);
        BorderPane.setAlignment(hint, Pos.CENTER_LEFT);
        getStyleClass().add("pj-matrix");
        setId("matrix-view");

        model.planProperty().addListener((o, was, now) -> rebuild());
        model.workshopProperty().addListener((o, was, now) -> rebuild());
        model.laneProperty().addListener((o, was, now) -> rebuild());
        grid.setOnDragOver(e -> {
            if (e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        grid.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasString()) {
                UUID card = UUID.fromString(e.getDragboard().getString());
                place(card, stored(card).orElse(null), grid.positionAt(card, e.getX(), e.getY()));
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
        rebuild();
    }

    /** Focuses the list of cards to place, or the first card on the grid when all are placed. */
    void focusFirst() {
        if (!unplaced.getItems().isEmpty()) {
            unplaced.requestFocus();
            unplaced.getSelectionModel().selectFirst();
        } else {
            tiles.values().stream().findFirst().ifPresent(Label::requestFocus);
        }
    }

    private Optional<MatrixPosition> stored(UUID card) {
        return model.workshopProperty().get().matrix().stream().filter(p -> p.card().equals(card)).findFirst();
    }

    private void place(UUID card, MatrixPosition from, MatrixPosition to) {
        String title = model.card(card).map(Card::title).orElse("?");
        if (!java.util.Objects.equals(from, to)) {
            model.execute(new PlaceOnMatrix(card, title, from, to));
        }
        Label tile = tiles.get(card);
        if (tile != null) {
            tile.requestFocus();
        }
    }

    private void rebuild() {
        UUID focused = tiles.entrySet().stream().filter(e -> e.getValue().isFocused()).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        Map<UUID, MatrixPosition> placed = new HashMap<>();
        model.workshopProperty().get().matrix().forEach(p -> placed.put(p.card(), p));
        List<Card> lane = model.cardsInLane();
        unplaced.getItems().setAll(lane.stream().filter(c -> !placed.containsKey(c.id())).toList());
        tiles.clear();
        pending.clear();
        grid.cards.getChildren().clear();
        for (Card card : lane) {
            MatrixPosition p = placed.get(card.id());
            if (p != null) {
                Label tile = tile(card, p);
                tiles.put(card.id(), tile);
                grid.cards.getChildren().add(tile);
            }
        }
        grid.requestLayout();
        if (focused != null && tiles.containsKey(focused)) {
            tiles.get(focused).requestFocus();
        }
    }

    private Label tile(Card card, MatrixPosition p) {
        Plan plan = model.planProperty().get();
        boolean inPlan = plan != null && plan.columns().size() > 1
                && plan.columns().indexOf(column(plan, card.column())) >= 1;
        var tile = new Label((inPlan ? "✓ " : "") + card.title());
        tile.getStyleClass().add("pj-matrix-card");
        tile.setWrapText(true);
        tile.setFocusTraversable(true);
        tile.setId("matrix-card-" + card.id());
        tile.setUserData(p);
        tile.setAccessibleText(card.title() + ", " + Messages.tr(p.quadrant().messageKey()));
        double[] grab = new double[2];
        tile.setOnMousePressed(e -> {
            tile.requestFocus();
            grab[0] = e.getX();
            grab[1] = e.getY();
        });
        tile.setOnMouseDragged(e -> {
            double x = tile.getLayoutX() + e.getX() - grab[0] + tile.getWidth() / 2;
            double y = tile.getLayoutY() + e.getY() - grab[1] + tile.getHeight() / 2;
            pending.put(card.id(), grid.positionAt(card.id(), x, y));
            grid.requestLayout();
        });
        tile.setOnMouseReleased(e -> {
            MatrixPosition moved = pending.remove(card.id());
            if (moved != null && e.getButton() == MouseButton.PRIMARY) {
                place(card.id(), p, moved);
            }
        });
        tile.setOnKeyPressed(e -> keyPressed(e, card, p));
        tile.setOnKeyReleased(e -> {
            MatrixPosition moved = pending.remove(card.id());
            if (moved != null && e.getCode().isArrowKey()) {
                place(card.id(), p, moved);
            }
        });
        return tile;
    }

    private void keyPressed(KeyEvent e, Card card, MatrixPosition stored) {
        double step = e.isShiftDown() ? STEP / 5 : STEP;
        MatrixPosition now = pending.getOrDefault(card.id(), stored);
        MatrixPosition next = switch (e.getCode()) {
            case UP, KP_UP -> MatrixPosition.clamped(card.id(), now.nutzen() + step, now.aufwand());
            case DOWN, KP_DOWN -> MatrixPosition.clamped(card.id(), now.nutzen() - step, now.aufwand());
            case LEFT, KP_LEFT -> MatrixPosition.clamped(card.id(), now.nutzen(), now.aufwand() - step);
            case RIGHT, KP_RIGHT -> MatrixPosition.clamped(card.id(), now.nutzen(), now.aufwand() + step);
            default -> null;
        };
        if (next != null) {
            pending.put(card.id(), next);
            grid.requestLayout();
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            model.execute(new PlaceOnMatrix(card.id(), card.title(), stored, null));
            focusFirst();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            pickIntoPlan(card);
            e.consume();
        }
    }

    /**
     * Picks a proposal: a card of the plan's first column ("Vorschlag") moves into the second
     * ("Ausgewählt"), at its end. A card further on is picked already and stays where it is.
     */
    private void pickIntoPlan(Card card) {
        Plan plan = model.planProperty().get();
        if (plan == null || plan.columns().size() < 2 || !plan.columns().get(0).id().equals(card.column())) {
            return;
        }
        PlanColumn target = plan.columns().get(1);
        model.execute(new MoveCard(card, target, plan.cardsIn(target.id()).size()));
    }

    private static PlanColumn column(Plan plan, UUID id) {
        return plan.columns().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    /** The 2×2 grid with its quadrant names and axes; cards stand where their values put them. */
    private final class Grid extends Region {

        private final StackPane[] quadrants = new StackPane[4];
        private final Label value = new Label(Messages.tr("ui.matrix.axis.nutzen"));
        private final Label effort = new Label(Messages.tr("ui.matrix.axis.aufwand"));
        /** The cards' layer: placed by the grid, never by itself. */
        private final Pane cards = new Pane() {
            @Override
            protected void layoutChildren() {
                // the grid places the cards
            }
        };

        Grid() {
            Quadrant[] order = {Quadrant.QUICK_WINS, Quadrant.MAJOR_PROJECTS, Quadrant.FILL_INS, Quadrant.TIME_SINKS};
            Pos[] corners = {Pos.TOP_LEFT, Pos.TOP_RIGHT, Pos.BOTTOM_LEFT, Pos.BOTTOM_RIGHT};
            for (int i = 0; i < 4; i++) {
                var name = new Label(Messages.tr(order[i].messageKey()));
                name.getStyleClass().add("pj-quadrant-name");
                quadrants[i] = new StackPane(name);
                StackPane.setAlignment(name, corners[i]);
                quadrants[i].getStyleClass().add("pj-quadrant");
            }
            value.getStyleClass().add("pj-axis");
            effort.getStyleClass().add("pj-axis");
            value.setRotate(-90);
            getChildren().addAll(quadrants);
            getChildren().addAll(value, effort, cards);
            setMinSize(0, 0);
        }

        /** The position a card centred at (x, y) of the grid would have. */
        MatrixPosition positionAt(UUID card, double x, double y) {
            double left = inset();
            double w = getWidth() - left - 8;
            double h = getHeight() - bottom() - 8;
            return MatrixPosition.clamped(card, 1 - (y - 8) / h, (x - left) / w);
        }

        private double inset() {
            return value.prefHeight(-1) + 16;
        }

        private double bottom() {
            return effort.prefHeight(-1) + 12;
        }

        @Override
        protected void layoutChildren() {
            double left = inset();
            double top = 8;
            double w = getWidth() - left - 8;
            double h = getHeight() - bottom() - top;
            double hw = w / 2;
            double hh = h / 2;
            quadrants[0].resizeRelocate(left, top, hw, hh);
            quadrants[1].resizeRelocate(left + hw, top, hw, hh);
            quadrants[2].resizeRelocate(left, top + hh, hw, hh);
            quadrants[3].resizeRelocate(left + hw, top + hh, hw, hh);
            double vw = value.prefWidth(-1);
            double vh = value.prefHeight(-1);
            value.resizeRelocate(left / 2 - vw / 2, top + hh - vh / 2, vw, vh);
            double ew = effort.prefWidth(-1);
            effort.resizeRelocate(left + hw - ew / 2, top + h + 6, ew, effort.prefHeight(-1));
            cards.resizeRelocate(0, 0, getWidth(), getHeight());
            for (var entry : tiles.entrySet()) {
                Label tile = entry.getValue();
                MatrixPosition p = pending.getOrDefault(entry.getKey(), (MatrixPosition) tile.getUserData());
                double tw = Math.min(tile.prefWidth(-1), 220);
                double th = tile.prefHeight(tw);
                double x = left + p.aufwand() * w - tw / 2;
                double y = top + (1 - p.nutzen()) * h - th / 2;
                tile.resizeRelocate(Math.max(left, Math.min(x, left + w - tw)), Math.max(top, Math.min(y, top + h - th)),
                        tw, th);
            }
        }
    }

    /** A card still to place: its title; dragged onto the grid, or placed with Enter. */
    private final class UnplacedCell extends ListCell<Card> {
        UnplacedCell() {
            setWrapText(true);
            setPrefWidth(0);
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                var board = startDragAndDrop(TransferMode.MOVE);
                var content = new ClipboardContent();
                content.putString(getItem().id().toString());
                board.setContent(content);
                e.consume();
            });
            setOnMouseClicked(e -> {
                if (getItem() != null && e.getClickCount() == 2) {
                    place(getItem().id(), null, MatrixPosition.clamped(getItem().id(), 0.5, 0.5));
                }
            });
        }

        @Override
        protected void updateItem(Card item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title());
            // a long title wraps onto the lines the list row has; the whole of it on hover
            setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.title()));
        }
    }
}
