package de.werkbank.snapshot;

import de.werkbank.area.Area;
import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.content.StoreContent;
import de.werkbank.plan.Card;
import de.werkbank.plan.HistoryEntry;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanColumn;
import de.werkbank.plan.Positions;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Budget;
import de.werkbank.sheet.DataLink;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Measurement;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.snapshot.SnapshotDocument.ActorDoc;
import de.werkbank.snapshot.SnapshotDocument.AreaDoc;
import de.werkbank.snapshot.SnapshotDocument.BudgetDoc;
import de.werkbank.snapshot.SnapshotDocument.CardDoc;
import de.werkbank.snapshot.SnapshotDocument.CatalogueDoc;
import de.werkbank.snapshot.SnapshotDocument.ColumnDoc;
import de.werkbank.snapshot.SnapshotDocument.DataLinkDoc;
import de.werkbank.snapshot.SnapshotDocument.FieldDoc;
import de.werkbank.snapshot.SnapshotDocument.HistoryDoc;
import de.werkbank.snapshot.SnapshotDocument.IndicatorDoc;
import de.werkbank.snapshot.SnapshotDocument.MeasurementDoc;
import de.werkbank.snapshot.SnapshotDocument.PlanDoc;
import de.werkbank.snapshot.SnapshotDocument.SheetDoc;
import de.werkbank.snapshot.SnapshotDocument.StepDoc;
import de.werkbank.snapshot.SnapshotDocument.ToolDoc;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/** Turns a store's content into a snapshot document and back. */
final class SnapshotMapper {

    private SnapshotMapper() {
    }

    /**
     * @param personalData whether person names go into the snapshot; without them the registry holds
     *                     offices only, contacts and steps assigned to people name nobody, the
     *                     history does not say who made a change, and every text has the names of
     *                     people replaced (see {@link PersonNames})
     */
    static SnapshotDocument toDocument(StoreContent content, Instant exportedAt, String appVersion, boolean personalData) {
        Set<UUID> people = new HashSet<>();
        content.registry().stream().filter(a -> a.kind() == Actor.Kind.PERSON).forEach(a -> people.add(a.id()));
        Set<UUID> hidden = personalData ? new HashSet<>() : people;
        PersonNames names = personalData ? PersonNames.NONE : PersonNames.of(content);
        Catalogue catalogue = content.catalogue();
        List<FieldDoc> fields = catalogue.handlungsfelder().stream().map(h -> new FieldDoc(h.id(), h.key(),
                names.scrub(h.shortName()), names.scrub(h.title()), h.colour(),
                names.scrub(catalogue.zukunftsbilder().get(h.key())))).toList();
        List<ToolDoc> tools = catalogue.werkzeuge().stream().map(w -> new ToolDoc(w.id(), w.code(), names.scrub(w.title()),
                names.scrub(w.description()), w.handlungsfeld(), w.kind(), names.scrub(w.targetGroups()),
                names.scrub(w.leadOffice()), names.scrub(w.tags()), w.retired())).toList();
        List<AreaDoc> areas = content.areas().stream().sorted(Comparator.comparing(Area::key))
                .map(a -> new AreaDoc(a.id(), a.key(), a.name(), a.level(), a.parentKey())).toList();
        List<ActorDoc> registry = content.registry().stream().filter(a -> !hidden.contains(a.id()))
                .sorted(Comparator.comparing(Actor::kind).thenComparing(Actor::name))
                .map(a -> new ActorDoc(a.id(), a.kind(), names.scrub(a.name()), names.scrub(a.shortName()), a.office(),
                        names.scrub(a.role()))).toList();
        // the history (often the most entries) is mapped on a second core while this one maps the plan
        CompletableFuture<List<HistoryDoc>> history = CompletableFuture.supplyAsync(() -> content.history().stream()
                .map(h -> new HistoryDoc(h.id(), h.at(), personalData ? h.who() : "", names.scrub(h.description()),
                        personalData ? ChangeJson.of(h.change()) : null)).toList());
        PlanDoc plan = content.plan() == null ? null : plan(content, hidden, names, personalData);
        return new SnapshotDocument(SnapshotFormat.NAME, SnapshotFormat.CURRENT_VERSION, exportedAt,
                new SnapshotDocument.App("Werkbank", appVersion), personalData,
                new CatalogueDoc(content.catalogueVersion(), fields, tools), areas, registry, plan, joined(history),
                WorkshopSnapshot.toDoc(content, personalData, names), ReviewSnapshot.toDocs(content.reviews(), names));
    }

    /** The mapped history; a failure there is thrown as it was thrown. */
    private static List<HistoryDoc> joined(CompletableFuture<List<HistoryDoc>> history) {
        try {
            return history.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static PlanDoc plan(StoreContent content, Set<UUID> hidden, PersonNames names, boolean personalData) {
        Plan plan = content.plan();
        List<ColumnDoc> columns = plan.columns().stream().map(c -> new ColumnDoc(c.id(), names.scrub(c.name()),
                c.wipLimit())).toList();
        List<Card> archived = content.archivedCards().stream()
                .sorted(Comparator.comparing(Card::createdAt).thenComparing(Card::id)).toList();
        List<CardDoc> cards = Stream.concat(plan.cards().stream().map(c -> card(c, false, content, hidden, names, personalData)),
                archived.stream().map(c -> card(c, true, content, hidden, names, personalData))).toList();
        return new PlanDoc(plan.id(), names.scrub(plan.name()), plan.swimlanes(), columns, cards);
    }

    /** Without personal data a card keeps no source id: a list's names the measure's title, which may name people. */
    private static CardDoc card(Card c, boolean archived, StoreContent content, Set<UUID> hidden, PersonNames names,
                                boolean personalData) {
        Werkzeugblatt s = content.sheets().get(c.id());
        return new CardDoc(c.id(), c.werkzeug(), c.handlungsfeld(), c.column(), names.scrub(c.title()), c.createdAt(),
                archived, s == null ? null : sheet(s, hidden, names),
                personalData ? content.cardSources().get(c.id()) : null);
    }

    private static SheetDoc sheet(Werkzeugblatt s, Set<UUID> hidden, PersonNames names) {
        return new SheetDoc(names.scrub(s.goal()), names.scrub(s.description()), names.scrub(s.targetGroups()),
                s.leadOffice(), hidden.contains(s.contact()) ? null : s.contact(), names.scrub(s.partners()), s.areas(),
                s.start(), s.end(),
                s.budget() == null ? null : new BudgetDoc(s.budget().amount(), names.scrub(s.budget().source())),
                s.indicators().stream().map(i -> new IndicatorDoc(i.id(), names.scrub(i.name()), names.scrub(i.unit()),
                        i.baseline(), i.target(), i.targetDate(),
                        i.measurements().stream().map(m -> new MeasurementDoc(m.date(), m.value(), names.scrub(m.note())))
                                .toList(),
                        i.link() == null ? null : new DataLinkDoc(i.link().figure(), i.link().area()))).toList(),
                s.dependsOn(),
                s.steps().stream().map(x -> new StepDoc(x.id(), names.scrub(x.text()),
                        hidden.contains(x.who()) ? null : x.who(), names.scrub(x.withWhom()), x.due(), x.status(),
                        names.scrub(x.note()))).toList());
    }

    /** The content a (checked) document describes. */
    static StoreContent toContent(SnapshotDocument doc) {
        CatalogueDoc cat = doc.catalogue();
        List<Handlungsfeld> fields = new ArrayList<>();
        Map<String, String> visions = new LinkedHashMap<>();
        for (int i = 0; i < cat.handlungsfelder().size(); i++) {
            FieldDoc f = cat.handlungsfelder().get(i);
            fields.add(new Handlungsfeld(f.id(), f.key(), f.shortName(), f.title(), f.colour(), i));
            if (f.zukunftsbild() != null) {
                visions.put(f.key(), f.zukunftsbild());
            }
        }
        List<Werkzeug> tools = cat.werkzeuge().stream().map(t -> new Werkzeug(t.id(), t.code(), t.title(),
                t.description(), t.handlungsfeld(), t.kind(), t.targetGroups(), t.leadOffice(), t.tags(),
                Boolean.TRUE.equals(t.retired()))).toList();
        List<Area> areas = doc.areas().stream()
                .map(a -> new Area(a.id(), a.key(), a.name(), a.level(), a.parent())).toList();
        List<Actor> registry = doc.registry().stream()
                .map(a -> new Actor(a.id(), a.kind(), a.name(), a.shortName(), a.office(), a.role())).toList();
        Plan plan = null;
        List<Card> archived = new ArrayList<>();
        Map<UUID, Werkzeugblatt> sheets = new HashMap<>();
        Map<UUID, String> sources = new HashMap<>();
        if (doc.plan() != null) {
            PlanDoc p = doc.plan();
            List<PlanColumn> columns = new ArrayList<>();
            for (int i = 0; i < p.columns().size(); i++) {
                ColumnDoc c = p.columns().get(i);
                columns.add(new PlanColumn(c.id(), c.name(), i, c.wipLimit(), 0));
            }
            Map<UUID, Integer> filled = new HashMap<>();
            List<Card> onBoard = new ArrayList<>();
            for (CardDoc c : p.cards()) {
                int index = filled.merge(c.column(), 1, Integer::sum) - 1;
                Card card = new Card(c.id(), c.werkzeug(), c.handlungsfeld(), c.column(), Positions.renumbered(index),
                        c.title(), c.createdAt(), 0);
                (c.archived() ? archived : onBoard).add(card);
                if (c.sheet() != null) {
                    sheets.put(c.id(), sheet(c.id(), c.sheet()));
                }
                if (c.source() != null) {
                    sources.put(c.id(), c.source());
                }
            }
            plan = new Plan(p.id(), p.name(), p.swimlanes(), columns, onBoard);
        }
        List<HistoryEntry> history = doc.history().stream()
                .map(h -> new HistoryEntry(h.id(), h.at(), h.who(), h.description(),
                        h.change() == null ? null : h.change().json())).toList();
        return new StoreContent(cat.version(), new Catalogue(fields, visions, tools), areas, registry, plan, archived,
                sheets, history, WorkshopSnapshot.toWorkshop(doc.workshop()), ReviewSnapshot.toReviews(doc.reviews()), sources);
    }

    private static Werkzeugblatt sheet(UUID card, SheetDoc s) {
        Budget budget = s.budget() == null ? null : new Budget(s.budget().amount(), s.budget().source());
        return new Werkzeugblatt(card, s.goal(), s.description(), s.targetGroups(), s.leadOffice(), s.contact(),
                s.partners(), s.areas(), s.start(), s.end(), budget,
                s.indicators().stream().map(i -> new Indicator(i.id(), i.name(), i.unit(), i.baseline(), i.target(),
                        i.targetDate(), i.measurements() == null ? List.of() : i.measurements().stream()
                                .map(m -> new Measurement(m.date(), m.value(), m.note())).toList(),
                        i.link() == null ? null : new DataLink(i.link().figure(), i.link().area()))).toList(),
                s.dependsOn(),
                s.steps().stream().map(x -> new Step(x.id(), x.text(), x.who(), x.withWhom(), x.due(), x.status(),
                        x.note())).toList(),
                0);
    }
}
