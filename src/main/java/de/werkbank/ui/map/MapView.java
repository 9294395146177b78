package de.werkbank.ui.map;

import de.werkbank.i18n.Messages;
import de.werkbank.geo.BoundaryImport;
import de.werkbank.geo.GeoFormatException;
import de.werkbank.map.ClassMethod;
import de.werkbank.map.Classification;
import de.werkbank.map.MapFigure;
import de.werkbank.map.MapIndicator;
import de.werkbank.map.MapLevel;
import java.io.File;
import java.io.IOException;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import javax.imageio.ImageIO;

/**
 * The Datencheck's map ("Karte"): a choropleth of the chosen figure for the table's year, with the
 * classification, the measures layer and PNG export above it.
 */
public final class MapView extends BorderPane {

    public MapView(MapViewModel model) {
        var indicator = new ComboBox<MapFigure>(model.figures());
        var method = new ComboBox<ClassMethod>(FXCollections.observableArrayList(ClassMethod.values()));
        var classes = new Spinner<Integer>(Classification.MIN_CLASSES, Classification.MAX_CLASSES, model.classesProperty().get());
        var breaks = new TextField();
        var measures = new ToggleButton(Messages.tr("ui.map.measures"));
        var export = new Button(Messages.tr("ui.map.export"));
        var boundaries = new Button(Messages.tr("ui.map.import"));
        var canvas = new MapCanvas(model);
        var level = new ComboBox<MapLevel>(model.levels());
        var levelLabel = new Label(Messages.tr("ui.map.level"));

        getStyleClass().add("map-view");
        indicator.setId("map-indicator");
        method.setId("map-method");
        classes.setId("map-classes");
        breaks.setId("map-breaks");
        measures.setId("map-measures");
        indicator.setConverter(converter(MapIndicator::title));
        indicator.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(MapFigure figure, boolean empty) {
                super.updateItem(figure, empty);
                setText(empty || figure == null ? null : MapIndicator.title(figure));
            }
        });
        method.setConverter(converter(m -> Messages.tr("ui.map.method." + m.name())));
        classes.setPrefWidth(70);
        measures.setTooltip(new javafx.scene.control.Tooltip(Messages.tr("ui.map.measures.tooltip")));
        breaks.setPromptText(Messages.tr("ui.map.breaks.prompt"));
        breaks.setPrefColumnCount(12);
        breaks.visibleProperty().bind(method.valueProperty().isEqualTo(ClassMethod.MANUAL));
        breaks.managedProperty().bind(breaks.visibleProperty());
        classes.disableProperty().bind(method.valueProperty().isEqualTo(ClassMethod.MANUAL));
        // the level the map and the table beside it show; only a store with Orts-/Stadtteile has a choice
        level.setId("datencheck-level");
        level.setConverter(converter(model::describe));
        level.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(MapLevel l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : model.describe(l));
            }
        });
        level.setTooltip(new javafx.scene.control.Tooltip(Messages.tr("ui.map.level.tooltip")));
        level.visibleProperty().bind(javafx.beans.binding.Bindings.size(model.levels()).greaterThan(1));
        level.managedProperty().bind(level.visibleProperty());
        levelLabel.visibleProperty().bind(level.visibleProperty());
        levelLabel.managedProperty().bind(level.visibleProperty());
        level.valueProperty().bindBidirectional(model.levelProperty());
        // new items clear a combo box's value: show the model's level again
        model.levels().addListener((javafx.collections.ListChangeListener<MapLevel>) c -> level.setValue(model.levelProperty().get()));
        level.setPrefWidth(230);
        var levelBox = new javafx.scene.layout.HBox(8, levelLabel, level);
        levelBox.setAlignment(Pos.CENTER_LEFT);
        levelBox.visibleProperty().bind(level.visibleProperty());
        levelBox.managedProperty().bind(level.visibleProperty());
        var top = new FlowPane(8, 6, new Label(Messages.tr("ui.map.indicator")), indicator, levelBox, method,
                classes, breaks, measures, export, boundaries);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("map-top");

        setTop(top);
        setCenter(canvas);

        indicator.valueProperty().bindBidirectional(model.indicatorProperty());
        method.valueProperty().bindBidirectional(model.methodProperty());
        classes.getValueFactory().valueProperty().addListener((o, was, now) -> model.classesProperty().set(now));
        breaks.textProperty().bindBidirectional(model.manualBreaksProperty());
        measures.selectedProperty().bindBidirectional(model.measuresProperty());
        export.setOnAction(e -> export(canvas));
        boundaries.setId("map-import");
        boundaries.setOnAction(e -> importBoundaries(model));
    }

    /** Choose a file, read it, ask how to import it, import it; all reading and storing off the FX thread. */
    private void importBoundaries(MapViewModel model) {
        var chooser = new FileChooser();
        chooser.setTitle(Messages.tr("ui.map.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.tr("ui.map.import.files"),
                "*.shp", "*.geojson", "*.json"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        inBackground(() -> BoundaryImport.read(file.toPath()), read -> {
            if (read.attributes().isEmpty() || read.features().isEmpty()) {
                fail(new GeoFormatException("geo.import.empty", read.name()));
                return;
            }
            new ImportBoundariesDialog(getScene().getWindow(), read, model.areas()).showAndWait().ifPresent(options ->
                    inBackground(() -> model.importBoundaries(read, options), report -> {
                        model.reload();
                        var done = new Alert(Alert.AlertType.INFORMATION, Messages.tr("cli.importAreas.done", read.name(),
                                report.matched().size(), report.created().size(), report.unmatched().size()));
                        done.initOwner(getScene().getWindow());
                        done.setHeaderText(null);
                        done.show();
                    }));
        });
    }

    private <T> void inBackground(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        var task = new javafx.concurrent.Task<T>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        setDisable(true);
        task.setOnSucceeded(e -> {
            setDisable(false);
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            setDisable(false);
            fail(task.getException());
        });
        var thread = new Thread(task, "boundary-import");
        thread.setDaemon(true);
        thread.start();
    }

    private void fail(Throwable e) {
        var alert = new Alert(Alert.AlertType.ERROR, e.getLocalizedMessage());
        alert.initOwner(getScene().getWindow());
        alert.setHeaderText(Messages.tr("ui.map.import.failed"));
        alert.show();
    }

    private void export(MapCanvas canvas) {
        var size = new TextInputDialog("1600");
        size.initOwner(getScene().getWindow());
        size.setHeaderText(Messages.tr("ui.map.export.width"));
        var width = size.showAndWait().map(s -> s.replaceAll("\\D", "")).filter(s -> !s.isEmpty())
                .map(Integer::parseInt).filter(w -> w >= 300 && w <= 8000);
        if (width.isEmpty()) {
            return;
        }
        var chooser = new FileChooser();
        chooser.setTitle(Messages.tr("ui.map.export"));
        chooser.setInitialFileName("karte.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        int w = width.get();
        try {
            ImageIO.write(canvas.render(w, canvas.heightFor(w)), "png", file);
        } catch (IOException ex) {
            var alert = new Alert(Alert.AlertType.ERROR, Messages.tr("ui.datencheck.exportFailed", file, ex.getMessage()));
            alert.initOwner(getScene().getWindow());
            alert.show();
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
