package de.werkbank.ui.datencheck.importing;

import de.werkbank.datencheck.ColumnMapping;
import de.werkbank.datencheck.DataImport;
import de.werkbank.datencheck.GermanNumbers;
import de.werkbank.datencheck.Headings;
import de.werkbank.datencheck.ImportPreview;
import de.werkbank.datencheck.OfficeTable;
import de.werkbank.datencheck.Sex;
import de.werkbank.i18n.Messages;
import de.werkbank.ui.datencheck.DatencheckViewModel;
import de.werkbank.ui.shell.BackgroundWork;
import de.werkbank.ui.shell.FailureText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The mapping step of importing a table in a statistics office's layout: a preview of the file's
 * lines (title, table, footnotes), and the user says where the table is and what its columns hold.
 * The mapping is checked against the file as it changes, can be saved and loaded (the JSON that
 * {@code import-data --mapping} reads), and the import runs in the background, all or nothing; a
 * problem stays in the dialog with file, line and column. The result is the number of values stored.
 */
public final class MappingDialog extends Dialog<Integer> {

    /** The entry "no such column". */
    private static final String NONE = "";
    private static final int PREVIEW_LINES = 500;

    private final DatencheckViewModel model;
    private final Path file;
    private final List<String> lines;
    private final ComboBox<String> separator = new ComboBox<>(FXCollections.observableArrayList(";", ",", "\t"));
    private final Spinner<Integer> headerLine;
    private final Spinner<Integer> lastLine;
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<String> optionalColumns = FXCollections.observableArrayList();
    private final ComboBox<String> areaColumn = new ComboBox<>(columns);
    private final Spinner<Integer> pad = new Spinner<>(0, 12, 0);
    private final ComboBox<String> yearColumn = new ComboBox<>(columns);
    /** The line with the years above the table (GENESIS puts the dates there), or 0: the year column says. */
    private final Spinner<Integer> yearLine;
    /** The year of every value, for a table without one, or 0. */
    private final Spinner<Integer> fixedYear = new Spinner<>(0, 2200, 0);
    private final ComboBox<String> indicatorColumn = new ComboBox<>(optionalColumns);
    private final TextField fixedIndicator = new TextField();
    private final ComboBox<String> sexColumn = new ComboBox<>(optionalColumns);
    private final ComboBox<String> ageGroupColumn = new ComboBox<>(optionalColumns);
    private final ObservableList<ValueColumnRow> valueRows = FXCollections.observableArrayList();
    private final ListView<String> preview = new ListView<>();
    private final Label status = new Label();
    private final PauseTransition pause = new PauseTransition(Duration.millis(250));
    private final BackgroundWork background;
    private boolean filling;
    /** What the mapping last checked would import, or {@code null}. */
    private ImportPreview checked;

    public MappingDialog(Window owner, DatencheckViewModel model, Path file) {
        this.model = model;
        this.file = file;
        this.lines = OfficeTable.lines(DataImport.bytes(file));
        headerLine = new Spinner<>(1, Math.max(1, lines.size()), 1);
        lastLine = new Spinner<>(0, Math.max(1, lines.size()), 0);
        yearLine = new Spinner<>(0, Math.max(1, lines.size()), 0);
        yearLine.setId("mapping-year-line");
        yearLine.setEditable(true);
        yearLine.setPrefWidth(90);
        yearColumn.disableProperty().bind(Bindings.createBooleanBinding(
                () -> yearLine.getValue() != null && yearLine.getValue() > 0 || fixedYear.getValue() != null
                        && fixedYear.getValue() > 0, yearLine.valueProperty(), fixedYear.valueProperty()));
        fixedYear.setId("mapping-fixed-year");
        fixedYear.setEditable(true);
        fixedYear.setPrefWidth(90);
        var values = ValueTable.of(valueRows);
        var load = new Button(Messages.tr("ui.import.loadMapping"));
        var save = new Button(Messages.tr("ui.import.saveMapping"));
        var run = new ButtonType(Messages.tr("ui.import.run"), ButtonBar.ButtonData.OK_DONE);
        var layers = new StackPane();
        var content = new VBox(8, new Label(Messages.tr("ui.import.preview", file.getFileName())), preview, form(),
                new Label(Messages.tr("ui.import.values")), values, status, new HBox(8, load, save));
        background = new BackgroundWork(layers, content);

        initOwner(owner);
        setTitle(Messages.tr("ui.import.title"));
        setResizable(true);
        layers.getChildren().add(content);
        getDialogPane().setContent(layers);
        getDialogPane().getButtonTypes().setAll(run,
                new ButtonType(Messages.tr("ui.import.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        layers.setPrefSize(900, 700);
        getDialogPane().setPrefSize(940, 800);
        getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        getDialogPane().setId("mapping-dialog");
        preview.setId("mapping-preview");
        status.setId("mapping-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        areaColumn.setId("mapping-area");
        yearColumn.setId("mapping-year");
        fixedIndicator.setId("mapping-indicator");
        headerLine.setId("mapping-header-line");
        pad.setId("mapping-pad");
        load.setId("mapping-load");
        save.setId("mapping-save");
        VBox.setVgrow(preview, Priority.ALWAYS);
        preview.setPrefHeight(190);
        content.setPadding(new Insets(4));
        preview.setFixedCellSize(22);
        preview.getItems().setAll(lines.subList(0, Math.min(lines.size(), PREVIEW_LINES)));
        preview.setCellFactory(l -> new PreviewCell(this));
        for (ComboBox<String> c : List.of(separator, indicatorColumn, sexColumn, ageGroupColumn)) {
            c.setConverter(MappingFiles.noneAsDash());
        }
        headerLine.setEditable(true);
        lastLine.setEditable(true);
        pad.setEditable(true);
        pad.setPrefWidth(80);
        headerLine.setPrefWidth(90);
        lastLine.setPrefWidth(90);
        setResultConverter(b -> null);

        separator.setValue(lines.stream().limit(50).anyMatch(l -> l.contains(";")) ? ";" : ",");
        headerLine.getValueFactory().setValue(Math.max(1, OfficeTable.guessHeaderLine(lines, separator.getValue())));
        refreshColumns();
        separator.valueProperty().addListener(o -> refreshColumns());
        headerLine.valueProperty().addListener(o -> refreshColumns());
        Observable[] inputs = {lastLine.valueProperty(), yearLine.valueProperty(), fixedYear.valueProperty(), areaColumn.valueProperty(), pad.valueProperty(),
            yearColumn.valueProperty(), indicatorColumn.valueProperty(), fixedIndicator.textProperty(),
            sexColumn.valueProperty(), ageGroupColumn.valueProperty()};
        for (Observable o : inputs) {
            o.addListener(x -> changed());
        }
        areaColumn.valueProperty().addListener(o -> guessPadding());
        pause.setOnFinished(e -> check());
        load.setOnAction(e -> MappingFiles.load(this));
        save.setOnAction(e -> MappingFiles.save(this));
        guessPadding();
        getDialogPane().lookupButton(run).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            runImport();
        });
        preview.scrollTo(Math.max(0, headerLine.getValue() - 3));
        check();
    }

    private GridPane form() {
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(Messages.tr("ui.import.separator")), separator,
                new Label(Messages.tr("ui.import.headerLine")), headerLine,
                new Label(Messages.tr("ui.import.lastLine")), lastLine);
        grid.addRow(1, new Label(Messages.tr("ui.import.areaColumn")), areaColumn,
                new Label(Messages.tr("ui.import.pad")), pad);
        grid.addRow(2, new Label(Messages.tr("ui.import.yearColumn")), yearColumn,
                new Label(Messages.tr("ui.import.yearLine")), yearLine,
                new Label(Messages.tr("ui.import.fixedYear")), fixedYear);
        fixedYear.setTooltip(new Tooltip(Messages.tr("ui.import.fixedYear.tooltip")));
        yearLine.setTooltip(new Tooltip(Messages.tr("ui.import.yearLine.tooltip")));
        grid.addRow(3, new Label(Messages.tr("ui.import.indicatorColumn")), indicatorColumn,
                new Label(Messages.tr("ui.import.fixedIndicator")), fixedIndicator);
        grid.addRow(4, new Label(Messages.tr("ui.import.sexColumn")), sexColumn,
                new Label(Messages.tr("ui.import.ageGroupColumn")), ageGroupColumn);
        grid.getChildren().stream().filter(Label.class::isInstance).forEach(l -> ((Label) l).setMinWidth(Region.USE_PREF_SIZE));
        for (ComboBox<String> c : List.of(areaColumn, yearColumn, indicatorColumn, sexColumn, ageGroupColumn)) {
            c.setPrefWidth(200);
        }
        lastLine.setTooltip(new Tooltip(Messages.tr("ui.import.lastLine.tooltip")));
        pad.setTooltip(new Tooltip(Messages.tr("ui.import.pad.tooltip")));
        fixedIndicator.setPromptText("bevoelkerung");
        fixedIndicator.setTooltip(new Tooltip(Messages.tr("ui.import.fixedIndicator.tooltip")));
        return grid;
    }

    /** The columns of the heading line; value rows keep what was said about a column of the same name. */
    private void refreshColumns() {
        boolean was = filling;
        filling = true;
        List<String> names = OfficeTable.columnNames(headerLine.getValue() <= lines.size()
                ? OfficeTable.cells(lines.get(headerLine.getValue() - 1), separator.getValue()) : List.of());
        String area = areaColumn.getValue();
        String year = yearColumn.getValue();
        columns.setAll(names);
        List<String> optional = new ArrayList<>();
        optional.add(NONE);
        optional.addAll(names);
        optionalColumns.setAll(optional);
        areaColumn.setValue(names.contains(area) ? area : names.stream().filter(n -> n.matches("(?i).*(ags|schlüssel|kennziffer|key).*")).findFirst().orElse(names.isEmpty() ? null : names.get(0)));
        yearColumn.setValue(names.contains(year) ? year : names.stream().filter(n -> n.matches("(?i).*(jahr|stichtag|zeit|year).*")).findFirst().orElse(null));
        for (ComboBox<String> c : List.of(indicatorColumn, sexColumn, ageGroupColumn)) {
            c.setValue(c.getValue() != null && names.contains(c.getValue()) ? c.getValue() : NONE);
        }
        Map<String, ValueColumnRow> before = new HashMap<>();
        valueRows.forEach(r -> before.put(r.column, r));
        List<String> firstRow = headerLine.getValue() < lines.size()
                ? OfficeTable.cells(lines.get(headerLine.getValue()), separator.getValue()) : List.of();
        // headings over several lines (sex above age group) read together, and what they say proposed
        List<List<String>> headings = Headings.columns(lines, separator.getValue(), headerLine.getValue());
        List<ValueColumnRow> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            // a column named by its place is another column under another heading line: not kept
            ValueColumnRow row = name.startsWith("#") ? null : before.get(name);
            if (row == null) {
                row = new ValueColumnRow(name);
                String cell = i < firstRow.size() ? firstRow.get(i) : "";
                row.use.set(!name.equals(areaColumn.getValue()) && !name.equals(yearColumn.getValue())
                        && (GermanNumbers.parse(cell, true).isPresent() || GermanNumbers.isMissingMark(cell)));
                List<String> heading = i < headings.size() ? headings.get(i) : List.of();
                row.heading.set(Headings.joined(heading));
                Optional<Headings.Proposal> proposed = Headings.propose(heading);
                row.sex.set(proposed.map(Headings.Proposal::sex).orElse(Sex.fromCode(name).map(Sex::code).orElse("insgesamt")));
                row.ageGroup.set(proposed.map(Headings.Proposal::ageGroup).orElse(""));
                row.use.addListener(o -> changed());
                row.indicator.addListener(o -> changed());
                row.sex.addListener(o -> changed());
                row.ageGroup.addListener(o -> changed());
                row.unit.addListener(o -> changed());
            }
            rows.add(row);
        }
        valueRows.setAll(rows);
        filling = was;
        preview.refresh();
        changed();
    }

    /** AGS that lost their leading zero (7 digits) are padded to 8. */
    private void guessPadding() {
        if (areaColumn.getValue() == null) {
            return;
        }
        int index = columns.indexOf(areaColumn.getValue());
        List<String> first = headerLine.getValue() < lines.size()
                ? OfficeTable.cells(lines.get(headerLine.getValue()), separator.getValue()) : List.of();
        if (index >= 0 && index < first.size() && first.get(index).matches("\\d{7}")) {
            pad.getValueFactory().setValue(8);
        }
    }

    private void changed() {
        if (!filling) {
            preview.refresh();
            pause.playFromStart();
        }
    }

    /** The mapping the dialog shows. For saving, a heading line found by the area column is left to be found again. */
    ColumnMapping mapping(boolean forSaving) {
        String sep = separator.getValue();
        int header = headerLine.getValue();
        if (forSaving && areaColumn.getValue() != null
                && OfficeTable.lineWith(lines, sep, areaColumn.getValue()) == header) {
            header = 0;
        }
        String fixed = fixedIndicator.getText() == null ? "" : fixedIndicator.getText().strip();
        List<ColumnMapping.ValueColumn> values = valueRows.stream().filter(r -> r.use.get())
                .map(r -> r.toValueColumn(fixed)).toList();
        return new ColumnMapping(sep, header, lastLine.getValue(), areaColumn.getValue(), pad.getValue(),
                yearLine.getValue() > 0 || fixedYear.getValue() > 0 ? null : yearColumn.getValue(),
                indicatorColumn.getValue(), sexColumn.getValue(), ageGroupColumn.getValue(), values, yearLine.getValue(),
                yearLine.getValue() > 0 ? 0 : fixedYear.getValue());
    }

    /** Reads the file with the mapping, storing nothing, and says what came out. */
    private void check() {
        checked = null;
        try {
            ColumnMapping m = mapping(false);
            if (m.values().isEmpty()) {
                showProblem(Messages.tr("ui.import.noValues"));
                return;
            }
            checked = model.check(file, m);
            say(String.join("\n", checked.lines()));
        } catch (RuntimeException e) {
            showProblem(FailureText.of(e));
        }
    }

    /** The file being mapped. */
    Path file() {
        return file;
    }

    /** The file's lines. */
    List<String> lines() {
        return lines;
    }

    int headerLine() {
        return headerLine.getValue();
    }

    int lastLine() {
        return lastLine.getValue();
    }

    String separator() {
        return separator.getValue();
    }

    /** The area column's place among the heading's columns, or -1. */
    int areaIndex() {
        return columns.indexOf(areaColumn.getValue());
    }

    int columnCount() {
        return columns.size();
    }

    /** Says something in the dialog's status line. */
    void say(String text) {
        status.setText(text);
        status.getStyleClass().remove("mapping-problem");
    }

    void showProblem(String text) {
        status.setText(text);
        if (!status.getStyleClass().contains("mapping-problem")) {
            status.getStyleClass().add("mapping-problem");
        }
    }

    private void runImport() {
        ColumnMapping m = mapping(false);
        if (checked != null && checked.read().unknownRows() > 0 && !ImportConfirmation.confirm(getDialogPane()
                .getScene().getWindow(), checked)) {
            return;
        }
        background.run("import-data", () -> model.importFile(file, m), count -> {
            model.reload();
            setResult(count);
            close();
        }, e -> showProblem(FailureText.of(e)));
    }

    /** Shows a saved mapping in the dialog. */
    public void apply(ColumnMapping m) {
        filling = true;
        yearLine.getValueFactory().setValue(m.yearLine());
        fixedYear.getValueFactory().setValue(m.year());
        separator.setValue(m.separator());
        int header = m.headerLine() > 0 ? m.headerLine() : OfficeTable.lineWith(lines, m.separator(),
                Objects.requireNonNullElse(m.areaColumn(), ""));
        headerLine.getValueFactory().setValue(Math.max(1, header));
        lastLine.getValueFactory().setValue(m.lastLine());
        refreshColumns();
        filling = true;
        areaColumn.setValue(m.areaColumn());
        pad.getValueFactory().setValue(m.padAreaKey());
        yearColumn.setValue(m.yearColumn());
        indicatorColumn.setValue(Objects.requireNonNullElse(m.indicatorColumn(), NONE));
        sexColumn.setValue(Objects.requireNonNullElse(m.sexColumn(), NONE));
        ageGroupColumn.setValue(Objects.requireNonNullElse(m.ageGroupColumn(), NONE));
        List<String> indicators = m.values().stream().map(ColumnMapping.ValueColumn::indicator).distinct().toList();
        String fixed = indicators.size() == 1 ? indicators.get(0) : "";
        fixedIndicator.setText(fixed);
        for (ValueColumnRow row : valueRows) {
            row.use.set(false);
            m.values().stream().filter(v -> v.column().equalsIgnoreCase(row.column)).findFirst()
                    .ifPresent(v -> row.set(v, fixed));
        }
        filling = false;
        preview.refresh();
        check();
    }
}
