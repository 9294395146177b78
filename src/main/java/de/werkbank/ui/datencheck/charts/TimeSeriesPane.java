package de.werkbank.ui.datencheck.charts;

import de.werkbank.area.Area;
import de.werkbank.datencheck.TimeSeries;
import de.werkbank.i18n.Messages;
import de.werkbank.ui.datencheck.DatencheckViewModel;
import java.text.NumberFormat;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import de.werkbank.datencheck.NiceTicks;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
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

/** An indicator over the years for the Kreis, the chosen area and further areas, as lines. */
public final class TimeSeriesPane extends BorderPane {

    public TimeSeriesPane(DatencheckViewModel datencheck, TimeSeriesModel model) {
        var indicator = new ComboBox<TimeSeriesModel.Choice>(model.choices());
        var further = new CheckComboBox<Area>(model.areas());
        var index = new CheckBox();
        var years = new NumberAxis();
        var values = new NumberAxis();
        var chart = new LineChart<Number, Number>(years, values);
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
        picture.setPadding(new Insets(8));
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var top = new HBox(10, new Label(Messages.tr("ui.chart.series.indicator")), indicator, further, index, spacer,
                export);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 8, 6, 8));
        setTop(top);
        setCenter(picture);

        years.setAutoRanging(false);
        years.setTickUnit(1);
        years.setMinorTickVisible(false);
        years.setLabel(Messages.tr("ui.datencheck.year"));
        years.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return String.valueOf(n.intValue());
            }

            @Override
            public Number fromString(String s) {
                return Integer.parseInt(s);
            }
        });
        values.setForceZeroInRange(false);
        NumberFormat format = NumberFormat.getNumberInstance(Messages.get().locale());
        format.setMaximumFractionDigits(1);
        values.setAutoRanging(false);
        values.setMinorTickVisible(false);
        values.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return format.format(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        chart.setAnimated(false);
        chart.setCreateSymbols(true);

        indicator.valueProperty().bindBidirectional(model.choiceProperty());
        index.selectedProperty().bindBidirectional(model.indexProperty());
        index.textProperty().bind(Bindings.createStringBinding(() -> Messages.tr("ui.chart.series.index",
                String.valueOf(datencheck.baseYearProperty().get())), datencheck.baseYearProperty()));
        further.getCheckModel().getCheckedItems().addListener((ListChangeListener<Area>) c ->
                model.further().setAll(further.getCheckModel().getCheckedItems()));
        Runnable draw = () -> {
            chart.getData().clear();
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            for (TimeSeries s : model.series()) {
                var line = new XYChart.Series<Number, Number>();
                line.setName(s.area().name());
                s.values().forEach((y, v) -> line.getData().add(new XYChart.Data<>(y, v)));
                chart.getData().add(line);
                if (!s.values().isEmpty()) {
                    first = Math.min(first, s.values().firstKey());
                    last = Math.max(last, s.values().lastKey());
                }
            }
            if (first <= last) {
                years.setLowerBound(first);
                years.setUpperBound(Math.max(last, first + 1));
            }
            // even ticks on whole steps, every label with the same decimals
            double min = model.series().stream().flatMap(s -> s.values().values().stream())
                    .mapToDouble(Number::doubleValue).min().orElse(0);
            double max = model.series().stream().flatMap(s -> s.values().values().stream())
                    .mapToDouble(Number::doubleValue).max().orElse(1);
            NiceTicks ticks = NiceTicks.covering(min, max, 6);
            values.setLowerBound(ticks.lower());
            values.setUpperBound(ticks.upper());
            values.setTickUnit(ticks.step());
            format.setMinimumFractionDigits(ticks.decimals());
            format.setMaximumFractionDigits(ticks.decimals());
            var choice = model.choiceProperty().get();
            heading.setText(choice == null ? "" : model.indexProperty().get()
                    ? Messages.tr("ui.chart.series.titleIndex", choice.label(), String.valueOf(datencheck.baseYearProperty().get()))
                    : choice.label());
        };
        model.series().addListener((ListChangeListener<TimeSeries>) c -> draw.run());
        draw.run();
    }
}
