package de.werkbank.ui.timeline;

import de.werkbank.i18n.Messages;
import de.werkbank.timeline.Timeline;
import de.werkbank.timeline.TimelinePainter;
import de.werkbank.timeline.Zoom;
import java.io.File;
import java.io.IOException;
import java.util.UUID;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;

/**
 * The Strategie tab: a tool bar (zoom, counts, the last message, "Als PNG speichern…"), the chart with
 * its scroll bars, and beside it the measures "ohne Zeitraum", which are dragged onto the chart (or
 * given the current month by Enter).
 */
public final class TimelineView extends BorderPane {

    private final TimelineViewModel model;
    private final TimelineCanvas canvas;
    private final ListView<Timeline.Undated> undated = new ListView<>();
    private final HBox toolbar = new HBox(8);
    private final Label count = new Label();
    private final Label message = new Label();
    private UUID dragging;

    public TimelineView(TimelineViewModel model) {
        this.model = model;
        this.canvas = new TimelineCanvas(model, () -> dragging);
        getStyleClass().add("timeline-view");
        setId("timeline-view");
        setTop(toolbar());
        setCenter(chart());
        setRight(undatedList());
        model.timelineProperty().addListener((o, was, t) -> show(t));
        model.messageProperty().addListener((o, was, text) -> message.setText(text));
        show(model.timelineProperty().get());
    }

    /** Puts a node into the tool bar, before the PNG button (for actions added later). */
    public void addToToolbar(Node node) {
        toolbar.getChildren().add(toolbar.getChildren().size() - 1, node);
    }

    /**
     * Gives the chart the keyboard; a tab just selected shows its content only in the next layout
     * pass, so the focus waits for the pass that shows the chart.
     */
    public void focusChart() {
        var scene = canvas.getScene();
        if (scene == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            canvas.requestFocus();
        };
        if (canvas.isVisible() && canvas.getWidth() > 0) {
            canvas.requestFocus();
        }
        if (!canvas.isFocused()) {
            scene.addPostLayoutPulseListener(once[0]);
            javafx.application.Platform.requestNextPulse();
        }
    }

    private Node toolbar() {
        var group = new ToggleGroup();
        var zoomBox = new HBox();
        zoomBox.getStyleClass().add("segmented");
        for (Zoom z : Zoom.values()) {
            var button = new ToggleButton(Messages.tr(z.messageKey()));
            button.setId("timeline-zoom-" + z.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.setFocusTraversable(false);
            button.setSelected(model.zoomProperty().get() == z);
            button.setOnAction(e -> {
                button.setSelected(true);
                canvas.zoomTo((canvas.getWidth() + TimelinePainter.HEADER_WIDTH) / 2, z);
            });
            model.zoomProperty().addListener((o, was, now) -> button.setSelected(now == z));
            zoomBox.getChildren().add(button);
        }
        var save = new Button(Messages.tr("ui.timeline.savePng"));
        save.setId("timeline-save-png");
        save.setFocusTraversable(false);
        save.setOnAction(e -> savePng());
        message.getStyleClass().add("timeline-message");
        message.setId("timeline-message");
        count.getStyleClass().add("timeline-count");
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        toolbar.getChildren().addAll(zoomBox, count, message, spacer, save);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(6, 8, 6, 8));
        return toolbar;
    }

    private Node chart() {
        var horizontal = new ScrollBar();
        var vertical = new ScrollBar();
        vertical.setOrientation(Orientation.VERTICAL);
        follow(horizontal, canvas.scrollXProperty());
        follow(vertical, canvas.scrollYProperty());
        Runnable limits = () -> {
            horizontal.setMax(canvas.maxScrollX());
            vertical.setMax(canvas.maxScrollY());
            horizontal.setVisibleAmount(Math.max(1, canvas.getWidth()));
            vertical.setVisibleAmount(Math.max(1, canvas.getHeight()));
        };
        model.timelineProperty().addListener(o -> limits.run());
        canvas.widthProperty().addListener(o -> limits.run());
        canvas.heightProperty().addListener(o -> limits.run());
        var pane = new BorderPane(canvas);
        pane.setRight(vertical);
        pane.setBottom(horizontal);
        return pane;
    }

    private static void follow(ScrollBar bar, DoubleProperty scroll) {
        bar.setFocusTraversable(false);
        boolean[] busy = new boolean[1];
        scroll.addListener((o, was, now) -> {
            if (!busy[0] && !Double.isNaN(now.doubleValue())) {
                busy[0] = true;
                bar.setValue(now.doubleValue());
                busy[0] = false;
            }
        });
        bar.valueProperty().addListener((o, was, now) -> {
            if (!busy[0]) {
                busy[0] = true;
                scroll.set(now.doubleValue());
                busy[0] = false;
            }
        });
    }

    private Node undatedList() {
        var title = new Label(Messages.tr("ui.timeline.undated"));
        title.getStyleClass().add("timeline-undated-title");
        var hint = new Label(Messages.tr("ui.timeline.undated.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("timeline-undated-hint");
        undated.setId("timeline-undated");
        undated.setCellFactory(list -> new UndatedCell());
        undated.setOnKeyPressed(e -> {
            Timeline.Undated item = undated.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null) {
                model.place(item.measure().card(), java.time.LocalDate.now());
                model.selectedProperty().set(item.measure().card());
                e.consume();
            }
        });
        VBox.setVgrow(undated, Priority.ALWAYS);
        var box = new VBox(6, title, hint, undated);
        box.setPadding(new Insets(6, 8, 8, 8));
        box.setPrefWidth(240);
        box.getStyleClass().add("timeline-undated");
        return box;
    }

    private void show(Timeline t) {
        if (t == null) {
            count.setText(Messages.tr("ui.timeline.noPlan"));
            undated.getItems().clear();
            return;
        }
        undated.getItems().setAll(t.undated());
        int shown = t.bars().size() + t.undated().size();
        count.setText(model.filtered() ? Messages.tr("ui.timeline.filtered", shown, model.total())
                : Messages.tr("ui.timeline.count", shown, t.undated().size()));
    }

    /** The largest picture "Als PNG speichern…" draws (4 bytes a pixel: 240 MB). */
    static final long MAX_PNG_PIXELS = 60_000_000L;

    private void savePng() {
        Timeline t = model.timelineProperty().get();
        if (t == null) {
            return;
        }
        var whole = TimelinePainter.View.whole(t);
        if ((long) whole.width() * whole.height() > MAX_PNG_PIXELS) {
            model.messageProperty().set(Messages.tr("ui.timeline.pngTooLarge", whole.width(), whole.height()));
            return;
        }
        var chooser = new FileChooser();
        chooser.setTitle(Messages.tr("ui.timeline.savePng.title"));
        chooser.setInitialFileName("strategie.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            ImageIO.write(canvas.renderWhole(), "png", file);
            model.messageProperty().set(Messages.tr("ui.timeline.saved", file.getName()));
        } catch (IOException ex) {
            var alert = new Alert(Alert.AlertType.ERROR, Messages.tr("ui.datencheck.exportFailed", file, ex.getMessage()));
            alert.initOwner(getScene().getWindow());
            alert.show();
        }
    }

    /** A measure without dates: its field's colour, title and what it lacks; dragged onto the chart. */
    private final class UndatedCell extends ListCell<Timeline.Undated> {
        UndatedCell() {
            setPrefWidth(0); // the list's width, not the text's: long titles wrap instead of being cut
            addEventHandler(MouseEvent.DRAG_DETECTED, e -> {
                if (getItem() != null) {
                    dragging = getItem().measure().card();
                    startFullDrag();
                    e.consume();
                }
            });
            addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragging = null);
        }

        @Override
        protected void updateItem(Timeline.Undated item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            var dot = new Circle(5, Color.web(item.colour()));
            var name = new Label(item.measure().title());
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            var detail = new Label(item.fieldName() + " · " + TimelineText.undated(item));
            detail.getStyleClass().add("timeline-undated-detail");
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            var text = new VBox(1, name, detail);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            if (getListView() != null) {
                text.maxWidthProperty().bind(getListView().widthProperty().subtract(44));
            }
            var row = new HBox(6, dot, text);
            row.setAlignment(Pos.TOP_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
