package de.werkbank.ui.print;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.document.DocumentInfo;
import de.werkbank.document.PdfExport;
import de.werkbank.document.PdfWriter;
import de.werkbank.i18n.Messages;
import de.werkbank.plan.PlanColumn;
import de.werkbank.review.Review;
import de.werkbank.session.Session;
import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.StringConverter;

/**
 * Datei → Drucken / PDF…: the choice of document and its options; the PDF is made in the background
 * with a progress bar and a cancel button (a cancelled PDF is not written), then the file or its folder
 * is opened if the user wishes.
 */
public final class PrintDialog {

    private final Stage stage = new Stage();
    private final Session session;
    private final Supplier<Set<UUID>> boardFilter;
    private final ToggleGroup kinds = new ToggleGroup();
    private final ComboBox<Handlungsfeld> field = new ComboBox<>();
    private final ComboBox<String> column = new ComboBox<>();
    private final CheckBox filtered = new CheckBox(Messages.tr("ui.print.boardFilter"));
    private final CheckBox anonymous = new CheckBox(Messages.tr("ui.print.noPersonalData"));
    private final CheckBox retired = new CheckBox(Messages.tr("ui.print.withRetired"));
    private final ComboBox<Review> review = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<Integer> baseYear = new ComboBox<>();
    private final CheckBox openFile = new CheckBox(Messages.tr("ui.print.openFile"));
    private final CheckBox openFolder = new CheckBox(Messages.tr("ui.print.openFolder"));
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button save = new Button(Messages.tr("ui.print.save"));
    private final Button cancel = new Button(Messages.tr("ui.print.cancel"));
    private Task<PdfWriter.Written> running;

    /**
     * @param boardFilter the cards the board's filter shows, {@code null} while no filter is set
     * @param years the Datencheck's years with data (oldest first)
     */
    private PrintDialog(Stage owner, Session session, Supplier<Set<UUID>> boardFilter, List<Integer> years) {
        this.session = session;
        this.boardFilter = boardFilter;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.tr("ui.print.title"));

        VBox choice = new VBox(6);
        for (PdfExport.Kind k : PdfExport.Kind.values()) {
            RadioButton b = new RadioButton(Messages.tr("ui.print.kind." + k.name()));
            b.setUserData(k);
            b.setToggleGroup(kinds);
            b.setId("print-kind-" + k.word());
            choice.getChildren().add(b);
        }
        var fields = new ArrayList<Handlungsfeld>();
        fields.add(null);
        fields.addAll(session.store().catalogue().handlungsfelder());
        field.getItems().setAll(fields);
        field.setConverter(converter(h -> h == null ? Messages.tr("ui.print.all") : h.title()));
        field.getSelectionModel().selectFirst();
        column.getItems().add(null);
        session.store().plan().ifPresent(p -> p.columns().stream().map(PlanColumn::name).forEach(column.getItems()::add));
        column.setConverter(converter(c -> c == null ? Messages.tr("ui.print.all") : c));
        column.getSelectionModel().selectFirst();
        filtered.setDisable(boardFilter.get() == null);
        review.getItems().setAll(session.store().reviews());
        review.setConverter(converter(r -> r == null ? "" : r.title() + " (" + Messages.get().date(r.date()) + ")"));
        review.getSelectionModel().selectLast();
        year.getItems().setAll(years);
        year.getSelectionModel().selectLast();
        baseYear.getItems().setAll(years);
        if (!years.isEmpty()) {
            int newest = years.get(years.size() - 1);
            baseYear.getSelectionModel().select(years.contains(newest - 10) ? Integer.valueOf(newest - 10) : years.get(0));
        }
        openFile.setSelected(true);
        anonymous.setId("print-no-personal-data");
        field.setId("print-field");

        GridPane options = new GridPane();
        options.setHgap(8);
        options.setVgap(6);
        int row = 0;
        options.addRow(row++, new Label(Messages.tr("ui.print.field")), field);
        options.addRow(row++, new Label(Messages.tr("ui.print.column")), column);
        options.add(filtered, 1, row++);
        options.addRow(row++, new Label(Messages.tr("ui.print.review")), review);
        options.addRow(row++, new Label(Messages.tr("ui.print.year")), year);
        options.addRow(row++, new Label(Messages.tr("ui.print.baseYear")), baseYear);
        options.add(anonymous, 1, row++);
        options.add(retired, 1, row++);

        kinds.selectedToggleProperty().addListener((o, was, now) -> enable());
        kinds.selectToggle(kinds.getToggles().get(0));
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        save.setDefaultButton(true);
        save.setId("print-save");
        save.setOnAction(e -> chooseAndWrite());
        cancel.setCancelButton(true);
        cancel.setId("print-cancel");
        cancel.setOnAction(e -> cancel());
        stage.setOnCloseRequest(e -> cancel());
        HBox buttons = new HBox(8, save, cancel);
        VBox root = new VBox(12, new Label(Messages.tr("ui.print.choose")), choice, options,
                new VBox(4, openFile, openFolder), progress, status, buttons);
        root.setPadding(new Insets(16));
        stage.setScene(new Scene(root));
    }

    /** Opens the dialog over {@code owner}. */
    public static PrintDialog open(Stage owner, Session session, Supplier<Set<UUID>> boardFilter) {
        if (session == null) {
            return null;
        }
        List<Integer> years = de.werkbank.map.MapData.profile(session.store()).years();
        PrintDialog dialog = new PrintDialog(owner, session, boardFilter, years);
        dialog.stage.show();
        return dialog;
    }

    Stage stage() {
        return stage;
    }

    /** What the dialog says under its progress bar. */
    String status() {
        return status.getText();
    }

    boolean running() {
        return running != null;
    }

    /** The choice of a document by the user: its radio button. */
    void choose(PdfExport.Kind kind) {
        kinds.getToggles().stream().filter(t -> t.getUserData() == kind).findFirst().ifPresent(kinds::selectToggle);
    }

    /** No desktop program is started by a test. */
    void openNothingAfterwards() {
        openFile.setSelected(false);
        openFolder.setSelected(false);
    }

    private PdfExport.Kind kind() {
        return (PdfExport.Kind) kinds.getSelectedToggle().getUserData();
    }

    private void enable() {
        PdfExport.Kind k = kind();
        boolean plan = k == PdfExport.Kind.PLAN;
        field.setDisable(!plan);
        column.setDisable(!plan);
        filtered.setDisable(!plan || boardFilter.get() == null);
        review.setDisable(k != PdfExport.Kind.REVIEW);
        year.setDisable(k != PdfExport.Kind.DATENCHECK);
        baseYear.setDisable(k != PdfExport.Kind.DATENCHECK);
        anonymous.setDisable(!plan && k != PdfExport.Kind.REVIEW);
        retired.setDisable(k != PdfExport.Kind.CATALOGUE);
        save.setDisable(running != null || k == PdfExport.Kind.REVIEW && review.getItems().isEmpty()
                || k == PdfExport.Kind.DATENCHECK && year.getItems().isEmpty() || plan && session.store().plan().isEmpty());
    }

    private PdfExport.Request request() {
        PdfExport.Kind k = kind();
        Handlungsfeld h = field.getValue();
        Review r = review.getValue();
        return new PdfExport.Request(k, h == null ? null : h.key(), column.getValue(),
                filtered.isSelected() && !filtered.isDisabled() ? boardFilter.get() : null,
                r == null ? null : r.id().toString(), year.getValue(), baseYear.getValue(),
                !(anonymous.isSelected() && !anonymous.isDisabled()), retired.isSelected());
    }

    private void chooseAndWrite() {
        var chooser = new FileChooser();
        chooser.setTitle(Messages.tr("ui.print.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName(Messages.tr("ui.print.fileName." + kind().name(), LocalDate.now().toString()));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return;
        }
        write(chosen.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? chosen.toPath()
                : chosen.toPath().resolveSibling(chosen.getName() + ".pdf"));
    }

    /** Makes the PDF the dialog's choices ask for into {@code file}, in the background. */
    void write(Path file) {
        PdfExport.Request request = request();
        DocumentInfo info = new DocumentInfo(Messages.get(), session.userName(), LocalDate.now());
        Task<PdfWriter.Written> task = new Task<>() {
            @Override
            protected PdfWriter.Written call() {
                updateMessage(Messages.tr("ui.print.working"));
                return PdfExport.export(session.store(), request, info, file, this::isCancelled);
            }
        };
        running = task;
        progress.setVisible(true);
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        enable();
        task.setOnSucceeded(e -> done(task.getValue()));
        task.setOnFailed(e -> failed(task.getException()));
        task.setOnCancelled(e -> failed(new CancellationException()));
        Thread thread = new Thread(task, "export-pdf");
        thread.setDaemon(true);
        thread.start();
    }

    private void done(PdfWriter.Written written) {
        finish(Messages.tr("ui.print.done", written.file().getFileName(), written.pages()));
        Path target = openFile.isSelected() ? written.file() : openFolder.isSelected() ? written.file().getParent() : null;
        if (target != null) {
            Thread opener = new Thread(() -> open(target), "open-pdf");
            opener.setDaemon(true);
            opener.start();
        }
        if (openFile.isSelected() && openFolder.isSelected()) {
            Thread folder = new Thread(() -> open(written.file().getParent()), "open-pdf-folder");
            folder.setDaemon(true);
            folder.start();
        }
    }

    private void failed(Throwable e) {
        finish(e instanceof CancellationException ? Messages.tr("ui.print.cancelled")
                : Messages.tr("ui.print.failed", e.getLocalizedMessage()));
    }

    private void finish(String message) {
        running = null;
        progress.progressProperty().unbind();
        progress.setVisible(false);
        status.textProperty().unbind();
        status.setText(message);
        enable();
    }

    void cancel() {
        if (running != null) {
            running.cancel();
        } else {
            stage.close();
        }
    }

    /** Opens a file or folder with the desktop's program for it, if the desktop lets us. */
    private static void open(Path path) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(path.toFile());
            }
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(PrintDialog.class).warn("Could not open {}", path, e);
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
