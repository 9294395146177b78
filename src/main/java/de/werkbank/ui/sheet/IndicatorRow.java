package de.werkbank.ui.sheet;

import de.werkbank.ui.controls.DateFields;
import de.werkbank.i18n.Messages;
import de.werkbank.sheet.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One indicator of success, edited in place: name, unit, baseline, target, target date; below it its
 * measured values and progress ({@link MeasurementPane}).
 */
final class IndicatorRow extends VBox {

    private final TextField name = new TextField();
    private final TextField unit = new TextField();
    private final TextField baseline = new TextField();
    private final TextField target = new TextField();
    private final DatePicker date = DateFields.picker();
    private final MeasurementPane measurements;
    private Indicator indicator;
    private boolean updating;

    /**
     * @param update gets the edited indicator; a number it cannot read leaves the value as it was
     * @param remove removes the indicator
     * @param measurements the indicator's measured values and progress
     */
    IndicatorRow(Consumer<Indicator> update, Consumer<Indicator> remove, MeasurementPane measurements) {
        this.measurements = measurements;
        var delete = new Button("\u2715");
        var values = new HBox(6, unit, baseline, target, date, delete);
        values.setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);
        getStyleClass().add("indicator-row");
        name.setPromptText(Messages.tr("ui.indicator.name"));
        unit.setPromptText(Messages.tr("ui.indicator.unit"));
        baseline.setPromptText(Messages.tr("ui.indicator.baseline"));
        target.setPromptText(Messages.tr("ui.indicator.target"));
        date.setPromptText(Messages.tr("ui.indicator.date"));
        unit.setPrefColumnCount(6);
        baseline.setPrefColumnCount(5);
        target.setPrefColumnCount(5);
        HBox.setHgrow(unit, Priority.ALWAYS);
        delete.getStyleClass().add("step-remove");
        delete.setTooltip(new Tooltip(Messages.tr("ui.indicator.remove")));
        getChildren().addAll(name, values, measurements);

        Runnable commit = () -> {
            if (updating || indicator == null) {
                return;
            }
            Indicator next = indicator.withDefinition(name.getText(), unit.getText(),
                    number(baseline.getText(), indicator.baseline()), number(target.getText(), indicator.target()),
                    date.getValue());
            if (!next.equals(indicator)) {
                update.accept(next);
            }
        };
        for (TextField f : new TextField[] {name, unit, baseline, target}) {
            f.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    commit.run();
                }
            });
            f.setOnAction(e -> commit.run());
        }
        date.valueProperty().addListener(o -> commit.run());
        delete.setOnAction(e -> remove.accept(indicator));
    }

    private static BigDecimal number(String text, BigDecimal previous) {
        return text.isBlank() ? null : SheetViewModel.parseNumber(text.strip()).orElse(previous);
    }

    /**
     * @param sheetStart the measure's start (where the way to the target begins)
     * @param sheetAreas the measure's areas
     */
    void show(Indicator newIndicator, LocalDate sheetStart, List<String> sheetAreas) {
        updating = true;
        try {
            indicator = newIndicator;
            set(name, indicator.name());
            set(unit, indicator.unit());
            set(baseline, indicator.baseline() == null ? "" : SheetViewModel.formatNumber(indicator.baseline()));
            set(target, indicator.target() == null ? "" : SheetViewModel.formatNumber(indicator.target()));
            date.setValue(indicator.targetDate());
            measurements.show(indicator, sheetStart, sheetAreas);
        } finally {
            updating = false;
        }
    }

    private static void set(TextField field, String value) {
        if (!field.isFocused() && !Objects.equals(field.getText(), value)) {
            field.setText(value);
        }
    }
}
