package de.werkbank.ui.datencheck.importing;

import de.werkbank.datencheck.ColumnMapping;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One column of the table in the mapping step: whether it holds values, and of what. */
final class ValueColumnRow {

    final String column;
    final BooleanProperty use = new SimpleBooleanProperty();
    final StringProperty indicator = new SimpleStringProperty("");
    final StringProperty sex = new SimpleStringProperty("");
    final StringProperty ageGroup = new SimpleStringProperty("");
    final StringProperty unit = new SimpleStringProperty("");
    /** The column's heading lines read together ("weiblich, 65 bis unter 75 Jahre"). */
    final StringProperty heading = new SimpleStringProperty("");

    ValueColumnRow(String column) {
        this.column = column;
    }

    /** The mapping's value column; a blank indicator takes {@code fixedIndicator}. */
    ColumnMapping.ValueColumn toValueColumn(String fixedIndicator) {
        String i = indicator.get() == null || indicator.get().isBlank() ? fixedIndicator : indicator.get();
        return new ColumnMapping.ValueColumn(column, i, sex.get(), ageGroup.get(), unit.get());
    }

    void set(ColumnMapping.ValueColumn v, String fixedIndicator) {
        use.set(true);
        indicator.set(v.indicator().equals(fixedIndicator) ? "" : v.indicator());
        sex.set(v.sex());
        ageGroup.set(v.ageGroup());
        unit.set(v.unit());
    }
}
