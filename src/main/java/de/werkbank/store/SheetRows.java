package de.werkbank.store;

import de.werkbank.plan.PlanConflictException;
import de.werkbank.sheet.Budget;
import de.werkbank.sheet.SheetOutline;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.Werkzeugblatt;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Werkzeugblätter: one sheet row per card, which holds its indicators and steps; its areas and
 * dependencies are rows of their own (the map and the other cards refer to them).
 */
public final class SheetRows {

    private final Connection c;

    SheetRows(Connection c) {
        this.c = c;
    }

    /** The card's sheet; a blank one (version 0) if none is stored. */
    public Werkzeugblatt sheet(UUID card) {
        return Optional.ofNullable(sheets("where c.uuid = ?", card).get(card)).orElseGet(() -> Werkzeugblatt.blank(card));
    }

    /** All stored sheets, by card. */
    public Map<UUID, Werkzeugblatt> all() {
        return sheets("");
    }

    /** The sheets of the cards {@code where} selects (a condition on card {@code c}), by card. */
    private Map<UUID, Werkzeugblatt> sheets(String where, Object... params) {
        String card = "join card c on c.id = x.card_id ";
        Map<UUID, List<String>> areas = grouped("select c.uuid, a.area_key from sheet_area x " + card
                + "join area a on a.id = x.area_id " + where + " order by x.card_id, x.position", r -> r.getString(2), params);
        Map<UUID, List<UUID>> dependsOn = grouped("select c.uuid, p.uuid from sheet_dependency x " + card
                + "join card p on p.id = x.prerequisite_id " + where + " order by x.card_id, x.position",
                r -> r.getObject(2, UUID.class), params);
        Map<UUID, Werkzeugblatt> result = new HashMap<>();
        Sql.list(c, "select c.uuid, x.goal, x.description, x.target_groups, lo.uuid, ct.uuid, x.partners, "
                + "x.start_date, x.end_date, x.budget_amount, x.budget_source, x.version, x.indicators, x.steps from sheet x " + card
                + "left join actor lo on lo.id = x.lead_office_id left join actor ct on ct.id = x.contact_id " + where,
                rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    BigDecimal amount = rs.getBigDecimal(10);
                    Budget budget = amount == null ? null : new Budget(amount, rs.getString(11));
                    result.put(id, new Werkzeugblatt(id, rs.getString(2), rs.getString(3),
                            Sql.strings(rs, "target_groups"), rs.getObject(5, UUID.class), rs.getObject(6, UUID.class),
                            Sql.strings(rs, "partners"), areas.getOrDefault(id, List.of()),
                            rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), budget,
                            SheetParts.indicators(rs.getString(13)), dependsOn.getOrDefault(id, List.of()),
                            SheetParts.steps(rs.getString(14)), rs.getInt(12)));
                    return null;
                }, params);
        return result;
    }

    /** Rows grouped by the card uuid in their first column, in query order. */
    private <T> Map<UUID, List<T>> grouped(String sql, Sql.RowMapper<T> mapper, Object... params) {
        Map<UUID, List<T>> result = new HashMap<>();
        Sql.list(c, sql, rs -> result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                .add(mapper.map(rs)), params);
        return result;
    }

    /**
     * Stores the sheet if the stored one still has the sheet's version (0: none stored yet).
     *
     * @return the sheet as stored, its version raised
     * @throws PlanConflictException when someone else changed the sheet meanwhile, or the card is gone
     */
    public Werkzeugblatt save(Werkzeugblatt s, String cardTitle) {
        long key = Sql.one(c, "select id from card where uuid = ?", rs -> rs.getLong(1), s.card())
                .orElseThrow(() -> new PlanConflictException(cardTitle));
        Object amount = s.budget() == null ? null : s.budget().amount();
        Object source = s.budget() == null ? null : s.budget().source();
        Object[] values = {s.goal(), s.description(), Sql.array(c, s.targetGroups()), s.leadOffice(), s.contact(),
            Sql.array(c, s.partners()), s.start(), s.end(), amount, source, SheetParts.indicators(s.indicators()),
            SheetParts.steps(s.steps())};
        int rows = Sql.update(c, "update sheet set goal = ?, description = ?, target_groups = ?, "
                + "lead_office_id = (select id from actor where uuid = ?), contact_id = (select id from actor where uuid = ?), "
                + "partners = ?, start_date = ?, end_date = ?, budget_amount = ?, budget_source = ?, indicators = ?, "
                + "steps = ?, version = version + 1 where card_id = ? and version = ?", append(values, key, s.version()));
        if (rows == 0) {
            if (s.version() != 0 || exists(key)) {
                throw new PlanConflictException(cardTitle);
            }
            Sql.update(c, "insert into sheet (goal, description, target_groups, lead_office_id, contact_id, partners, "
                    + "start_date, end_date, budget_amount, budget_source, indicators, steps, card_id, version) "
                    + "values (?, ?, ?, (select id from actor where uuid = ?), (select id from actor where uuid = ?), "
                    + "?, ?, ?, ?, ?, ?, ?, ?, 1)",
                    append(values, key));
        }
        replaceAreasAndDependencies(key, s);
        return s.withVersion(s.version() + 1);
    }

    private boolean exists(long key) {
        return Sql.one(c, "select 1 from sheet where card_id = ?", rs -> true, key).isPresent();
    }

    private void replaceAreasAndDependencies(long key, Werkzeugblatt s) {
        for (String table : List.of("sheet_area", "sheet_dependency")) {
            Sql.update(c, "delete from " + table + " where card_id = ?", key);
        }
        List<Object[]> areas = new ArrayList<>();
        for (int i = 0; i < s.areas().size(); i++) {
            areas.add(new Object[] {key, s.areas().get(i), i});
        }
        Sql.batch(c, "insert into sheet_area (card_id, area_id, position) "
                + "values (?, (select id from area where area_key = ?), ?)", areas);
        List<Object[]> dependencies = new ArrayList<>();
        for (int i = 0; i < s.dependsOn().size(); i++) {
            dependencies.add(new Object[] {key, s.dependsOn().get(i), i});
        }
        Sql.batch(c, "insert into sheet_dependency (card_id, prerequisite_id, position) "
                + "values (?, (select id from card where uuid = ?), ?)", dependencies);
    }

    /** The cards whose sheets name this card as a prerequisite ("prerequisite for"). */
    public List<UUID> dependents(UUID card) {
        return Sql.list(c, "select c.uuid from sheet_dependency d join card c on c.id = d.card_id "
                + "join card p on p.id = d.prerequisite_id where p.uuid = ? and not c.archived order by c.title",
                rs -> rs.getObject(1, UUID.class), card);
    }

    /** The outlines of all cards that have a sheet, by card. */
    public Map<UUID, SheetOutline> outlines() {
        return outlines("");
    }

    /** The outline of one card (an empty one if it has no sheet). */
    public SheetOutline outline(UUID card) {
        return Optional.ofNullable(outlines("where c.uuid = ?", card).get(card)).orElseGet(() -> SheetOutline.none(card));
    }

    private Map<UUID, SheetOutline> outlines(String where, Object... params) {
        Map<UUID, String> offices = new LinkedHashMap<>();
        Map<UUID, List<Step>> steps = new HashMap<>();
        Sql.list(c, "select c.uuid, lo.name, s.steps from sheet s join card c on c.id = s.card_id "
                + "left join actor lo on lo.id = s.lead_office_id " + where,
                rs -> {
                    UUID card = rs.getObject(1, UUID.class);
                    offices.put(card, rs.getString(2));
                    steps.put(card, SheetParts.steps(rs.getString(3)));
                    return null;
                }, params);
        Map<UUID, List<String>> areas = grouped("select c.uuid, a.area_key from sheet_area sa join card c on c.id = sa.card_id "
                + "join area a on a.id = sa.area_id " + where + " order by sa.card_id, sa.position", rs -> rs.getString(2), params);
        Map<UUID, SheetOutline> result = new HashMap<>();
        offices.forEach((card, office) -> result.put(card, new SheetOutline(card, office,
                areas.getOrDefault(card, List.of()), steps.get(card))));
        return result;
    }

    private static Object[] append(Object[] values, Object... more) {
        Object[] all = new Object[values.length + more.length];
        System.arraycopy(values, 0, all, 0, values.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }
}
