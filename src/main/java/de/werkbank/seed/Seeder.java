package de.werkbank.seed;

import de.werkbank.area.Area;
import de.werkbank.catalogue.Catalogue;
import de.werkbank.datencheck.DataImport;
import de.werkbank.datencheck.Observation;
import de.werkbank.datencheck.TidyCsv;
import de.werkbank.geo.BoundaryFile;
import de.werkbank.geo.BoundaryImport;
import de.werkbank.geo.GeoJsonReader;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import de.werkbank.plan.Card;
import de.werkbank.plan.DefaultColumns;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanColumn;
import de.werkbank.plan.Positions;
import de.werkbank.store.StoreTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Fills a store with the shipped sample data. Everything is added only where it is missing (by
 * Handlungsfeld key, tool code, area key; the plan only if the store has none), so seeding twice never
 * duplicates anything.
 */
public final class Seeder {

    /** What a new store starts with. */
    public enum Content {
        /**
         * Catalogue, Zukunftsbilder, the 15 Kommunen with their Datencheck data and a schematic map,
         * offices and people, and a small example plan with sheets and a finished Halbzeitbilanz.
         */
        SAMPLE,
        /** The five Handlungsfelder and the typical offices of a Kreisverwaltung only. */
        EMPTY
    }

    private Seeder() {
    }

    public static void seed(StoreTransaction tx, Content content) {
        SampleData.CatalogueFile catalogue = SampleData.catalogue();
        addHandlungsfelder(tx, catalogue);
        if (content == Content.EMPTY) {
            SampleSheets.addOffices(tx);
        }
        if (content == Content.SAMPLE) {
            addCatalogue(tx, catalogue);
            addAreas(tx);
            Set<String> areas = tx.areas().all().stream().map(Area::key).collect(Collectors.toSet());
            List<Observation> population = new ArrayList<>();
            SampleData.datencheck().forEach((name, bytes) -> {
                List<Observation> values = TidyCsv.read(name, bytes, areas);
                DataImport.store(tx, name, values, Instant.now());
                values.stream().filter(o -> o.indicatorKey().equals("bevoelkerung")).forEach(population::add);
            });
            if (tx.boundaries().all().isEmpty()) {
                BoundaryFile map = new GeoJsonReader().read(SampleData.SCHEMATIC_MAP, SampleData.schematicMap());
                BoundaryImport.store(tx, map, new BoundaryImport.Options("AGS", "GEN", "05358000", null, null), Instant.now());
                // the third level: Orts-/Stadtteile inside the Kommunen, with boundaries and population of their own
                new SampleOrtsteile(SampleData.ortsteile()).add(tx, map, population, Instant.now());
            }
            SampleSheets.addRegistry(tx);
            if (addPlan(tx)) {
                // only on the sample plan just made: a synthetic review never goes onto a real plan
                SampleReview.add(tx);
            }
        }
        tx.log("seed", content.name());
    }

    private static void addHandlungsfelder(StoreTransaction tx, SampleData.CatalogueFile file) {
        List<SampleData.FieldEntry> fields = file.handlungsfelder();
        for (int i = 0; i < fields.size(); i++) {
            SampleData.FieldEntry f = fields.get(i);
            tx.catalogue().addHandlungsfeldIfAbsent(
                    new Handlungsfeld(UUID.randomUUID(), f.key(), f.shortName(), f.title(), f.colour(), i));
        }
    }

    private static void addCatalogue(StoreTransaction tx, SampleData.CatalogueFile file) {
        for (SampleData.FieldEntry f : file.handlungsfelder()) {
            tx.catalogue().addZukunftsbildIfAbsent(f.key(), f.zukunftsbild());
        }
        for (SampleData.ToolEntry t : file.werkzeuge()) {
            tx.catalogue().addWerkzeugIfAbsent(new Werkzeug(UUID.randomUUID(), t.id(), t.title(), t.description(),
                    t.handlungsfeld(), Kind.valueOf(t.kind()), t.targetGroups(), t.leadOffice(), t.tags()));
        }
    }

    private static void addAreas(StoreTransaction tx) {
        for (SampleData.AreaEntry a : SampleData.areas().areas()) {
            tx.areas().addIfAbsent(new Area(UUID.randomUUID(), a.key(), a.name(), Area.Level.valueOf(a.level()),
                    a.parent()));
        }
    }

    /** @return whether the sample plan was added (the store had none) */
    private static boolean addPlan(StoreTransaction tx) {
        if (tx.plan().load().isPresent()) {
            return false;
        }
        tx.plan().createPlan(Messages.tr("plan.defaultName"), DefaultColumns.names());
        Plan plan = tx.plan().load().orElseThrow();
        Catalogue catalogue = tx.catalogue().load();
        Map<Integer, Integer> filled = new HashMap<>();
        Instant now = Instant.now();
        List<SampleData.CardEntry> entries = SampleData.plan().cards();
        List<Card> cards = new ArrayList<>();
        for (SampleData.CardEntry entry : entries) {
            Werkzeug tool = catalogue.werkzeugByCode(entry.werkzeug())
                    .orElseThrow(() -> new IllegalStateException("sample plan names unknown tool " + entry.werkzeug()));
            PlanColumn column = plan.columns().get(entry.column());
            int index = filled.merge(entry.column(), 1, Integer::sum) - 1;
            String title = entry.title() == null ? tool.title() : entry.title();
            Card card = new Card(UUID.randomUUID(), tool.id(), tool.handlungsfeld(), column.id(),
                    Positions.renumbered(index), title, now, 0);
            tx.plan().insertCard(card);
            cards.add(card);
        }
        SampleSheets.addSheets(tx, entries, cards);
        return true;
    }
}
