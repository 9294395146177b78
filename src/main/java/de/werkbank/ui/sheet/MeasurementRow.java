package de.werkbank.ui.sheet;

import de.werkbank.ui.controls.DateFields;
import de.werkbank.i18n.Messages;
import de.werkbank.sheet.Measurement;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** One measured value, edited in place: date, value, note, remove. */
final class MeasurementRow extends HBox {

    private final DatePicker date = DateFields.picker();
    private final TextField value = new TextField();
    private final TextField note = new TextField();
    private Measurement shown;
    private boolean updating;

    /**
     * @param update gets the value as it was and as edited; a number it cannot read leaves the value as it was
     * @param remove removes the value
     */
    MeasurementRow(BiConsumer<Measurement, Measurement> update, Consumer<Measurement> remove) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("measurement-row");
        date.getStyleClass().add("measurement-date");
        value.setPrefColumnCount(6);
        value.getStyleClass().add("measurement-value");
        note.setPromptText(Messages.tr("ui.measurement.note"));
        note.getStyleClass().add("measurement-note");
        // a note longer than the field shows whole in its tooltip
        var noteTip = new Tooltip();
        noteTip.textProperty().bind(note.textProperty());
        note.textProperty().addListener((o, was, now) -> note.setTooltip(now == null || now.isBlank() ? null : noteTip));
        HBox.setHgrow(note, Priority.ALWAYS);
        var delete = new Button("\u2715");
        delete.getStyleClass().addAll("step-remove", "measurement-remove");
        delete.setTooltip(new Tooltip(Messages.tr("ui.measurement.remove")));
        getChildren().addAll(date, value, note, delete);

        Runnable commit = () -> {
            if (updating || shown == null || date.getValue() == null) {
                return;
            }
            var number = value.getText().isBlank() ? java.util.Optional.<java.math.BigDecimal>empty()
                    : SheetViewModel.parseNumber(value.getText().strip());
            Measurement next = new Measurement(date.getValue(), number.orElse(shown.value()), note.getText());
            if (!next.equals(shown)) {
                update.accept(shown, next);
            }
        };
        for (TextField f : new TextField[] {value, note}) {
            f.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    commit.run();
                }
            });
            f.setOnAction(e -> commit.run());
        }
        date.valueProperty().addListener(o -> commit.run());
        delete.setOnAction(e -> remove.accept(shown));
    }

    void show(Measurement m) {
        updating = true;
        try {
            shown = m;
            date.setValue(m.date());
            set(value, SheetViewModel.formatNumber(m.value()));
            set(note, m.note());
        } finally {
            updating = false;
        }
    }

    private static void set(TextField field, String text) {
        if (!field.isFocused() && !Objects.equals(field.getText(), text)) {
            field.setText(text);
        }
    }
}
