package de.werkbank.ui.datencheck;

import de.werkbank.datencheck.DataSource;
import de.werkbank.i18n.Messages;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The data sets side by side: each import with its file, when, how many values, indicators and years. */
final class DataSetsDialog extends Dialog<Void> {

    DataSetsDialog(Window owner, List<DataSource> dataSets) {
        var table = new TableView<DataSource>();
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Messages.get().locale()).withZone(ZoneId.systemDefault());
        var numbers = NumberFormat.getIntegerInstance(Messages.get().locale());

        initOwner(owner);
        setTitle(Messages.tr("ui.datasets.title"));
        setResizable(true);
        table.setId("datasets-table");
        table.setPlaceholder(new Label(Messages.tr("ui.datasets.empty")));
        table.setPrefSize(900, 320);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("ui.datasets.name", 250, d -> d.name()),
                column("ui.datasets.imported", 170, d -> format.format(d.importedAt())),
                column("ui.datasets.values", 70, d -> numbers.format(d.valueCount())),
                column("ui.datasets.years", 100, d -> d.firstYear() == 0 ? "–"
                        : d.firstYear() == d.lastYear() ? String.valueOf(d.firstYear()) : d.firstYear() + "–" + d.lastYear()),
                column("ui.datasets.indicators", 240, d -> d.indicators().isEmpty() ? Messages.tr("ui.datasets.replaced")
                        : String.join(", ", d.indicators()))));
        table.getItems().setAll(dataSets);
        getDialogPane().setContent(table);
        getDialogPane().getButtonTypes().setAll(new ButtonType(Messages.tr("ui.datasets.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().setPrefSize(940, 400);
        getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
    }

    private static TableColumn<DataSource, String> column(String key, double width,
                                                          Function<DataSource, String> text) {
        var c = new TableColumn<DataSource, String>(Messages.tr(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        return c;
    }
}
