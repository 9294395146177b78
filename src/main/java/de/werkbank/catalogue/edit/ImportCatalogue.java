package de.werkbank.catalogue.edit;

import de.werkbank.catalogue.CatalogueImport;
import de.werkbank.catalogue.FieldChange;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.catalogue.WerkzeugChange;
import de.werkbank.i18n.Messages;
import de.werkbank.plan.PlanCommand;
import de.werkbank.plan.PlanWriter;
import java.util.List;

/**
 * Stores what an import preview found — new tools, changed tools, changed Handlungsfelder — as one
 * step: all of it or nothing, and one undo takes all of it back.
 */
public final class ImportCatalogue implements PlanCommand {

    private final String source;
    private final List<Werkzeug> added;
    private final List<WerkzeugChange> changed;
    private final List<FieldChange> fields;

    /** @param preview a preview without problems */
    public ImportCatalogue(CatalogueImport.Preview preview) {
        this(preview.source(), preview.added(), preview.changed(), preview.fields());
        if (!preview.problems().isEmpty()) {
            throw new IllegalArgumentException("a preview with problems is not imported");
        }
    }

    private ImportCatalogue(String source, List<Werkzeug> added, List<WerkzeugChange> changed, List<FieldChange> fields) {
        this.source = source;
        this.added = List.copyOf(added);
        this.changed = List.copyOf(changed);
        this.fields = List.copyOf(fields);
    }

    @Override
    public String description() {
        return Messages.tr("command.importCatalogue", source, added.size(), changed.size() + fields.size());
    }

    @Override
    public void apply(PlanWriter plan) {
        var catalogue = plan.catalogue();
        CatalogueState.fieldsForward(catalogue, fields);
        var batch = new CatalogueState.Batch(catalogue);
        changed.forEach(c -> batch.change(c.before(), c.after()));
        added.forEach(batch::insert);
    }

    @Override
    public void revert(PlanWriter plan) {
        var catalogue = plan.catalogue();
        var batch = new CatalogueState.Batch(catalogue);
        CatalogueState.reversed(added).forEach(batch::delete);
        CatalogueState.reversed(changed).forEach(c -> batch.change(c.after(), c.before()));
        CatalogueState.fieldsBack(catalogue, CatalogueState.reversed(fields));
    }

    @Override
    public Memento memento() {
        return new State(source, added, changed, fields);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(String source, List<Werkzeug> added, List<WerkzeugChange> changed, List<FieldChange> fields)
            implements Memento {
        @Override
        public PlanCommand restore() {
            return new ImportCatalogue(source, added, changed, fields);
        }
    }
}
