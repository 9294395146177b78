package de.werkbank.ui.intake;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.intake.Buckets;
import de.werkbank.intake.ImportPlan;
import de.werkbank.intake.IntakeContext;
import de.werkbank.intake.IntakeFormat;
import de.werkbank.intake.IntakeMapping;
import de.werkbank.intake.IntakeOptions;
import de.werkbank.intake.MeasureFiles;
import de.werkbank.intake.MeasureImport;
import de.werkbank.intake.PlanText;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.concurrent.Task;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Datei → Maßnahmen importieren…: the file, its source type (guessed, changeable), the mapping (loaded
 * from or saved to JSON; for a list also which column holds what), the field for measures nothing
 * assigns to one, and the preview — the new cards with the tool each uses and how it was found
 * (changeable per card), then new tools, changed cards, measures left out and problems (which block
 * it). The file is read and the preview made off the FX thread, the dialog disabled meanwhile.
 * "Einlesen" returns the plan; the caller stores it as one step.
 */
public final class MeasureImportDialog extends Dialog<ImportPlan> {

    private final Path file;
    private final IntakeContext context;
    private final Instant now;
    private final ComboBox<IntakeFormat> format = new ComboBox<>();
    private final ComboBox<Handlungsfeld> field = new ComboBox<>();
    private final ComboBox<Buckets> buckets = new ComboBox<>();
    private final javafx.scene.control.CheckBox people = new javafx.scene.control.CheckBox(Messages.tr("ui.intake.people"));
    private final ListHeadings headings;
    private final TableView<ImportPlan.NewCard> cards = new TableView<>();
    private final ListView<String> lines = new ListView<>();
    private final Label failure = new Label();
    private final Label bucketsLabel = new Label(Messages.tr("ui.intake.buckets"));
    private final ButtonType apply = new ButtonType(Messages.tr("ui.import.apply"), ButtonBar.ButtonData.OK_DONE);
    private final ProgressIndicator progress = new ProgressIndicator();
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final VBox form;
    private IntakeMapping mapping = IntakeMapping.none();
    private ImportPlan plan;
    /** Raised with every preview started: a result of an older one is left alone. */
    private int generation;
    private boolean headingsRead;
    private boolean settingFormat;

    public MeasureImportDialog(Window owner, Path file, IntakeContext context, Instant now) {
        this.file = file;
        this.context = context;
        this.now = now;
        this.headings = new ListHeadings(this::headingsChanged);
        initOwner(owner);
        setTitle(Messages.tr("ui.intake.title", file.getFileName()));
        setHeaderText(null);
        setResizable(true);

        format.setId("intake-format");
        format.getItems().setAll(IntakeFormat.values());
        format.setConverter(converter(f -> Messages.tr(f.messageKey())));
        format.valueProperty().addListener((o, a, b) -> {
            if (!settingFormat) {
                refresh();
            }
        });
        field.setId("intake-field");
        field.getItems().setAll(context.catalogue().handlungsfelder());
        field.setConverter(converter(Handlungsfeld::shortName));
        field.setValue(field.getItems().isEmpty() ? null : field.getItems().get(0));
        field.valueProperty().addListener((o, a, b) -> refresh());
        buckets.setId("intake-buckets");
        buckets.getItems().setAll(Buckets.values());
        buckets.setConverter(converter(b -> Messages.tr(b.messageKey())));
        buckets.setValue(Buckets.COLUMNS);
        buckets.valueProperty().addListener((o, a, b) -> refresh());
        var load = new Button(Messages.tr("ui.intake.loadMapping"));
        load.setId("intake-load-mapping");
        load.setOnAction(e -> loadMapping());
        var save = new Button(Messages.tr("ui.intake.saveMapping"));
        save.setId("intake-save-mapping");
        save.setOnAction(e -> saveMapping());
        people.setId("intake-people");
        people.selectedProperty().addListener((o, a, b) -> refresh());
        bucketsLabel.setLabelFor(buckets);
        // two rows, so that no choice is squeezed to an empty box
        var formatLabel = new Label(Messages.tr("ui.intake.format"));
        var fieldLabel = new Label(Messages.tr("ui.intake.defaultField"));
        var sources = new HBox(8, formatLabel, format, bucketsLabel, buckets, fieldLabel, field);
        sources.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (var control : List.of(formatLabel, format, bucketsLabel, buckets, fieldLabel, field)) {
            control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        var more = new HBox(8, people, load, save);
        more.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        var choices = new VBox(6, sources, more);

        cards.setId("intake-cards");
        cards.setEditable(true);
        cards.setPrefSize(820, 260);
        // the columns share the table's width, so titles are not cut while there is room
        cards.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        cards.getColumns().setAll(List.of(
                column("ui.intake.col.title", n -> n.card().title()),
                column("ui.intake.col.column", n -> n.column().name()),
                column("ui.intake.col.field", n -> n.card().handlungsfeld()),
                toolColumn(),
                column("ui.intake.col.match", PlanText::match)));
        lines.setId("intake-lines");
        lines.setPrefSize(820, 180);
        failure.setId("intake-failure");
        failure.setWrapText(true);
        failure.setStyle("-fx-text-fill: -color-danger-fg;");

        progress.setId("intake-progress");
        progress.setMaxSize(48, 48);
        progress.visibleProperty().bind(loading);
        form = new VBox(10, choices, headings.node(), cards, lines);
        form.disableProperty().bind(loading);
        getDialogPane().setContent(new VBox(10, form, new HBox(8, progress, failure)));
        getDialogPane().getButtonTypes().setAll(apply, ButtonType.CANCEL);
        setResultConverter(button -> button == apply ? plan : null);
        headings.show(false);
        refresh();
    }

    /** What a preview read: the format (guessed the first time), the list's headings (the first time), the plan or why not. */
    private record Preview(IntakeFormat format, List<String> headings, ImportPlan plan, String failure) {
    }

    /** Whether the file is being read and the preview made (the dialog takes no input meanwhile). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** The plan as it stands now (after the user's choices), or {@code null} when the file cannot be read so. */
    public ImportPlan plan() {
        return plan;
    }

    /** Lets the card from {@code sourceId} use the tool {@code code} ({@link IntakeMapping#NEW_TOOL}: a new one). */
    public void chooseTool(String sourceId, String code) {
        mapping = mapping.withTool(sourceId, code);
        refresh();
    }

    public void chooseFormat(IntakeFormat f) {
        format.setValue(f);
    }

    /** What Planner's buckets and Trello's lists become. */
    public void chooseBuckets(Buckets b) {
        buckets.setValue(b);
    }

    private void headingsChanged(java.util.Map<String, String> chosen) {
        mapping = mapping.withHeadings(chosen);
        refresh();
    }

    /**
     * Reads the file and makes the preview off the FX thread, the dialog disabled and a progress
     * indicator turning meanwhile; the newest choice's result is shown, a file that cannot be read so
     * is named with the reason.
     */
    private void refresh() {
        int mine = ++generation;
        IntakeFormat chosen = format.getValue();
        boolean readHeadings = !headingsRead;
        var options = new IntakeOptions(mapping, field.getValue() == null ? null : field.getValue().key(),
                people.isSelected(), now, buckets.getValue());
        Task<Preview> task = new Task<>() {
            @Override
            protected Preview call() {
                updateProgress(0, 2);
                IntakeFormat f = chosen != null ? chosen : guess(file);
                List<String> heads = readHeadings ? ListHeadings.read(file) : null;
                try {
                    var source = MeasureFiles.read(file, Optional.of(f), options.mapping());
                    updateProgress(1, 2);
                    return new Preview(f, heads, MeasureImport.plan(source, context, options), null);
                } catch (UserFacingException e) {
                    return new Preview(f, heads, null, e.getLocalizedMessage());
                }
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        loading.set(true);
        getDialogPane().lookupButton(apply).setDisable(true);
        task.setOnSucceeded(e -> {
            if (mine == generation) {
                show(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (mine == generation) {
                Throwable t = task.getException();
                show(new Preview(chosen, null, null, Messages.tr("intake.unreadable", file.getFileName(),
                        t.getLocalizedMessage() == null ? t.getClass().getSimpleName() : t.getLocalizedMessage())));
            }
        });
        Thread thread = new Thread(task, "intake-preview");
        thread.setDaemon(true);
        thread.start();
    }

    private static IntakeFormat guess(Path file) {
        try {
            return MeasureFiles.guess(file);
        } catch (UserFacingException e) {
            return IntakeFormat.EXCEL;
        }
    }

    private void show(Preview p) {
        if (p.headings() != null) {
            headings.offer(p.headings());
            headingsRead = true;
        }
        if (p.format() != null && format.getValue() != p.format()) {
            settingFormat = true;
            format.setValue(p.format());
            settingFormat = false;
        }
        headings.show(format.getValue() == IntakeFormat.EXCEL);
        buckets.setDisable(format.getValue() == IntakeFormat.EXCEL);
        plan = p.plan();
        failure.setText(p.failure() == null ? "" : p.failure());
        cards.getItems().setAll(plan == null ? List.of() : plan.newCards());
        lines.getItems().setAll(plan == null ? List.of() : PlanText.lines(plan));
        boolean blocked = plan == null || !plan.problems().isEmpty() || plan.changesNothing();
        getDialogPane().lookupButton(apply).setDisable(blocked);
        progress.progressProperty().unbind();
        loading.set(false);
    }

    private TableColumn<ImportPlan.NewCard, String> column(String key,
                                                          java.util.function.Function<ImportPlan.NewCard, String> value) {
        var c = new TableColumn<ImportPlan.NewCard, String>(Messages.tr(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setEditable(false);
        return c;
    }

    /** The tool a card uses: a combo box of „neues grünes Werkzeug“ and the catalogue's tools. */
    private TableColumn<ImportPlan.NewCard, String> toolColumn() {
        List<String> choices = new ArrayList<>();
        choices.add(IntakeMapping.NEW_TOOL);
        context.catalogue().active().stream().map(Werkzeug::code).forEach(choices::add);
        var c = new TableColumn<ImportPlan.NewCard, String>(Messages.tr("ui.intake.col.tool"));
        c.setId("intake-tool-column");
        c.setCellValueFactory(d -> new SimpleStringProperty(
                d.getValue().how() == ImportPlan.Match.NEW_TOOL ? IntakeMapping.NEW_TOOL : d.getValue().tool().code()));
        c.setCellFactory(ComboBoxTableCell.forTableColumn(converter(this::toolText), FXCollections.observableList(choices)));
        c.setOnEditCommit(e -> chooseTool(e.getRowValue().measure().sourceId(), e.getNewValue()));
        c.setPrefWidth(280);
        return c;
    }

    private String toolText(String code) {
        if (IntakeMapping.NEW_TOOL.equals(code)) {
            return Messages.tr("intake.match.new_tool");
        }
        return context.catalogue().active().stream().filter(w -> w.code().equals(code)).findFirst()
                .map(w -> w.code() + "  " + w.title()).orElse(code);
    }

    private void loadMapping() {
        File chosen = mappingChooser().showOpenDialog(getOwner());
        if (chosen == null) {
            return;
        }
        try {
            mapping = IntakeMapping.read(chosen.toPath());
            headings.set(mapping.headings());
            refresh();
        } catch (UserFacingException e) {
            failure.setText(e.getLocalizedMessage());
        }
    }

    private void saveMapping() {
        File chosen = mappingChooser().showSaveDialog(getOwner());
        if (chosen == null) {
            return;
        }
        try {
            mapping.write(chosen.toPath());
        } catch (IOException e) {
            failure.setText(Messages.tr("intake.unreadable", chosen.getName(), e.getMessage()));
        }
    }

    private static FileChooser mappingChooser() {
        var chooser = new FileChooser();
        chooser.setTitle(Messages.tr("ui.intake.mappingFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        return chooser;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
