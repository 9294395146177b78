package de.werkbank.ui.datencheck;

import de.werkbank.datencheck.AgeLimits;
import de.werkbank.datencheck.Observation;
import de.werkbank.datencheck.ProfileTable;
import de.werkbank.datencheck.TableCsv;
import de.werkbank.i18n.Messages;
import java.util.ArrayList;
import java.util.Map;
import de.werkbank.session.Session;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Datencheck table: the standard indicators of every area for the chosen year, against a base year. */
public final class DatencheckViewModel {

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> baseYear = new SimpleObjectProperty<>();
    private final ObservableList<ProfileTable.Row> rows = FXCollections.observableArrayList();
    private final StringProperty sources = new SimpleStringProperty("");
    private ProfileTable table;

    public DatencheckViewModel() {
        year.addListener(o -> refresh());
        baseYear.addListener(o -> refresh());
    }

    /** Reads the session's Datencheck data; shows the latest year against the first. */
    public void load(Session session) {
        List<Observation> moves = Stream.of("geburten", "sterbefaelle", "zuzuege", "fortzuege")
                .flatMap(k -> session.store().values(k).stream()).toList();
        table = new ProfileTable(session.store().areas(), session.store().values("bevoelkerung"), moves);
        sources.set(String.join(", ", session.store().dataSources()));
        years.setAll(table.years());
        baseYear.set(years.isEmpty() ? null : years.get(0));
        year.set(years.isEmpty() ? null : years.get(years.size() - 1));
        refresh();
    }

    private void refresh() {
        if (table == null || year.get() == null) {
            rows.clear();
            return;
        }
        int base = baseYear.get() == null ? year.get() : baseYear.get();
        rows.setAll(table.rows(year.get(), base, AgeLimits.STANDARD));
    }

    /** The table as German Excel reads it, rows in the order shown (see {@link TableCsv}). */
    public String csv() {
        List<String> headers = new ArrayList<>();
        headers.add(Messages.tr("ui.datencheck.area"));
        for (ProfileTable.Column c : ProfileTable.Column.values()) {
            headers.add(heading(c));
        }
        return TableCsv.write(headers, rows, List.of(ProfileTable.Column.values()),
                Map.of(ProfileTable.Column.POPULATION, 0));
    }

    /** A column's heading on one line. */
    static String heading(ProfileTable.Column column) {
        return Messages.tr("ui.datencheck.column." + column.name()).replace("-\n", "").replace("\n", " ");
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Integer> baseYearProperty() {
        return baseYear;
    }

    public ObservableList<ProfileTable.Row> rows() {
        return rows;
    }

    /** The files the values come from, for the source line under the table. */
    public StringProperty sourcesProperty() {
        return sources;
    }
}
