package de.werkbank.store;

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
import de.werkbank.sheet.Werkzeugblatt;
import java.sql.Connection;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The whole content of a store at once: read for a snapshot, or replaced by one (inside one transaction). */
public final class ContentRows {

    private static final List<String> REPLACED_TABLES = List.of("undo_step", "history", "sheet_dependency",
            "sheet_area", "sheet", "card", "plan_column", "plan", "actor", "zukunftsbild", "werkzeug", "handlungsfeld");

    private final Connection c;
    private final StoreTransaction tx;

    ContentRows(Connection c, StoreTransaction tx) {
        this.c = c;
        this.tx = tx;
    }

    public StoreContent read() {
        Plan plan = tx.plan().load().map(ContentRows::inBoardOrder).orElse(null);
        return new StoreContent(catalogueVersion(), tx.catalogue().load(), tx.areas().all(), tx.actors().all(), plan,
                tx.plan().archivedCards(), tx.sheets().all(), tx.plan().history(), tx.workshop().read(),
                tx.reviews().reviews(), tx.cardSources().all());
    }

    private int catalogueVersion() {
        return tx.catalogue().version();
    }

    private static Plan inBoardOrder(Plan plan) {
        Map<UUID, Integer> columnOrder = new HashMap<>();
        plan.columns().forEach(col -> columnOrder.put(col.id(), col.position()));
        List<Card> cards = plan.cards().stream()
                .sorted(Comparator.comparing((Card card) -> columnOrder.get(card.column())).thenComparingLong(Card::position))
                .toList();
        List<PlanColumn> columns = plan.columns().stream().sorted(Comparator.comparingInt(PlanColumn::position)).toList();
        return new Plan(plan.id(), plan.name(), plan.swimlanes(), columns, cards);
    }

    /**
     * Removes what {@link #fill} replaces: catalogue, registry, plan, sheets, workshop, reviews and
     * history (an import calls the two in one transaction).
     */
    void clear() {
        Sql.update(c, "update actor set office_id = null");
        tx.workshop().clear();
        tx.reviews().clear();
        for (String table : REPLACED_TABLES) {
            Sql.update(c, "delete from " + table);
        }
    }

    /**
     * Writes catalogue, registry, plan, sheets and history of {@code content} into a store {@link #clear}
     * has emptied; areas are added where their key is missing (the store's areas carry more than a
     * snapshot does). Card positions follow the content's order.
     */
    void fill(StoreContent content) {
        Sql.update(c, "update catalogue_info set version = ?", content.catalogueVersion());
        insertCatalogue(content.catalogue());
        content.areas().forEach(tx.areas()::addIfAbsent);
        insertRegistry(content.registry());
        if (content.plan() != null) {
            insertPlan(content);
            tx.workshop().insert(content.workshop());
            tx.reviews().insert(content.reviews());
        }
        insertHistory(content.history());
    }

    private void insertCatalogue(Catalogue catalogue) {
        List<Object[]> fields = new ArrayList<>();
        for (Handlungsfeld h : catalogue.handlungsfelder()) {
            fields.add(new Object[] {h.id(), h.key(), h.shortName(), h.title(), h.colour(), h.position()});
        }
        Sql.batch(c, "insert into handlungsfeld (uuid, field_key, short_name, title, colour, position) "
                + "values (?, ?, ?, ?, ?, ?)", fields);
        catalogue.zukunftsbilder().forEach(tx.catalogue()::addZukunftsbildIfAbsent);
        List<Object[]> tools = new ArrayList<>();
        for (Werkzeug w : catalogue.werkzeuge()) {
            tools.add(new Object[] {w.id(), w.code(), w.title(), w.description(), w.kind().name(),
                Sql.array(c, w.targetGroups()), w.leadOffice(), Sql.array(c, w.tags()), w.retired(), w.handlungsfeld()});
        }
        Sql.batch(c, "insert into werkzeug (uuid, code, title, description, handlungsfeld_id, kind, target_groups, "
                + "lead_office, tags, retired) select ?, ?, ?, ?, h.id, ?, ?, ?, ?, ? from handlungsfeld h "
                + "where h.field_key = ?", tools);
    }

    private void insertRegistry(List<Actor> registry) {
        List<Actor> offices = registry.stream().filter(a -> a.kind() == Actor.Kind.OFFICE).toList();
        List<Actor> people = registry.stream().filter(a -> a.kind() == Actor.Kind.PERSON).toList();
        for (List<Actor> group : List.of(offices, people)) {
            List<Object[]> rows = new ArrayList<>();
            for (Actor a : group) {
                rows.add(new Object[] {a.id(), a.kind().name(), a.name(), a.shortName(), a.office(), a.role()});
            }
            Sql.batch(c, "insert into actor (uuid, kind, name, short_name, office_id, role) "
                    + "values (?, ?, ?, ?, (select id from actor where uuid = ?), ?)", rows);
        }
    }

    private void insertPlan(StoreContent content) {
        Plan plan = content.plan();
        Sql.update(c, "insert into plan (uuid, name, swimlanes) values (?, ?, ?)", plan.id(), plan.name(), plan.swimlanes());
        List<Object[]> columns = new ArrayList<>();
        for (int i = 0; i < plan.columns().size(); i++) {
            columns.add(new Object[] {plan.columns().get(i).id(), plan.columns().get(i).name(), i,
                plan.columns().get(i).wipLimit()});
        }
        Sql.batch(c, "insert into plan_column (uuid, plan_id, name, position, wip_limit) "
                + "select ?, id, ?, ?, ? from plan", columns);
        long planKey = Sql.one(c, "select id from plan", rs -> rs.getLong(1)).orElseThrow();
        Keys keys = new Keys(c);
        Map<UUID, Integer> filled = new HashMap<>();
        List<Object[]> cards = new ArrayList<>();
        for (Card card : plan.cards()) {
            cards.add(cardRow(card, filled.merge(card.column(), 1, Integer::sum) - 1, false, planKey, keys));
        }
        for (Card card : content.archivedCards()) {
            cards.add(cardRow(card, filled.merge(card.column(), 1, Integer::sum) - 1, true, planKey, keys));
        }
        Sql.insertAll(c, "insert into card (uuid, plan_id, column_id, werkzeug_id, handlungsfeld_id, title, position, "
                + "archived, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", cards);
        keys.readCards();
        insertSheets(content.sheets().values(), keys);
        new CardSourceRows(c).insertAll(content.cardSources());
    }

    private static Object[] cardRow(Card card, int index, boolean archived, long plan, Keys keys) {
        return new Object[] {card.id(), plan, keys.column(card.column()), keys.werkzeug(card.werkzeug()),
            keys.field(card.handlungsfeld()), card.title(), Positions.renumbered(index), archived,
            card.createdAt().atOffset(ZoneOffset.UTC)};
    }

    /** The database keys of what was inserted, by the uuids (and keys) the content refers to. */
    private static final class Keys {
        private final Connection c;
        private final Map<UUID, Long> columns;
        private final Map<UUID, Long> tools;
        private final Map<String, Long> fields;
        private final Map<UUID, Long> actors;
        private final Map<String, Long> areas;
        private Map<UUID, Long> cards = Map.of();

        Keys(Connection c) {
            this.c = c;
            columns = byUuid("plan_column");
            tools = byUuid("werkzeug");
            actors = byUuid("actor");
            fields = new HashMap<>();
            Sql.list(c, "select field_key, id from handlungsfeld", rs -> fields.put(rs.getString(1), rs.getLong(2)));
            areas = new HashMap<>();
            Sql.list(c, "select area_key, id from area", rs -> areas.put(rs.getString(1), rs.getLong(2)));
        }

        private Map<UUID, Long> byUuid(String table) {
            Map<UUID, Long> keys = new HashMap<>();
            Sql.list(c, "select uuid, id from " + table, rs -> keys.put(rs.getObject(1, UUID.class), rs.getLong(2)));
            return keys;
        }

        void readCards() {
            cards = byUuid("card");
        }

        Long column(UUID id) {
            return columns.get(id);
        }

        Long werkzeug(UUID id) {
            return tools.get(id);
        }

        Long field(String key) {
            return fields.get(key);
        }

        Long actor(UUID id) {
            return id == null ? null : actors.get(id);
        }

        Long area(String key) {
            return areas.get(key);
        }

        Long card(UUID id) {
            return cards.get(id);
        }
    }

    private void insertSheets(Collection<Werkzeugblatt> sheets, Keys keys) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> areas = new ArrayList<>();
        List<Object[]> dependencies = new ArrayList<>();
        for (Werkzeugblatt s : sheets) {
            Long card = keys.card(s.card());
            rows.add(new Object[] {card, s.goal(), s.description(), Sql.array(c, s.targetGroups()),
                keys.actor(s.leadOffice()), keys.actor(s.contact()), Sql.array(c, s.partners()), s.start(), s.end(),
                s.budget() == null ? null : s.budget().amount(), s.budget() == null ? null : s.budget().source(),
                SheetParts.indicators(s.indicators()), SheetParts.steps(s.steps())});
            for (int i = 0; i < s.areas().size(); i++) {
                areas.add(new Object[] {card, keys.area(s.areas().get(i)), i});
            }
            for (int i = 0; i < s.dependsOn().size(); i++) {
                dependencies.add(new Object[] {card, keys.card(s.dependsOn().get(i)), i});
            }
        }
        Sql.insertAll(c, "insert into sheet (card_id, goal, description, target_groups, lead_office_id, contact_id, partners, "
                + "start_date, end_date, budget_amount, budget_source, indicators, steps, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                rows);
        Sql.insertAll(c, "insert into sheet_area (card_id, area_id, position) values (?, ?, ?)", areas);
        Sql.insertAll(c, "insert into sheet_dependency (card_id, prerequisite_id, position) values (?, ?, ?)", dependencies);
    }

    private void insertHistory(List<HistoryEntry> history) {
        if (history.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (HistoryEntry h : history) {
            rows.add(new Object[] {h.id(), h.at().atOffset(ZoneOffset.UTC), h.who(), h.description(), h.change()});
        }
        Sql.insertAll(c, "insert into history (uuid, at, who, description, change) values (?, ?, ?, ?, ?)", rows);
    }
}
