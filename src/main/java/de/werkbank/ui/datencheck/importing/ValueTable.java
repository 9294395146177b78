package de.werkbank.ui.datencheck.importing;

import de.werkbank.i18n.Messages;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;

/** The mapping dialog's table of value columns: whether each column holds values, and of what. */
final class ValueTable {

    private ValueTable() {
    }

    static TableView<ValueColumnRow> of(ObservableList<ValueColumnRow> valueRows) {
        var table = new TableView<>(valueRows);
        table.setId("mapping-values");
        table.setEditable(true);
        table.setPrefHeight(210);
        var use = new TableColumn<ValueColumnRow, Boolean>(Messages.tr("ui.import.use"));
        use.setCellValueFactory(c -> c.getValue().use);
        use.setCellFactory(CheckBoxTableCell.forTableColumn(use));
        var column = new TableColumn<ValueColumnRow, String>(Messages.tr("ui.import.column"));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().heading.get().isEmpty()
                || c.getValue().heading.get().equals(c.getValue().column) ? c.getValue().column
                : c.getValue().column + " · " + c.getValue().heading.get()));
        column.setPrefWidth(280);
        var indicator = new TableColumn<ValueColumnRow, String>(Messages.tr("ui.import.indicator"));
        indicator.setCellValueFactory(c -> c.getValue().indicator);
        indicator.setCellFactory(TextFieldTableCell.forTableColumn());
        var sex = new TableColumn<ValueColumnRow, String>(Messages.tr("ui.import.sex"));
        sex.setCellValueFactory(c -> c.getValue().sex);
        sex.setCellFactory(ComboBoxTableCell.forTableColumn("insgesamt", "m", "w", "d"));
        var age = new TableColumn<ValueColumnRow, String>(Messages.tr("ui.import.ageGroup"));
        age.setCellValueFactory(c -> c.getValue().ageGroup);
        age.setCellFactory(TextFieldTableCell.forTableColumn());
        var unit = new TableColumn<ValueColumnRow, String>(Messages.tr("ui.import.unit"));
        unit.setCellValueFactory(c -> c.getValue().unit);
        unit.setCellFactory(TextFieldTableCell.forTableColumn());
        table.getColumns().setAll(List.of(use, column, indicator, sex, age, unit));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }
}
