package de.werkbank.ui.sheet;

import de.werkbank.map.IndicatorValues;
import de.werkbank.ui.controls.DateFields;
import de.werkbank.area.Area;
import de.werkbank.i18n.Messages;
import de.werkbank.map.MapIndicator;
import de.werkbank.sheet.DataLink;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.IndicatorProgress;
import de.werkbank.sheet.Measurement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * An indicator's measured values: the progress towards the target, the link to a Datencheck figure,
 * and either the values typed in (edit, remove, "Messwert hinzufügen") or, when linked, the
 * Datencheck's values read-only. Every change is an edit of the sheet.
 */
final class MeasurementPane extends VBox {

    private final Function<UnaryOperator<Indicator>, Optional<String>> edit;
    private final IndicatorValues values;
    private final IndicatorProgressLine progress = new IndicatorProgressLine();
    private final ComboBox<String> figure = new ComboBox<>();
    private final ComboBox<Area> area = new ComboBox<>();
    private final VBox list = new VBox(4);
    private final List<MeasurementRow> rows = new ArrayList<>();
    private final DatePicker newDate = DateFields.picker();
    private final TextField newValue = new TextField();
    private final TextField newNote = new TextField();
    private final HBox addForm;
    private final Label message = new Label();
    private final Tooltip linkTip = new Tooltip();
    private Indicator indicator;
    private List<String> defaultAreas = List.of();
    private boolean updating;

    /**
     * @param edit changes the indicator in the sheet; returns the refusal's message, if any
     * @param today the day a new value is dated by default
     */
    MeasurementPane(Function<UnaryOperator<Indicator>, Optional<String>> edit, IndicatorValues values,
                    Supplier<LocalDate> today) {
        super(4);
        this.edit = edit;
        this.values = values;
        getStyleClass().add("measurement-pane");

        figure.getItems().add("");
        values.figures().forEach(f -> figure.getItems().add(MapIndicator.name(f)));
        figure.setConverter(converter(key -> key == null || key.isEmpty() ? Messages.tr("ui.indicator.link.none")
                : values.title(key)));
        figure.getStyleClass().add("indicator-link-figure");
        area.getItems().setAll(values.areas());
        area.setConverter(converter(a -> a == null ? "" : a.name()));
        area.setPromptText(Messages.tr("ui.indicator.link.area"));
        area.getStyleClass().add("indicator-link-area");
        figure.valueProperty().addListener(o -> linkChanged());
        area.valueProperty().addListener(o -> linkChanged());
        var linkLabel = new Label(Messages.tr("ui.indicator.link"));
        var link = new HBox(6, linkLabel, figure, area);
        link.setAlignment(Pos.CENTER_LEFT);
        linkTip.setWrapText(true);
        linkTip.setMaxWidth(420);
        Tooltip.install(link, linkTip);

        newDate.setValue(today.get());
        newDate.setId("measurement-new-date");
        newValue.setPromptText(Messages.tr("ui.measurement.value"));
        newValue.setPrefColumnCount(6);
        newValue.setId("measurement-new-value");
        newNote.setPromptText(Messages.tr("ui.measurement.note"));
        newNote.setId("measurement-new-note");
        HBox.setHgrow(newNote, Priority.ALWAYS);
        var add = new Button(Messages.tr("ui.measurement.add"));
        add.setId("measurement-add");
        add.setMinWidth(Button.USE_PREF_SIZE);
        add.setOnAction(e -> add());
        newValue.setOnAction(e -> add());
        newNote.setOnAction(e -> add());
        addForm = new HBox(6, newDate, newValue, newNote, add);
        addForm.setAlignment(Pos.CENTER_LEFT);
        message.getStyleClass().add("field-message");
        message.setId("measurement-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        getChildren().addAll(progress, link, list, addForm, message);
    }

    /**
     * @param sheetStart the measure's start, where the straight line to the target begins
     * @param sheetAreas the measure's areas: the first is offered when a figure is linked
     */
    void show(Indicator shown, LocalDate sheetStart, List<String> sheetAreas) {
        updating = true;
        try {
            indicator = shown;
            defaultAreas = sheetAreas;
            List<Measurement> all = values.of(shown);
            progress.show(shown, IndicatorProgress.of(shown, all, sheetStart));
            DataLink link = shown.link();
            figure.setValue(link == null ? "" : link.figure());
            area.setValue(link == null ? null : values.areas().stream().filter(a -> a.key().equals(link.area()))
                    .findFirst().orElse(null));
            boolean typed = !shown.measurements().isEmpty();
            figure.setDisable(typed && link == null);
            area.setDisable(link == null);
            linkTip.setText(Messages.tr("ui.indicator.link.tooltip")
                    + (figure.isDisabled() ? "\n" + Messages.tr("ui.indicator.link.hasValues") : ""));
            addForm.setVisible(link == null);
            addForm.setManaged(link == null);
            if (link == null) {
                showTyped(shown.measurements());
            } else {
                showLinked(link, all);
            }
        } finally {
            updating = false;
        }
    }

    private void showTyped(List<Measurement> measured) {
        while (rows.size() < measured.size()) {
            rows.add(new MeasurementRow(this::replace, this::remove));
        }
        rows.subList(measured.size(), rows.size()).clear();
        for (int i = 0; i < measured.size(); i++) {
            rows.get(i).show(measured.get(i));
        }
        if (!list.getChildren().equals(rows)) {
            list.getChildren().setAll(rows);
        }
    }

    private void showLinked(DataLink link, List<Measurement> linked) {
        rows.clear();
        String areaName = area.getValue() == null ? link.area() : area.getValue().name();
        List<Label> lines = new ArrayList<>();
        String figureTitle = values.title(link.figure());
        lines.add(new Label(linked.isEmpty() ? Messages.tr("ui.indicator.link.noData", figureTitle, areaName)
                : Messages.tr("ui.indicator.link.readOnly", figureTitle, areaName)));
        for (Measurement m : linked) {
            Label line = new Label(Messages.get().date(m.date()) + ": " + SheetViewModel.formatNumber(
                    m.value().setScale(1, java.math.RoundingMode.HALF_UP)));
            line.getStyleClass().add("measurement-linked");
            lines.add(line);
        }
        list.getChildren().setAll(lines);
    }

    private void linkChanged() {
        if (updating || indicator == null) {
            return;
        }
        String key = figure.getValue();
        if (key == null || key.isEmpty()) {
            if (indicator.link() != null) {
                report(edit.apply(i -> i.withLink(null)));
            }
            return;
        }
        Area where = area.getValue() != null ? area.getValue() : defaultArea();
        if (where != null) {
            DataLink next = new DataLink(key, where.key());
            if (!next.equals(indicator.link())) {
                report(edit.apply(i -> i.withLink(next)));
            }
        }
    }

    /** The measure's first area, else the first area the store knows (the Kreis). */
    private Area defaultArea() {
        List<Area> all = values.areas();
        return defaultAreas.stream().flatMap(k -> all.stream().filter(a -> a.key().equals(k))).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
    }

    private void add() {
        String text = newValue.getText() == null ? "" : newValue.getText().strip();
        Optional<BigDecimal> number = text.isEmpty() ? Optional.empty() : SheetViewModel.parseNumber(text);
        if (number.isEmpty()) {
            report(Optional.of(Messages.tr("ui.measurement.invalid")));
            return;
        }
        if (newDate.getValue() == null) {
            report(Optional.of(Messages.tr("ui.measurement.noDate")));
            return;
        }
        Measurement m = new Measurement(newDate.getValue(), number.get(), newNote.getText());
        Optional<String> refused = edit.apply(i -> i.withMeasurements(plus(i.measurements(), m)));
        report(refused);
        if (refused.isEmpty()) {
            newValue.clear();
            newNote.clear();
        }
    }

    private void replace(Measurement was, Measurement now) {
        report(edit.apply(i -> i.withMeasurements(plus(minus(i.measurements(), was), now))));
    }

    private void remove(Measurement gone) {
        report(edit.apply(i -> i.withMeasurements(minus(i.measurements(), gone))));
    }

    private static List<Measurement> plus(List<Measurement> all, Measurement m) {
        List<Measurement> result = new ArrayList<>(all);
        result.add(m);
        return result;
    }

    private static List<Measurement> minus(List<Measurement> all, Measurement m) {
        List<Measurement> result = new ArrayList<>(all);
        result.removeIf(x -> Objects.equals(x.date(), m.date()));
        return result;
    }

    private void report(Optional<String> refused) {
        message.setText(refused.orElse(""));
        message.setVisible(refused.isPresent());
    }

    /** The progress line (for tests). */
    IndicatorProgressLine progress() {
        return progress;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
