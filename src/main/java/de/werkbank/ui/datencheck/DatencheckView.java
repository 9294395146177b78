package de.werkbank.ui.datencheck;

import de.werkbank.area.Area;
import de.werkbank.datencheck.ProfileTable;
import de.werkbank.datencheck.TableCsv;
import de.werkbank.i18n.Messages;
import de.werkbank.ui.map.MapView;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/**
 * The Datencheck as a table: one row per area (the Kreis first, then its Kommunen), one column per
 * standard indicator for the chosen year; sortable by every column; numbers as German readers write
 * them; the source line under the table.
 */
public final class DatencheckView extends BorderPane {

    private static final double ROW_HEIGHT = 30;

    public DatencheckView(DatencheckViewModel model) {
        var heading = new Label(Messages.tr("ui.datencheck.title"));
        var year = new ComboBox<Integer>(model.years());
        var baseYear = new ComboBox<Integer>(model.years());
        var table = new TableView<ProfileTable.Row>(model.rows());
        var source = new Label();

        getStyleClass().add("datencheck");
        heading.getStyleClass().add("panel-title");
        year.setId("datencheck-year");
        baseYear.setId("datencheck-base-year");
        table.setId("datencheck-table");
        year.valueProperty().bindBidirectional(model.yearProperty());
        baseYear.valueProperty().bindBidirectional(model.baseYearProperty());
        var copy = new Button(Messages.tr("ui.datencheck.copy"));
        var export = new Button(Messages.tr("ui.datencheck.export"));
        copy.setId("datencheck-copy");
        copy.setOnAction(e -> {
            var content = new ClipboardContent();
            content.putString(model.csv());
            Clipboard.getSystemClipboard().setContent(content);
        });
        export.setOnAction(e -> exportCsv(model));
        var young = new ComboBox<Integer>(FXCollections.observableArrayList(15, 18, 20, 21, 25));
        var old = new ComboBox<Integer>(FXCollections.observableArrayList(60, 63, 65, 67));
        young.setId("datencheck-young");
        old.setId("datencheck-old");
        young.setValue(model.limitsProperty().get().young());
        old.setValue(model.limitsProperty().get().old());
        young.valueProperty().addListener(o -> model.setLimits(young.getValue(), old.getValue()));
        old.valueProperty().addListener(o -> model.setLimits(young.getValue(), old.getValue()));
        young.setTooltip(new Tooltip(Messages.tr("ui.datencheck.limits.tooltip")));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var top = new HBox(10, heading, new Label(Messages.tr("ui.datencheck.year")), year,
                new Label(Messages.tr("ui.datencheck.baseYear")), baseYear, new Label(Messages.tr("ui.datencheck.young")),
                young, new Label(Messages.tr("ui.datencheck.old")), old, spacer, copy, export);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("datencheck-top");

        var area = new TableColumn<ProfileTable.Row, Area>(Messages.tr("ui.datencheck.area"));
        area.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().area()));
        area.setComparator(Comparator.comparing(Area::key));
        area.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Area a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.name());
            }
        });
        area.setPrefWidth(170);
        table.getColumns().add(area);
        for (ProfileTable.Column column : ProfileTable.Column.values()) {
            table.getColumns().add(figure(column, ProfileTable.Row::figures, model));
        }
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) ->
                model.areaProperty().set(row == null ? null : row.area()));
        var profile = profileTable(model);
        var profileTitle = new Label();
        profileTitle.textProperty().bind(Bindings.createStringBinding(() -> model.areaProperty().get() == null
                ? Messages.tr("ui.datencheck.profile.hint")
                : Messages.tr("ui.datencheck.profile", model.areaProperty().get().name()), model.areaProperty()));
        profileTitle.getStyleClass().add("datencheck-profile-title");
        var tables = new SplitPane(table, new VBox(4, profileTitle, profile));
        tables.setOrientation(Orientation.VERTICAL);
        tables.setDividerPositions(0.62);
        VBox.setVgrow(profile, Priority.ALWAYS);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPlaceholder(new Label(Messages.tr("ui.datencheck.empty")));
        source.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.tr("ui.datencheck.source", model.sourcesProperty().get()), model.sourcesProperty()));
        source.setWrapText(true);
        source.getStyleClass().add("datencheck-source");

        // the map beside the table; a click on either selects the area in both
        model.areaProperty().addListener((o, was, now) -> {
            var row = table.getItems().stream().filter(r -> now != null && r.area().key().equals(now.key())).findFirst();
            if (row.isPresent() && table.getSelectionModel().getSelectedItem() != row.get()) {
                table.getSelectionModel().select(row.get());
                table.scrollTo(row.get());
            } else if (row.isEmpty()) {
                table.getSelectionModel().clearSelection();
            }
        });
        var withMap = new SplitPane(tables, new MapView(model.map()));
        withMap.setDividerPositions(0.55);

        setTop(top);
        setCenter(withMap);
        setBottom(new VBox(4, source, new Label(Messages.tr("ui.datencheck.note"))));
    }

    private void exportCsv(DatencheckViewModel model) {
        var chooser = new FileChooser();
        chooser.setTitle(Messages.tr("ui.datencheck.export"));
        chooser.setInitialFileName(Messages.tr("ui.datencheck.fileName", model.yearProperty().get()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file.toPath(), TableCsv.BOM + model.csv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            var alert = new Alert(Alert.AlertType.ERROR, Messages.tr("ui.datencheck.exportFailed", file, e.getMessage()));
            alert.initOwner(getScene().getWindow());
            alert.show();
        }
    }

    private static TableView<DatencheckViewModel.YearRow> profileTable(DatencheckViewModel model) {
        var profile = new TableView<DatencheckViewModel.YearRow>(model.profile());
        profile.setId("datencheck-profile");
        var year = new TableColumn<DatencheckViewModel.YearRow, Integer>(Messages.tr("ui.datencheck.year"));
        year.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().year()));
        year.setPrefWidth(170);
        profile.getColumns().add(year);
        for (ProfileTable.Column column : ProfileTable.Column.values()) {
            profile.getColumns().add(figure(column, r -> r.row().figures(), model));
        }
        profile.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        profile.setFixedCellSize(ROW_HEIGHT);
        profile.setPlaceholder(new Label(Messages.tr("ui.datencheck.profile.hint")));
        return profile;
    }

    private static <T> TableColumn<T, OptionalDouble> figure(ProfileTable.Column column,
                                                             Function<T, Map<ProfileTable.Column, OptionalDouble>> figures,
                                                             DatencheckViewModel model) {
        var c = new TableColumn<T, OptionalDouble>();
        var header = new Label();
        header.textProperty().bind(Bindings.createStringBinding(
                () -> DatencheckViewModel.heading(column, model.limitsProperty().get(), true), model.limitsProperty()));
        header.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> DatencheckViewModel.heading(column, model.limitsProperty().get(), false), model.limitsProperty()));
        header.setWrapText(true);
        header.setTextAlignment(TextAlignment.CENTER);
        c.setGraphic(header);
        c.setPrefWidth(92);
        c.setMinWidth(84);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(figures.apply(cell.getValue()).get(column)));
        c.setComparator(Comparator.comparingDouble(d -> d.isPresent() ? d.getAsDouble() : Double.NEGATIVE_INFINITY));
        int decimals = column == ProfileTable.Column.POPULATION ? 0 : 1;
        c.setCellFactory(col -> new TableCell<>() {
            private final NumberFormat format = number(decimals);

            @Override
            protected void updateItem(OptionalDouble value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : value.isPresent() ? format.format(value.getAsDouble()) : "–");
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return c;
    }

    private static NumberFormat number(int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.get().locale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format;
    }
}
