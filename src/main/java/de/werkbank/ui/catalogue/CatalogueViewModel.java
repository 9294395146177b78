package de.werkbank.ui.catalogue;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.CatalogueFilter;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.plan.PlanChange;
import de.werkbank.plan.PlanCommand;
import de.werkbank.session.Session;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The catalogue as the left panel shows it: search text, field and kind filters, the matching tools
 * (the retired ones too when asked). Changes of the catalogue go as commands through the session's
 * plan editor, so they share the plan's undo and history; after each the catalogue is read again.
 */
public final class CatalogueViewModel {

    private final ObservableList<Werkzeug> all = FXCollections.observableArrayList();
    private final FilteredList<Werkzeug> visible = new FilteredList<>(all);
    private final ObservableList<Handlungsfeld> handlungsfelder = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Handlungsfeld> field = new SimpleObjectProperty<>();
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Werkzeug> selected = new SimpleObjectProperty<>();
    private final BooleanProperty showRetired = new SimpleBooleanProperty();
    private final StringBinding countText;
    private final Consumer<PlanChange> onChange = change -> {
        if (change.catalogueChanged()) {
            reload();
        }
    };
    private Catalogue catalogue = new Catalogue(List.of(), Map.of(), List.of());
    private Session session;
    private Consumer<String> errors = message -> { };
    private Consumer<Werkzeug> reselect = tool -> { };

    public CatalogueViewModel() {
        visible.predicateProperty().bind(Bindings.createObjectBinding(
                () -> new CatalogueFilter(query.get(), field.get() == null ? null : field.get().key(), kind.get()),
                query, field, kind));
        countText = Bindings.createStringBinding(
                () -> Messages.tr("ui.catalogue.count", visible.size(), all.size()), visible, all);
        showRetired.addListener(o -> setCatalogue(catalogue));
    }

    /** Shows the catalogue of this session and follows its changes (no longer those of the previous one). */
    public void attach(Session newSession) {
        if (session != null) {
            session.editor().removeListener(onChange);
        }
        session = newSession;
        session.editor().addListener(onChange);
        reload();
    }

    public void reload() {
        setCatalogue(session.store().catalogue());
    }

    /** Where messages about refused changes go (the window shows them). */
    public void setErrorHandler(Consumer<String> errors) {
        this.errors = errors;
    }

    /** Runs a catalogue command; a refused one is reported and the catalogue read again. */
    public boolean execute(PlanCommand command) {
        try {
            session.editor().execute(command);
            return true;
        } catch (UserFacingException e) {
            reload();
            errors.accept(e.getLocalizedMessage());
            return false;
        }
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** A new tool with the next free id, in the field the filter shows (or the first), green. */
    public Werkzeug blankTool() {
        String field = this.field.get() != null ? this.field.get().key()
                : catalogue.handlungsfelder().stream().findFirst().map(Handlungsfeld::key).orElse("");
        return new Werkzeug(UUID.randomUUID(), catalogue.nextFreeCode(), "", "", field, Kind.GREEN, List.of(), "",
                List.of());
    }

    /** Whether retired tools are listed too. */
    public BooleanProperty showRetiredProperty() {
        return showRetired;
    }

    public void setCatalogue(Catalogue catalogue) {
        this.catalogue = catalogue;
        handlungsfelder.setAll(catalogue.handlungsfelder());
        if (field.get() != null) {
            field.set(catalogue.handlungsfeld(field.get().key()).orElse(null));
        }
        all.setAll(showRetired.get() ? catalogue.werkzeuge() : catalogue.active());
        Werkzeug chosen = selected.get();
        if (chosen != null) {
            // the list shows the tools as now stored; the selection follows the same tool
            reselect.accept(catalogue.werkzeugeById().get(chosen.id()));
        }
    }

    /** How the view selects a tool again after the catalogue was read anew. */
    void setReselect(Consumer<Werkzeug> reselect) {
        this.reselect = reselect;
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
