package de.werkbank.snapshot;

import de.werkbank.sheet.Actor;
import de.werkbank.snapshot.SnapshotDocument.ActorDoc;
import de.werkbank.snapshot.SnapshotDocument.AreaDoc;
import de.werkbank.snapshot.SnapshotDocument.CardDoc;
import de.werkbank.snapshot.SnapshotDocument.FieldDoc;
import de.werkbank.snapshot.SnapshotDocument.HistoryDoc;
import de.werkbank.snapshot.SnapshotDocument.IndicatorDoc;
import de.werkbank.snapshot.SnapshotDocument.MeasurementDoc;
import de.werkbank.snapshot.SnapshotDocument.SheetDoc;
import de.werkbank.snapshot.SnapshotDocument.StepDoc;
import de.werkbank.snapshot.SnapshotDocument.ToolDoc;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rules a snapshot's parts must keep among each other, beyond what the JSON Schema can say:
 * ids and keys are unique, and every reference points at something the snapshot holds.
 */
final class SnapshotCheck {

    private final UuidSet seenIds;

    private SnapshotCheck(int ids) {
        seenIds = new UuidSet(ids);
    }

    /** @throws SnapshotException at the first broken rule, naming its JSON path */
    static void check(SnapshotDocument doc) {
        SnapshotLimits.document(doc);
        new SnapshotCheck(idCount(doc)).checkAll(doc);
    }

    /** How many ids the document holds, so the set of seen ones is made big enough once. */
    private static int idCount(SnapshotDocument doc) {
        int ids = doc.catalogue().handlungsfelder().size() + doc.catalogue().werkzeuge().size() + doc.areas().size()
                + doc.registry().size() + doc.history().size();
        if (doc.plan() != null) {
            ids += 1 + doc.plan().columns().size() + doc.plan().cards().size();
            for (CardDoc card : doc.plan().cards()) {
                // a sheet's lists are not yet checked and may be missing (the walk then says where)
                if (card.sheet() != null) {
                    ids += size(card.sheet().steps()) + size(card.sheet().indicators());
                }
            }
        }
        return ids;
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    private void checkAll(SnapshotDocument doc) {
        Set<String> fields = new HashSet<>();
        List<FieldDoc> fieldDocs = doc.catalogue().handlungsfelder();
        for (int i = 0; i < fieldDocs.size(); i++) {
            DocPath at = DocPath.at("catalogue", "handlungsfelder").index(i);
            unique(fieldDocs.get(i).id(), at.field("id"));
            unique(fields, fieldDocs.get(i).key(), at.field("key"));
        }
        Set<UUID> tools = new HashSet<>();
        Set<String> codes = new HashSet<>();
        List<ToolDoc> toolDocs = doc.catalogue().werkzeuge();
        for (int i = 0; i < toolDocs.size(); i++) {
            DocPath at = DocPath.at("catalogue", "werkzeuge").index(i);
            unique(toolDocs.get(i).id(), at.field("id"));
            tools.add(toolDocs.get(i).id());
            unique(codes, toolDocs.get(i).code(), at.field("code"));
            known(fields, toolDocs.get(i).handlungsfeld(), at.field("handlungsfeld"));
        }
        Set<String> areas = new HashSet<>();
        for (int i = 0; i < doc.areas().size(); i++) {
            AreaDoc a = doc.areas().get(i);
            unique(a.id(), DocPath.at("areas").index(i).field("id"));
            unique(areas, a.key(), DocPath.at("areas").index(i).field("key"));
        }
        for (int i = 0; i < doc.areas().size(); i++) {
            if (doc.areas().get(i).parent() != null) {
                known(areas, doc.areas().get(i).parent(), DocPath.at("areas").index(i).field("parent"));
            }
        }
        Map<UUID, Actor.Kind> actors = new HashMap<>();
        Set<String> actorNames = new HashSet<>();
        for (int i = 0; i < doc.registry().size(); i++) {
            ActorDoc a = doc.registry().get(i);
            unique(a.id(), DocPath.at("registry").index(i).field("id"));
            unique(actorNames, a.kind() + ":" + a.name().strip(), DocPath.at("registry").index(i).field("name"));
            actors.put(a.id(), a.kind());
        }
        for (int i = 0; i < doc.registry().size(); i++) {
            if (doc.registry().get(i).office() != null) {
                kind(actors, doc.registry().get(i).office(), Actor.Kind.OFFICE, DocPath.at("registry").index(i).field("office"));
            }
        }
        if (doc.plan() == null) {
            WorkshopSnapshot.check(doc, Set.of(), tools, fields);
            ReviewSnapshot.check(doc, fields);
            if (!doc.history().isEmpty()) {
                throw new SnapshotException("snapshot.historyWithoutPlan");
            }
            return;
        }
        Set<UUID> cards = checkPlan(doc, fields, tools, areas, actors);
        WorkshopSnapshot.check(doc, cards, tools, fields);
        ReviewSnapshot.check(doc, fields);
        for (int i = 0; i < doc.history().size(); i++) {
            HistoryDoc h = doc.history().get(i);
            DocPath at = DocPath.at("history").index(i);
            SnapshotLimits.historyEntry(h, at);
            unique(h.id(), at.field("id"));
        }
    }

    /** @return the ids of the plan's cards */
    private Set<UUID> checkPlan(SnapshotDocument doc, Set<String> fields, Set<UUID> tools, Set<String> areas,
                           Map<UUID, Actor.Kind> actors) {
        Set<UUID> columns = new HashSet<>();
        for (int i = 0; i < doc.plan().columns().size(); i++) {
            unique(doc.plan().columns().get(i).id(), DocPath.at("plan", "columns").index(i).field("id"));
            columns.add(doc.plan().columns().get(i).id());
        }
        unique(doc.plan().id(), DocPath.at("plan", "id"));
        Set<UUID> cards = new HashSet<>(doc.plan().cards().size() * 4 / 3 + 1);
        List<CardDoc> cardDocs = doc.plan().cards();
        Set<String> sources = new HashSet<>();
        for (int i = 0; i < cardDocs.size(); i++) {
            CardDoc c = cardDocs.get(i);
            DocPath at = DocPath.at("plan", "cards").index(i);
            SnapshotLimits.card(c, doc.formatVersion(), sources, at);
            unique(c.id(), at.field("id"));
            cards.add(c.id());
            known(tools, c.werkzeug(), at.field("werkzeug"));
            known(fields, c.handlungsfeld(), at.field("handlungsfeld"));
            known(columns, c.column(), at.field("column"));
        }
        for (int i = 0; i < cardDocs.size(); i++) {
            SheetDoc s = cardDocs.get(i).sheet();
            if (s != null) {
                checkSheet(cardDocs.get(i).id(), s, DocPath.at("plan", "cards").index(i).field("sheet"), cards, areas, actors);
            }
        }
        return cards;
    }

    private void checkSheet(UUID card, SheetDoc s, DocPath at, Set<UUID> cards, Set<String> areas,
                            Map<UUID, Actor.Kind> actors) {
        if (s.leadOffice() != null) {
            kind(actors, s.leadOffice(), Actor.Kind.OFFICE, at.field("leadOffice"));
        }
        if (s.contact() != null) {
            kind(actors, s.contact(), Actor.Kind.PERSON, at.field("contact"));
        }
        if (s.start() != null && s.end() != null && s.end().isBefore(s.start())) {
            throw new SnapshotException("snapshot.endBeforeStart", at.field("end"));
        }
        List<String> sheetAreas = s.areas();
        int repeatedArea = FirstRepeat.in(sheetAreas);
        for (int i = 0; i < sheetAreas.size(); i++) {
            known(areas, sheetAreas.get(i), at.field("areas").index(i));
            if (i == repeatedArea) {
                throw new SnapshotException("snapshot.duplicate", sheetAreas.get(i), at.field("areas").index(i));
            }
        }
        List<UUID> prerequisites = s.dependsOn();
        int repeatedPrerequisite = FirstRepeat.in(prerequisites);
        for (int i = 0; i < prerequisites.size(); i++) {
            UUID other = prerequisites.get(i);
            known(cards, other, at.field("dependsOn").index(i));
            if (other.equals(card) || i == repeatedPrerequisite) {
                throw new SnapshotException("snapshot.duplicate", other, at.field("dependsOn").index(i));
            }
        }
        for (int i = 0; i < s.indicators().size(); i++) {
            IndicatorDoc indicator = s.indicators().get(i);
            DocPath where = at.field("indicators").index(i);
            unique(indicator.id(), where.field("id"));
            List<MeasurementDoc> values = indicator.measurements() == null ? List.of() : indicator.measurements();
            int j = FirstRepeat.in(values, MeasurementDoc::date);
            if (j >= 0) {
                throw new SnapshotException("snapshot.sameDate", values.get(j).date(),
                        where.field("measurements").index(j).field("date"));
            }
            if (indicator.link() != null) {
                known(areas, indicator.link().area(), where.field("link").field("area"));
                if (!values.isEmpty()) {
                    throw new SnapshotException("snapshot.linkedWithValues", where.field("measurements"));
                }
            }
        }
        for (int i = 0; i < s.steps().size(); i++) {
            StepDoc step = s.steps().get(i);
            unique(step.id(), at.field("steps").index(i).field("id"));
            if (step.who() != null && !actors.containsKey(step.who())) {
                throw new SnapshotException("snapshot.dangling", step.who(), at.field("steps").index(i).field("who"));
            }
        }
    }

    /** Ids are unique across the whole snapshot. */
    private void unique(UUID id, DocPath at) {
        if (!seenIds.add(id)) {
            throw new SnapshotException("snapshot.duplicate", id, at);
        }
    }

    private static <T> void unique(Set<T> seen, T value, DocPath at) {
        if (!seen.add(value)) {
            throw new SnapshotException("snapshot.duplicate", value, at);
        }
    }

    private static <T> void known(Set<T> known, T value, DocPath at) {
        if (!known.contains(value)) {
            throw new SnapshotException("snapshot.dangling", value, at);
        }
    }

    private static void kind(Map<UUID, Actor.Kind> actors, UUID id, Actor.Kind wanted, DocPath at) {
        if (actors.get(id) != wanted) {
            throw new SnapshotException(actors.containsKey(id) ? "snapshot.wrongKind" : "snapshot.dangling", id, at);
        }
    }
}
