package de.werkbank.ui.datencheck.charts;

import de.werkbank.chart.PyramidDrawing;
import de.werkbank.i18n.Messages;
import de.werkbank.ui.datencheck.DatencheckViewModel;
import java.text.NumberFormat;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The chosen area's population pyramid in the chosen year, the base year optionally as an outline:
 * the core's {@link PyramidDrawing}, the picture the Datencheck booklet prints.
 */
public final class PyramidPane extends BorderPane {

    public PyramidPane(DatencheckViewModel model) {
        var chart = new DrawingView<>(new DrawingView.Source<PyramidDrawing>() {
            @Override
            public PyramidDrawing draw(double width, double height) {
                String year = String.valueOf(model.yearProperty().get());
                var labels = new PyramidDrawing.Labels("", Messages.tr("ui.chart.pyramid.menLegend", year),
                        Messages.tr("ui.chart.pyramid.womenLegend", year), Messages.tr("ui.chart.pyramid.outlineLegend",
                        String.valueOf(model.baseYearProperty().get())), Messages.tr("ui.chart.pyramid.empty"));
                return new PyramidDrawing(model.pyramid(), model.pyramidOutline(), labels, Messages.get().locale(),
                        width, height);
            }

            @Override
            public Optional<String> describe(PyramidDrawing drawing, double x, double y) {
                NumberFormat format = NumberFormat.getIntegerInstance(Messages.get().locale());
                return drawing.barAt(x, y).map(hit -> hit.men()
                        ? Messages.tr("ui.chart.pyramid.men", hit.bar().label(), format.format(hit.bar().men()))
                        : Messages.tr("ui.chart.pyramid.women", hit.bar().label(), format.format(hit.bar().women())));
            }
        });
        var outline = new CheckBox();
        var heading = new Label();
        var picture = new VBox(6, heading, chart);
        var spacer = new Region();
        var export = ChartExport.button(picture, () -> Messages.tr("ui.chart.pyramid.fileName",
                model.areaProperty().get() == null ? "" : model.areaProperty().get().name(), model.yearProperty().get()));

        chart.setId("pyramid-chart");
        heading.setId("pyramid-heading");
        outline.setId("pyramid-outline");
        export.setId("pyramid-export");
        heading.getStyleClass().add("chart-heading");
        picture.getStyleClass().add("chart-picture");
        picture.setPadding(new Insets(8));
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var top = new HBox(12, spacer, outline, export);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 8, 6, 8));
        setTop(top);
        setCenter(picture);

        outline.selectedProperty().bindBidirectional(model.outlineBaseYearProperty());
        outline.textProperty().bind(Bindings.createStringBinding(() -> Messages.tr("ui.chart.pyramid.outline",
                String.valueOf(model.baseYearProperty().get())), model.baseYearProperty()));
        Observable[] inputs = {model.areaProperty(), model.yearProperty(), model.baseYearProperty(), model.pyramidOutline()};
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.areaProperty().get() == null ? ""
                : Messages.tr("ui.chart.pyramid.title", model.areaProperty().get().name(),
                String.valueOf(model.yearProperty().get())), inputs));
        for (Observable input : new Observable[] {model.pyramid(), model.pyramidOutline(), model.yearProperty(),
                model.baseYearProperty()}) {
            input.addListener(o -> chart.redraw());
        }
    }
}
