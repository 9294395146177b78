package de.werkbank.ui.catalogue;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.CatalogueFilter;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The catalogue as the left panel shows it: search text, field and kind filters, the matching tools. */
public final class CatalogueViewModel {

    private final ObservableList<Werkzeug> all = FXCollections.observableArrayList();
    private final FilteredList<Werkzeug> visible = new FilteredList<>(all);
    private final ObservableList<Handlungsfeld> handlungsfelder = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Handlungsfeld> field = new SimpleObjectProperty<>();
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Werkzeug> selected = new SimpleObjectProperty<>();
    private final StringBinding countText;
    private Catalogue catalogue = new Catalogue(List.of(), Map.of(), List.of());

    public CatalogueViewModel() {
        visible.predicateProperty().bind(Bindings.createObjectBinding(
                () -> new CatalogueFilter(query.get(), field.get() == null ? null : field.get().key(), kind.get()),
                query, field, kind));
        countText = Bindings.createStringBinding(
                () -> Messages.tr("ui.catalogue.count", visible.size(), all.size()), visible, all);
    }

    public void setCatalogue(Catalogue catalogue) {
        this.catalogue = catalogue;
        handlungsfelder.setAll(catalogue.handlungsfelder());
        if (field.get() != null) {
            field.set(catalogue.handlungsfeld(field.get().key()).orElse(null));
        }
        all.setAll(catalogue.werkzeuge());
    }

    public Optional<Handlungsfeld> handlungsfeldOf(Werkzeug tool) {
        return catalogue.handlungsfeld(tool.handlungsfeld());
    }

    public String zukunftsbild(Handlungsfeld h) {
        return catalogue.zukunftsbild(h.key());
    }

    /** The tools that match the search and filters, in catalogue order. */
    public ObservableList<Werkzeug> visibleTools() {
        return visible;
    }

    public ObservableList<Handlungsfeld> handlungsfelder() {
        return handlungsfelder;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The chosen Handlungsfeld, {@code null} for all. */
    public ObjectProperty<Handlungsfeld> fieldProperty() {
        return field;
    }

    /** The chosen kind, {@code null} for blue and green. */
    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Werkzeug> selectedProperty() {
        return selected;
    }

    /** "37 von 100 Werkzeugen". */
    public StringBinding countText() {
        return countText;
    }
}
