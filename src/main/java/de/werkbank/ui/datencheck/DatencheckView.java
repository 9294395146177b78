package de.werkbank.ui.datencheck;

import de.werkbank.area.Area;
import de.werkbank.datencheck.IndicatorSummary;
import de.werkbank.datencheck.ProfileTable;
import de.werkbank.i18n.Messages;
import de.werkbank.ui.datencheck.charts.PyramidPane;
import de.werkbank.ui.datencheck.charts.TimeSeriesModel;
import de.werkbank.ui.datencheck.charts.TimeSeriesPane;
import de.werkbank.ui.shell.BackgroundWork;
import de.werkbank.ui.map.MapView;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The Datencheck: the areas as a tree on the left; on the right views of the chosen year's figures —
 * the table (one row per area, one column per standard indicator, sortable, filterable, numbers as
 * German readers write them, the source line under it), the chosen area's profile over the years, its
 * population pyramid and time series against the Kreis. Further views (the map) go into {@link #views()}.
 */
public final class DatencheckView extends StackPane {

    private static final double ROW_HEIGHT = 30;

    private final DatencheckViewModel model;
    private final TabPane views = new TabPane();
    private final BackgroundWork background;
    private final DataFileActions files;

    public DatencheckView(DatencheckViewModel model) {
        this.model = model;
        var content = new BorderPane();
        background = new BackgroundWork(this, content);
        files = new DataFileActions(this, model, background);
        var heading = new Label(Messages.tr("ui.datencheck.title"));
        var year = new ComboBox<Integer>(model.years());
        var baseYear = new ComboBox<Integer>(model.years());
        // while the shown rows change, the table moves its selection by itself: that is no choice of the user
        boolean[] rowsChanging = {false};
        model.rows().addListener((ListChangeListener<ProfileTable.Row>) c -> rowsChanging[0] = true);
        var table = new TableView<ProfileTable.Row>(model.rows());
        var tree = AreaTreeView.of(model);
        var source = new Label();

        getStyleClass().add("datencheck");
        heading.getStyleClass().add("panel-title");
        year.setId("datencheck-year");
        baseYear.setId("datencheck-base-year");
        table.setId("datencheck-table");
        views.setId("datencheck-views");
        year.valueProperty().bindBidirectional(model.yearProperty());
        baseYear.valueProperty().bindBidirectional(model.baseYearProperty());
        var importData = new Button(Messages.tr("ui.datencheck.import"));
        var dataSets = new Button(Messages.tr("ui.datencheck.datasets"));
        var copy = new Button(Messages.tr("ui.datencheck.copy"));
        var export = new Button(Messages.tr("ui.datencheck.export"));
        importData.setId("datencheck-import");
        dataSets.setId("datencheck-datasets");
        copy.setId("datencheck-copy");
        for (var b : List.of(importData, dataSets, copy, export)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        importData.setOnAction(e -> files.chooseAndImport());
        dataSets.setOnAction(e -> new DataSetsDialog(getScene().getWindow(), model.dataSets()).show());
        copy.setOnAction(e -> {
            var clip = new ClipboardContent();
            clip.putString(model.csv());
            Clipboard.getSystemClipboard().setContent(clip);
        });
        export.setOnAction(e -> files.exportCsv());
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
                young, new Label(Messages.tr("ui.datencheck.old")), old, spacer, importData, dataSets);
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
        area.setPrefWidth(150);
        area.setMinWidth(110);
        table.getColumns().add(area);
        for (ProfileTable.Column column : ProfileTable.Column.values()) {
            table.getColumns().add(figure(column, r -> r, model));
        }
        showMeasured(table, model, ProfileTable.Row::measured);
        model.rows().comparatorProperty().bind(table.comparatorProperty());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null && !rowsChanging[0]) {
                model.areaProperty().set(row.area());
            }
        });
        Runnable selectRow = () -> model.rows().stream()
                .filter(r -> model.areaProperty().get() != null && r.area().key().equals(model.areaProperty().get().key()))
                .findFirst().ifPresentOrElse(r -> {
                    if (table.getSelectionModel().getSelectedItem() != r) {
                        table.getSelectionModel().select(r);
                    }
                }, () -> table.getSelectionModel().clearSelection());
        model.areaProperty().addListener(o -> selectRow.run());
        model.rows().addListener((ListChangeListener<ProfileTable.Row>) c -> {
            rowsChanging[0] = false;
            selectRow.run();
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPlaceholder(new Label(Messages.tr("ui.datencheck.empty")));
        source.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.tr("ui.datencheck.source", model.sourcesProperty().get()), model.sourcesProperty()));
        source.setWrapText(true);
        source.setMinHeight(Region.USE_PREF_SIZE);
        source.getStyleClass().add("datencheck-source");
        var note = new Label(Messages.tr("ui.datencheck.note"));
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);

        var filter = new TextField();
        filter.setId("datencheck-filter");
        filter.setPromptText(Messages.tr("ui.datencheck.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        var childrenOnly = new CheckBox(Messages.tr("ui.datencheck.childrenOnly"));
        childrenOnly.setId("datencheck-children-only");
        childrenOnly.setMinWidth(Region.USE_PREF_SIZE);
        filter.setMinWidth(120);
        childrenOnly.selectedProperty().bindBidirectional(model.childrenOnlyProperty());
        childrenOnly.setTooltip(new Tooltip(Messages.tr("ui.datencheck.childrenOnly.tooltip")));
        var tableSpacer = new Region();
        HBox.setHgrow(tableSpacer, Priority.ALWAYS);
        var tableBar = new HBox(10, filter, childrenOnly, tableSpacer, copy, export);
        tableBar.setAlignment(Pos.CENTER_LEFT);
        var tablePane = new VBox(6, tableBar, table, source, note);
        tablePane.setPadding(new Insets(6, 8, 6, 8));
        VBox.setVgrow(table, Priority.ALWAYS);

        var profileTitle = new Label();
        profileTitle.textProperty().bind(Bindings.createStringBinding(() -> model.areaProperty().get() == null
                ? Messages.tr("ui.datencheck.profile.hint")
                : Messages.tr("ui.datencheck.profile", model.areaProperty().get().name()), model.areaProperty()));
        profileTitle.getStyleClass().add("datencheck-profile-title");
        var profile = profileTable(model);
        var profilePane = new VBox(6, profileTitle, profile);
        profilePane.setPadding(new Insets(6, 8, 6, 8));
        VBox.setVgrow(profile, Priority.ALWAYS);

        // the map beside the table: a click on either selects the area in both, and in the tree
        var tableAndMap = new SplitPane(tablePane, new MapView(model.map()));
        tableAndMap.setDividerPositions(0.55);
        views.getTabs().addAll(tab("datencheck-tab-table", "ui.datencheck.view.table", tableAndMap),
                tab("datencheck-tab-profile", "ui.datencheck.view.profile", profilePane),
                tab("datencheck-tab-pyramid", "ui.chart.pyramid.tab", new PyramidPane(model)),
                tab("datencheck-tab-series", "ui.chart.series.tab",
                        new TimeSeriesPane(model, new TimeSeriesModel(model))));
        var split = new SplitPane(tree, views);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.15);
        SplitPane.setResizableWithParent(tree, false);
        content.setTop(top);
        content.setCenter(split);
        getChildren().add(content);
    }

    /**
     * The views beside the area tree: „Tabelle“, „Profil“, „Pyramide“, „Zeitreihe“. Further views (a
     * map) are added here as tabs; they follow {@link DatencheckViewModel#areaProperty()}.
     */
    public TabPane views() {
        return views;
    }

    private static Tab tab(String id, String key, Node content) {
        var tab = new Tab(Messages.tr(key), content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    /** Asks for a CSV file and imports it: a tidy file directly, a statistics office's table through the mapping step. */
    public void chooseAndImport() {
        files.chooseAndImport();
    }

    /** Imports a file as {@link #chooseAndImport()} does once a file is chosen. */
    public void importFile(java.nio.file.Path file) {
        files.importFile(file);
    }

    private static TableView<DatencheckViewModel.YearRow> profileTable(DatencheckViewModel model) {
        var profile = new TableView<DatencheckViewModel.YearRow>(model.profile());
        profile.setId("datencheck-profile");
        var year = new TableColumn<DatencheckViewModel.YearRow, Integer>(Messages.tr("ui.datencheck.year"));
        year.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().year()));
        year.setPrefWidth(90);
        year.setMinWidth(70);
        profile.getColumns().add(year);
        for (ProfileTable.Column column : ProfileTable.Column.values()) {
            profile.getColumns().add(figure(column, r -> r.row(), model));
        }
        showMeasured(profile, model, r -> r.row().measured());
        profile.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        profile.setFixedCellSize(ROW_HEIGHT);
        profile.setPlaceholder(new Label(Messages.tr("ui.datencheck.profile.hint")));
        return profile;
    }

    /**
     * After the derived figures, a column for each indicator imported as it is (a survey's rate, say),
     * kept in step with what the store holds.
     */
    private static <T> void showMeasured(TableView<T> table, DatencheckViewModel model,
                                         Function<T, Map<String, OptionalDouble>> measured) {
        int first = table.getColumns().size();
        Runnable rebuild = () -> {
            table.getColumns().remove(first, table.getColumns().size());
            for (IndicatorSummary indicator : model.measured()) {
                var header = new Label(DatencheckViewModel.measuredHeading(indicator));
                header.setWrapText(true);
                header.setTextAlignment(TextAlignment.CENTER);
                header.setMinHeight(Region.USE_PREF_SIZE);
                header.getStyleClass().add("datencheck-heading");
                header.setTooltip(new Tooltip(header.getText()));
                header.setAccessibleText(header.getText());
                TableColumn<T, OptionalDouble> c = numberColumn(header, row -> measured.apply(row).get(indicator.key()), row -> null,
                        () -> number(0, 3));
                c.setId("measured-" + indicator.key());
                table.getColumns().add(c);
            }
        };
        rebuild.run();
        model.measured().addListener((ListChangeListener<IndicatorSummary>) change -> rebuild.run());
    }

    private static <T> TableColumn<T, OptionalDouble> figure(ProfileTable.Column column,
                                                             Function<T, ProfileTable.Row> rowOf,
                                                             DatencheckViewModel model) {
        var header = new Label();
        header.textProperty().bind(Bindings.createStringBinding(
                () -> DatencheckViewModel.heading(column, model.limitsProperty().get(), true), model.limitsProperty()));
        header.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> DatencheckViewModel.heading(column, model.limitsProperty().get(), false), model.limitsProperty()));
        var tooltip = new Tooltip();
        tooltip.textProperty().bind(header.accessibleTextProperty());
        header.setTooltip(tooltip);
        header.setWrapText(true);
        header.setTextAlignment(TextAlignment.CENTER);
        header.setMinHeight(Region.USE_PREF_SIZE);
        header.getStyleClass().add("datencheck-heading");
        int decimals = column == ProfileTable.Column.POPULATION ? 0 : 1;
        return numberColumn(header, row -> rowOf.apply(row).figures().get(column),
                row -> rowOf.apply(row).notComputable().get(column), () -> number(decimals, decimals));
    }

    /** A right-aligned column of German numbers under the given heading, sortable, "–" for no value. */
    /** … and {@code note}: why a row's value cannot be computed (shown as „n. b.“ with the reason as tooltip), or null. */
    private static <T> TableColumn<T, OptionalDouble> numberColumn(Label header, Function<T, OptionalDouble> value,
                                                                   Function<T, String> note,
                                                                   Supplier<NumberFormat> numbers) {
        var c = new TableColumn<T, OptionalDouble>();
        c.setGraphic(header);
        // as wide as the heading's longest line, so that no word of it is cut
        double longest = Stream.of(header.getText().split("\n")).mapToDouble(line -> {
            var text = new Text(line);
            text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12));
            return text.getLayoutBounds().getWidth();
        }).max().orElse(60);
        c.setMinWidth(Math.max(64, Math.ceil(longest) + 14));
        c.setPrefWidth(Math.max(80, Math.ceil(longest) + 14));
        c.setCellValueFactory(cell -> {
            OptionalDouble v = value.apply(cell.getValue());
            return new ReadOnlyObjectWrapper<>(v == null ? OptionalDouble.empty() : v);
        });
        c.setComparator(Comparator.comparingDouble(d -> d.isPresent() ? d.getAsDouble() : Double.NEGATIVE_INFINITY));
        c.setCellFactory(col -> new TableCell<>() {
            private final NumberFormat format = numbers.get();

            @Override
            protected void updateItem(OptionalDouble value, boolean empty) {
                super.updateItem(value, empty);
                T row = empty || getTableRow() == null ? null : getTableRow().getItem();
                String why = row == null || value == null || value.isPresent() ? null : note.apply(row);
                setText(empty || value == null ? null : value.isPresent() ? format.format(value.getAsDouble())
                        : why != null ? Messages.tr("ui.datencheck.notComputable") : "–");
                setTooltip(why == null ? null : new Tooltip(why));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return c;
    }

    private static NumberFormat number(int minDecimals, int maxDecimals) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.get().locale());
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        return format;
    }
}
