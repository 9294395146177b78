package de.werkbank.ui.datencheck.charts;

import de.werkbank.area.Area;
import de.werkbank.chart.SeriesDrawing;
import de.werkbank.datencheck.TimeSeries;
import de.werkbank.i18n.Messages;
import de.werkbank.ui.datencheck.DatencheckViewModel;
import java.text.NumberFormat;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * An indicator over the years for the Kreis, the chosen area and further areas, as lines: the core's
 * {@link SeriesDrawing}, the picture the Datencheck booklet prints.
 */
public final class TimeSeriesPane extends BorderPane {

    public TimeSeriesPane(DatencheckViewModel datencheck, TimeSeriesModel model) {
        var indicator = new ComboBox<TimeSeriesModel.Choice>(model.choices());
        var further = new CheckComboBox<Area>(model.areas());
        var index = new CheckBox();
        var chart = new DrawingView<>(new DrawingView.Source<SeriesDrawing>() {
            @Override
            public SeriesDrawing draw(double width, double height) {
                return new SeriesDrawing("", model.series().stream()
                        .map(s -> new SeriesDrawing.Line(s.area().name(), s.values())).toList(),
                        Messages.get().locale(), width, height);
            }

            @Override
            public Optional<String> describe(SeriesDrawing drawing, double x, double y) {
                NumberFormat format = NumberFormat.getNumberInstance(Messages.get().locale());
                format.setMaximumFractionDigits(1);
                return drawing.pointAt(x, y).map(p -> Messages.tr("ui.chart.series.point", p.name(),
                        String.valueOf(p.year()), format.format(p.value())));
            }
        });
        var heading = new Label();
        var picture = new VBox(4, heading, chart);
        var spacer = new Region();
        var export = ChartExport.button(picture, () -> Messages.tr("ui.chart.series.fileName",
                model.choiceProperty().get() == null ? "" : model.choiceProperty().get().label()));

        indicator.setId("series-indicator");
        further.setId("series-areas");
        index.setId("series-index");
        chart.setId("series-chart");
        export.setId("series-export");
        further.setTitle(Messages.tr("ui.chart.series.areas"));
        further.setConverter(new StringConverter<>() {
            @Override
            public String toString(Area a) {
                return a == null ? "" : a.name();
            }

            @Override
            public Area fromString(String s) {
                return null;
            }
        });
        heading.getStyleClass().add("chart-heading");
        picture.getStyleClass().add("chart-picture");
        picture.setPadding(new Insets(8));
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var top = new HBox(10, new Label(Messages.tr("ui.chart.series.indicator")), indicator, further, index, spacer,
                export);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 8, 6, 8));
        setTop(top);
        setCenter(picture);

        indicator.valueProperty().bindBidirectional(model.choiceProperty());
        index.selectedProperty().bindBidirectional(model.indexProperty());
        index.textProperty().bind(Bindings.createStringBinding(() -> Messages.tr("ui.chart.series.index",
                String.valueOf(datencheck.baseYearProperty().get())), datencheck.baseYearProperty()));
        further.getCheckModel().getCheckedItems().addListener((ListChangeListener<Area>) c ->
                model.further().setAll(further.getCheckModel().getCheckedItems()));
        Runnable draw = () -> {
            chart.redraw();
            var choice = model.choiceProperty().get();
            heading.setText(choice == null ? "" : model.indexProperty().get()
                    ? Messages.tr("ui.chart.series.titleIndex", choice.label(), String.valueOf(datencheck.baseYearProperty().get()))
                    : choice.label());
        };
        model.series().addListener((ListChangeListener<TimeSeries>) c -> draw.run());
        draw.run();
    }
}
