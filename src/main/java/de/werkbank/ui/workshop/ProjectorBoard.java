package de.werkbank.ui.workshop;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import de.werkbank.plan.Card;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanColumn;
import de.werkbank.sheet.Progress;
import de.werkbank.sheet.SheetOutline;
import de.werkbank.ui.theme.FieldColours;
import de.werkbank.ui.theme.WordFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Werkstattplan for the projector: its columns side by side filling the screen, with large cards
 * of the focused lane (or all). The arrow keys move the focus between cards, Enter (or a double
 * click) shows the focused card large.
 */
final class ProjectorBoard extends ScrollPane {

    private final WorkshopModel model;
    private final Consumer<UUID> spotlight;
    /** The card titles' type on a screen of 1280×720 (meta lines and column titles in proportion, see projector.css). */
    static final double BASE_TYPE = 26;
    /** The smallest type a card title gets to keep a long word whole. */
    static final double MIN_TYPE = 24;
    private static final double BASE_WIDTH = 1280;
    private static final double BASE_HEIGHT = 720;
    private final HBox columnsBox = new HBox();
    private final List<List<ProjectorCard>> grid = new ArrayList<>();

    ProjectorBoard(WorkshopModel model, Consumer<UUID> spotlight) {
        this.model = model;
        this.spotlight = spotlight;
        columnsBox.getStyleClass().add("pj-board");
        setContent(columnsBox);
        setFitToWidth(true);
        setFitToHeight(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("pj-board-scroller");
        setFocusTraversable(false);
        columnsBox.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        // a bigger screen shows bigger type: the cards' type grows with the screen (not with the zoom,
        // which scales on top of it); never smaller than at 1280×720
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.widthProperty().addListener(w -> fitType());
                scene.heightProperty().addListener(h -> fitType());
                fitType();
            }
        });
        model.planProperty().addListener((o, was, now) -> rebuild());
        model.laneProperty().addListener((o, was, now) -> rebuild());
        rebuild();
    }

    private void fitType() {
        Scene scene = getScene();
        double factor = Math.max(1, Math.min(scene.getWidth() / BASE_WIDTH, scene.getHeight() / BASE_HEIGHT));
        columnsBox.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_TYPE * factor));
    }

    private void rebuild() {
        UUID focused = focusedCard();
        grid.clear();
        List<VBox> columns = new ArrayList<>();
        Plan plan = model.planProperty().get();
        Map<UUID, Werkzeug> tools = model.catalogue().werkzeugeById();
        if (plan != null) {
            for (PlanColumn column : plan.columns()) {
                List<Card> cards = model.cardsIn(column);
                var title = new Label(Messages.tr("ui.workshop.columnCount", column.name(), cards.size()));
                title.getStyleClass().add("pj-column-title");
                title.setWrapText(true);
                var box = new VBox(title);
                box.getStyleClass().add("pj-column");
                box.setMinWidth(0);
                box.setPrefWidth(100);
                HBox.setHgrow(box, Priority.ALWAYS);
                List<ProjectorCard> tiles = new ArrayList<>();
                for (Card card : cards) {
                    var tile = new ProjectorCard(card, model.field(card.handlungsfeld()).orElse(null),
                            tools.get(card.werkzeug()), model.outline(card.id()), model.today());
                    tile.setOnMouseClicked(e -> {
                        tile.requestFocus();
                        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                            spotlight.accept(card.id());
                        }
                    });
                    tiles.add(tile);
                }
                box.getChildren().addAll(tiles);
                grid.add(tiles);
                columns.add(box);
            }
        }
        columnsBox.getChildren().setAll(columns);
        if (focused != null) {
            focus(focused);
        }
    }

    /** The card that has the keyboard focus, or {@code null}. */
    UUID focusedCard() {
        for (List<ProjectorCard> column : grid) {
            for (ProjectorCard tile : column) {
                if (tile.getScene() != null && tile.getScene().getFocusOwner() == tile) {
                    return tile.card();
                }
            }
        }
        return null;
    }

    /** Focuses the first card on the board, if there is one. */
    void focusFirst() {
        grid.stream().filter(c -> !c.isEmpty()).findFirst().ifPresent(c -> c.get(0).requestFocus());
    }

    private void focus(UUID card) {
        grid.stream().flatMap(List::stream).filter(t -> t.card().equals(card)).findFirst()
                .ifPresentOrElse(ProjectorCard::requestFocus, this::focusFirst);
    }

    private void keyPressed(KeyEvent e) {
        int column = -1;
        int row = -1;
        for (int c = 0; c < grid.size(); c++) {
            for (int r = 0; r < grid.get(c).size(); r++) {
                ProjectorCard tile = grid.get(c).get(r);
                if (tile.getScene() != null && tile.getScene().getFocusOwner() == tile) {
                    column = c;
                    row = r;
                }
            }
        }
        if (column < 0) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER) {
            spotlight.accept(grid.get(column).get(row).card());
            e.consume();
            return;
        }
        int dc = switch (e.getCode()) {
            case LEFT, KP_LEFT -> -1;
            case RIGHT, KP_RIGHT -> 1;
            default -> 0;
        };
        int dr = switch (e.getCode()) {
            case UP, KP_UP -> -1;
            case DOWN, KP_DOWN -> 1;
            default -> 0;
        };
        if (dc == 0 && dr == 0) {
            return;
        }
        e.consume();
        if (dr != 0) {
            int target = row + dr;
            if (target >= 0 && target < grid.get(column).size()) {
                show(grid.get(column).get(target));
            }
            return;
        }
        for (int c = column + dc; c >= 0 && c < grid.size(); c += dc) {
            if (!grid.get(c).isEmpty()) {
                show(grid.get(c).get(Math.min(row, grid.get(c).size() - 1)));
                return;
            }
        }
    }

    private void show(ProjectorCard tile) {
        tile.requestFocus();
        double contentHeight = columnsBox.getHeight() - getViewportBounds().getHeight();
        if (contentHeight > 0) {
            double y = tile.localToScene(0, 0).getY() - columnsBox.localToScene(0, 0).getY();
            setVvalue(Math.max(0, Math.min(1, (y - getViewportBounds().getHeight() / 3) / contentHeight)));
        }
    }

    /** A large card: field colour, title, tool code, lead office, progress of its steps. */
    static final class ProjectorCard extends HBox {

        private final UUID card;

        ProjectorCard(Card card, Handlungsfeld field, Werkzeug tool, SheetOutline outline, java.time.LocalDate today) {
            this.card = card.id();
            var bar = new Region();
            bar.getStyleClass().add("field-bar");
            if (field != null) {
                bar.setBackground(FieldColours.bar(field.colour()));
            }
            var title = new Label(card.title());
            title.getStyleClass().add("pj-card-title");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            // a long compound gets smaller type rather than a break in mid-word
            WordFit.install(title, MIN_TYPE);
            Progress progress = outline.progressOn(today);
            List<String> meta = new ArrayList<>();
            if (tool != null) {
                meta.add(tool.retired() ? tool.code() + " (" + Messages.tr("ui.card.retired") + ")" : tool.code());
            }
            if (outline.leadOffice() != null) {
                meta.add(outline.leadOffice());
            }
            if (progress.total() > 0) {
                meta.add(Messages.tr("ui.workshop.steps", progress.done(), progress.total()));
            }
            var details = new Label(String.join(" · ", meta));
            details.getStyleClass().add("pj-card-meta");
            details.setWrapText(true);
            details.setMinHeight(Region.USE_PREF_SIZE);
            var text = new VBox(4, title, details);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            getChildren().addAll(bar, text);
            getStyleClass().add("pj-card");
            setFocusTraversable(true);
            setMinHeight(Region.USE_PREF_SIZE);
            setAccessibleText(card.title());
            setId("pj-card-" + card.id());
        }

        UUID card() {
            return card;
        }
    }
}
