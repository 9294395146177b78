package de.werkbank.snapshot;

import de.werkbank.sheet.Actor;
import de.werkbank.snapshot.SnapshotDocument.ActorDoc;
import de.werkbank.snapshot.SnapshotDocument.AreaDoc;
import de.werkbank.snapshot.SnapshotDocument.CardDoc;
import de.werkbank.snapshot.SnapshotDocument.FieldDoc;
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

    private final Set<Object> seenIds = new HashSet<>();

    private SnapshotCheck() {
    }

    /** @throws SnapshotException at the first broken rule, naming its JSON path */
    static void check(SnapshotDocument doc) {
        SnapshotLimits.check(doc);
        new SnapshotCheck().checkAll(doc);
    }

    private void checkAll(SnapshotDocument doc) {
        Set<String> fields = new HashSet<>();
        List<FieldDoc> fieldDocs = doc.catalogue().handlungsfelder();
        for (int i = 0; i < fieldDocs.size(); i++) {
            String at = "$.catalogue.handlungsfelder[" + i + "]";
            unique(fieldDocs.get(i).id(), at + ".id");
            unique(fields, fieldDocs.get(i).key(), at + ".key");
        }
        Set<UUID> tools = new HashSet<>();
        Set<String> codes = new HashSet<>();
        List<ToolDoc> toolDocs = doc.catalogue().werkzeuge();
        for (int i = 0; i < toolDocs.size(); i++) {
            String at = "$.catalogue.werkzeuge[" + i + "]";
            unique(toolDocs.get(i).id(), at + ".id");
            tools.add(toolDocs.get(i).id());
            unique(codes, toolDocs.get(i).code(), at + ".code");
            known(fields, toolDocs.get(i).handlungsfeld(), at + ".handlungsfeld");
        }
        Set<String> areas = new HashSet<>();
        for (int i = 0; i < doc.areas().size(); i++) {
            AreaDoc a = doc.areas().get(i);
            unique(a.id(), "$.areas[" + i + "].id");
            unique(areas, a.key(), "$.areas[" + i + "].key");
        }
        for (int i = 0; i < doc.areas().size(); i++) {
            if (doc.areas().get(i).parent() != null) {
                known(areas, doc.areas().get(i).parent(), "$.areas[" + i + "].parent");
            }
        }
        Map<UUID, Actor.Kind> actors = new HashMap<>();
        Set<String> actorNames = new HashSet<>();
        for (int i = 0; i < doc.registry().size(); i++) {
            ActorDoc a = doc.registry().get(i);
            unique(a.id(), "$.registry[" + i + "].id");
            unique(actorNames, a.kind() + ":" + a.name().strip(), "$.registry[" + i + "].name");
            actors.put(a.id(), a.kind());
        }
        for (int i = 0; i < doc.registry().size(); i++) {
            if (doc.registry().get(i).office() != null) {
                kind(actors, doc.registry().get(i).office(), Actor.Kind.OFFICE, "$.registry[" + i + "].office");
            }
        }
        if (doc.plan() == null) {
            WorkshopSnapshot.check(doc, Set.of(), tools, fields);
            if (!doc.history().isEmpty()) {
                throw new SnapshotException("snapshot.historyWithoutPlan");
            }
            return;
        }
        Set<UUID> cards = checkPlan(doc, fields, tools, areas, actors);
        WorkshopSnapshot.check(doc, cards, tools, fields);
        for (int i = 0; i < doc.history().size(); i++) {
            unique(doc.history().get(i).id(), "$.history[" + i + "].id");
        }
    }

    /** @return the ids of the plan's cards */
    private Set<UUID> checkPlan(SnapshotDocument doc, Set<String> fields, Set<UUID> tools, Set<String> areas,
                           Map<UUID, Actor.Kind> actors) {
        Set<UUID> columns = new HashSet<>();
        for (int i = 0; i < doc.plan().columns().size(); i++) {
            unique(doc.plan().columns().get(i).id(), "$.plan.columns[" + i + "].id");
            columns.add(doc.plan().columns().get(i).id());
        }
        unique(doc.plan().id(), "$.plan.id");
        Set<UUID> cards = new HashSet<>();
        List<CardDoc> cardDocs = doc.plan().cards();
        for (int i = 0; i < cardDocs.size(); i++) {
            CardDoc c = cardDocs.get(i);
            String at = "$.plan.cards[" + i + "]";
            unique(c.id(), at + ".id");
            cards.add(c.id());
            known(tools, c.werkzeug(), at + ".werkzeug");
            known(fields, c.handlungsfeld(), at + ".handlungsfeld");
            known(columns, c.column(), at + ".column");
        }
        for (int i = 0; i < cardDocs.size(); i++) {
            SheetDoc s = cardDocs.get(i).sheet();
            if (s != null) {
                checkSheet(cardDocs.get(i).id(), s, "$.plan.cards[" + i + "].sheet", cards, areas, actors);
            }
        }
        return cards;
    }

    private void checkSheet(UUID card, SheetDoc s, String at, Set<UUID> cards, Set<String> areas,
                            Map<UUID, Actor.Kind> actors) {
        if (s.leadOffice() != null) {
            kind(actors, s.leadOffice(), Actor.Kind.OFFICE, at + ".leadOffice");
        }
        if (s.contact() != null) {
            kind(actors, s.contact(), Actor.Kind.PERSON, at + ".contact");
        }
        if (s.start() != null && s.end() != null && s.end().isBefore(s.start())) {
            throw new SnapshotException("snapshot.endBeforeStart", at + ".end");
        }
        Set<String> sheetAreas = new HashSet<>();
        for (int i = 0; i < s.areas().size(); i++) {
            known(areas, s.areas().get(i), at + ".areas[" + i + "]");
            unique(sheetAreas, s.areas().get(i), at + ".areas[" + i + "]");
        }
        Set<UUID> prerequisites = new HashSet<>();
        for (int i = 0; i < s.dependsOn().size(); i++) {
            UUID other = s.dependsOn().get(i);
            known(cards, other, at + ".dependsOn[" + i + "]");
            if (other.equals(card) || !prerequisites.add(other)) {
                throw new SnapshotException("snapshot.duplicate", other, at + ".dependsOn[" + i + "]");
            }
        }
        for (int i = 0; i < s.indicators().size(); i++) {
            unique(s.indicators().get(i).id(), at + ".indicators[" + i + "].id");
        }
        for (int i = 0; i < s.steps().size(); i++) {
            StepDoc step = s.steps().get(i);
            unique(step.id(), at + ".steps[" + i + "].id");
            if (step.who() != null && !actors.containsKey(step.who())) {
                throw new SnapshotException("snapshot.dangling", step.who(), at + ".steps[" + i + "].who");
            }
        }
    }

    /** Ids are unique across the whole snapshot. */
    private void unique(UUID id, String at) {
        if (!seenIds.add(id)) {
            throw new SnapshotException("snapshot.duplicate", id, at);
        }
    }

    private static <T> void unique(Set<T> seen, T value, String at) {
        if (!seen.add(value)) {
            throw new SnapshotException("snapshot.duplicate", value, at);
        }
    }

    private static <T> void known(Set<T> known, T value, String at) {
        if (!known.contains(value)) {
            throw new SnapshotException("snapshot.dangling", value, at);
        }
    }

    private static void kind(Map<UUID, Actor.Kind> actors, UUID id, Actor.Kind wanted, String at) {
        if (actors.get(id) != wanted) {
            throw new SnapshotException(actors.containsKey(id) ? "snapshot.wrongKind" : "snapshot.dangling", id, at);
        }
    }
}
