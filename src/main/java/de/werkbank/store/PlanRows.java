package de.werkbank.store;

import de.werkbank.plan.Card;
import de.werkbank.plan.HistoryEntry;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanColumn;
import de.werkbank.plan.PlanCommand;
import de.werkbank.plan.PlanConflictException;
import de.werkbank.plan.PlanWriter;
import de.werkbank.plan.Positions;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Werkzeugblatt;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The plan, its columns, cards and history. A store holds one plan. */
public final class PlanRows implements PlanWriter {

    private static final String CARD_COLUMNS = "select c.uuid, w.uuid, h.field_key, pc.uuid, c.position, c.title, "
            + "c.created_at, c.version from card c "
            + "join werkzeug w on w.id = c.werkzeug_id "
            + "join handlungsfeld h on h.id = c.handlungsfeld_id "
            + "join plan_column pc on pc.id = c.column_id ";

    private final Connection c;

    PlanRows(Connection c) {
        this.c = c;
    }

    public Optional<Plan> load() {
        return Sql.one(c, "select id, uuid, name, swimlanes from plan", rs -> {
            long planId = rs.getLong(1);
            List<PlanColumn> columns = Sql.list(c,
                    "select uuid, name, position, wip_limit, version from plan_column where plan_id = ?",
                    PlanRows::column, planId);
            List<Card> cards = Sql.list(c, CARD_COLUMNS + "where c.plan_id = ? and not c.archived",
                    PlanRows::card, planId);
            return new Plan(rs.getObject(2, UUID.class), rs.getString(3), rs.getBoolean(4), columns, cards);
        });
    }

    /** Creates the store's plan with empty columns of the given names, in order. */
    public UUID createPlan(String name, List<String> columnNames) {
        if (load().isPresent()) {
            throw new StoreException("store.planExists");
        }
        UUID id = UUID.randomUUID();
        Sql.update(c, "insert into plan (uuid, name) values (?, ?)", id, name);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < columnNames.size(); i++) {
            rows.add(new Object[] {UUID.randomUUID(), id, columnNames.get(i), i});
        }
        Sql.batch(c, "insert into plan_column (uuid, plan_id, name, position) "
                + "values (?, (select id from plan where uuid = ?), ?, ?)", rows);
        return id;
    }

    public List<HistoryEntry> history() {
        return Sql.list(c, "select uuid, at, who, description, change from history order by id", PlanRows::historyEntry);
    }

    private static HistoryEntry historyEntry(ResultSet rs) throws SQLException {
        return new HistoryEntry(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class).toInstant(),
                rs.getString(3), rs.getString(4), rs.getString(5));
    }

    @Override
    public Optional<Card> card(UUID id) {
        return Sql.one(c, CARD_COLUMNS + "where c.uuid = ? and not c.archived", PlanRows::card, id);
    }

    @Override
    public List<Card> cardsIn(UUID columnId) {
        return Sql.list(c, CARD_COLUMNS + "where pc.uuid = ? and not c.archived order by c.position",
                PlanRows::card, columnId);
    }

    @Override
    public Neighbours neighbours(UUID columnId, int wanted, UUID except) {
        long column = columnKey(columnId);
        Long left = except == null ? null : Sql.one(c, "select position from card where uuid = ? and column_id = ? "
                + "and archived = false", rs -> rs.getLong(1), except, column).orElse(null);
        // the column's cards from index wanted - 1 on; the left-out card above them shifts the others'
        // indices by one, so four rows cover the two neighbours either way. (Ordered by the whole index,
        // H2 walks the index instead of sorting the column.)
        int offset = Math.max(0, wanted - 1);
        List<Long> window = Sql.list(c, "select position from card where column_id = ? and archived = false "
                + "order by column_id, archived, position limit 4 offset ?", rs -> rs.getLong(1), column, offset);
        int first = left != null && !window.isEmpty() && left < window.get(0) ? offset - 1 : offset;
        List<Long> others = window.stream().filter(p -> !p.equals(left)).toList();
        if (wanted == 0) {
            return new Neighbours(null, others.isEmpty() ? null : others.get(0));
        }
        int above = wanted - 1 - first;
        if (above < others.size()) {
            return new Neighbours(others.get(above), above + 1 < others.size() ? others.get(above + 1) : null);
        }
        // past the end: after the column's last card other than the left-out one
        List<Long> last = Sql.list(c, "select position from card where column_id = ? and archived = false "
                + "order by column_id desc, archived desc, position desc limit 2", rs -> rs.getLong(1), column);
        return new Neighbours(last.stream().filter(p -> !p.equals(left)).findFirst().orElse(null), null);
    }

    private long columnKey(UUID columnId) {
        return Sql.one(c, "select id from plan_column where uuid = ?", rs -> rs.getLong(1), columnId)
                .orElseThrow(() -> new StoreException("store.sqlError", "column " + columnId));
    }

    @Override
    public int countAbove(UUID columnId, long position) {
        return countAbove(columnKey(columnId), position);
    }

    private int countAbove(long column, long position) {
        return Sql.one(c, "select count(*) from card where column_id = ? and not archived and position < ?",
                rs -> rs.getInt(1), column, position).orElse(0);
    }

    @Override
    public void insertCard(Card card) {
        int rows = Sql.update(c, "insert into card (uuid, plan_id, column_id, werkzeug_id, handlungsfeld_id, title, "
                        + "position, created_at, version) "
                        + "select ?, pc.plan_id, pc.id, w.id, h.id, ?, ?, ?, ? from plan_column pc, werkzeug w, handlungsfeld h "
                        + "where pc.uuid = ? and w.uuid = ? and h.field_key = ?",
                card.id(), card.title(), card.position(), card.createdAt().atOffset(ZoneOffset.UTC), card.version(),
                card.column(), card.werkzeug(), card.handlungsfeld());
        if (rows != 1) {
            throw new PlanConflictException(card.title());
        }
    }

    @Override
    public void deleteCard(UUID id) {
        Sql.update(c, "delete from sheet_dependency where prerequisite_id = (select id from card where uuid = ?)", id);
        Sql.update(c, "delete from sheet where card_id = (select id from card where uuid = ?)", id);
        Sql.update(c, "delete from card where uuid = ?", id);
    }

    @Override
    public Card placeCard(UUID id, UUID columnId, long position, String handlungsfeld, int expectedVersion) {
        int rows = Sql.update(c, "update card set column_id = (select id from plan_column where uuid = ?), "
                        + "position = ?, handlungsfeld_id = (select id from handlungsfeld where field_key = ?), "
                        + "version = version + 1 where uuid = ? and version = ?",
                columnId, position, handlungsfeld, id, expectedVersion);
        Optional<Card> stored = card(id);
        if (rows != 1 || stored.isEmpty()) {
            throw new PlanConflictException(stored.map(Card::title).orElse("?"));
        }
        return stored.get();
    }

    @Override
    public Card retitleCard(UUID id, String title, UUID werkzeug, int expectedVersion) {
        int rows = Sql.update(c, "update card set title = ?, werkzeug_id = (select id from werkzeug where uuid = ?), "
                + "version = version + 1 where uuid = ? and version = ?", title, werkzeug, id, expectedVersion);
        Optional<Card> stored = card(id).or(() -> archivedCard(id));
        if (rows != 1 || stored.isEmpty()) {
            throw new PlanConflictException(stored.map(Card::title).orElse(title));
        }
        return stored.get();
    }

    @Override
    public Optional<Card> archivedCard(UUID id) {
        return Sql.one(c, CARD_COLUMNS + "where c.uuid = ? and c.archived", PlanRows::card, id);
    }

    /** The archived cards, most recently created first. */
    public List<Card> archivedCards() {
        return Sql.list(c, CARD_COLUMNS + "where c.archived order by c.created_at desc, c.title", PlanRows::card);
    }

    @Override
    public void setArchived(UUID id, boolean archived, int expectedVersion) {
        if (Sql.update(c, "update card set archived = ?, version = version + 1 where uuid = ? and version = ? "
                + "and archived = ?", archived, id, expectedVersion, !archived) != 1) {
            throw new PlanConflictException(Sql.one(c, "select title from card where uuid = ?", rs -> rs.getString(1), id)
                    .orElse("?"));
        }
    }

    @Override
    public void renumber(UUID columnId) {
        List<Card> cards = cardsIn(columnId);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            rows.add(new Object[] {Positions.renumbered(i), cards.get(i).id()});
        }
        Sql.batch(c, "update card set position = ? where uuid = ?", rows);
    }

    @Override
    public boolean swimlanes() {
        return Sql.one(c, "select swimlanes from plan", rs -> rs.getBoolean(1)).orElse(false);
    }

    @Override
    public int planVersion() {
        return Sql.one(c, "select version from plan", rs -> rs.getInt(1)).orElse(0);
    }

    @Override
    public void setSwimlanes(boolean on, int expectedVersion) {
        if (Sql.update(c, "update plan set swimlanes = ?, version = version + 1 where version = ?", on,
                expectedVersion) != 1) {
            throw PlanConflictException.swimlanes();
        }
    }

    @Override
    public List<PlanColumn> columns() {
        return Sql.list(c, "select uuid, name, position, wip_limit, version from plan_column order by position",
                PlanRows::column);
    }

    @Override
    public void insertColumn(PlanColumn column) {
        Sql.update(c, "update plan_column set position = position + 1 where position >= ?", column.position());
        Sql.update(c, "insert into plan_column (uuid, plan_id, name, position, wip_limit, version) "
                        + "select ?, id, ?, ?, ?, ? from plan",
                column.id(), column.name(), column.position(), column.wipLimit(), column.version());
    }

    @Override
    public PlanColumn updateColumn(PlanColumn column) {
        int rows = Sql.update(c, "update plan_column set name = ?, wip_limit = ?, position = ?, version = version + 1 "
                        + "where uuid = ? and version = ?",
                column.name(), column.wipLimit(), column.position(), column.id(), column.version());
        if (rows != 1) {
            throw new PlanConflictException(column.name());
        }
        return columns().stream().filter(x -> x.id().equals(column.id())).findFirst().orElseThrow();
    }

    @Override
    public void deleteColumn(UUID columnId) {
        Optional<Integer> position = Sql.one(c, "select position from plan_column where uuid = ?",
                rs -> rs.getInt(1), columnId);
        Sql.update(c, "delete from plan_column where uuid = ?", columnId);
        position.ifPresent(p -> Sql.update(c, "update plan_column set position = position - 1 where position > ?", p));
    }

    @Override
    public Werkzeugblatt sheet(UUID card) {
        return new SheetRows(c).sheet(card);
    }

    @Override
    public Werkzeugblatt saveSheet(Werkzeugblatt sheet, String cardTitle) {
        return new SheetRows(c).save(sheet, cardTitle);
    }

    @Override
    public List<Actor> actors() {
        return new ActorRows(c).all();
    }

    @Override
    public boolean insertActor(Actor actor) {
        return new ActorRows(c).addIfAbsent(actor);
    }

    @Override
    public void deleteActor(UUID id) {
        new ActorRows(c).delete(id);
    }

    @Override
    public CatalogueRows catalogue() {
        return new CatalogueRows(c);
    }

    @Override
    public long recordHistory(HistoryEntry entry, PlanCommand.Memento change) {
        return Sql.one(c, Dialect.of(c).insertReturningId("insert into history (uuid, at, who, description, change) "
                + "values (?, ?, ?, ?, ?)"), rs -> rs.getLong(1),
                entry.id(), entry.at().atOffset(ZoneOffset.UTC), entry.who(), entry.description(),
                Mementos.change(change)).orElseThrow();
    }

    @Override
    public void insertHistoryEntry(HistoryEntry entry) {
        Sql.update(c, "insert into history (uuid, at, who, description, change) values (?, ?, ?, ?, ?)",
                entry.id(), entry.at().atOffset(ZoneOffset.UTC),
                entry.who(), entry.description(), entry.change());
    }

    @Override
    public void deleteHistoryEntry(UUID id) {
        Sql.update(c, "delete from history where uuid = ?", id);
    }

    @Override
    public long historyMark() {
        return Sql.one(c, "select coalesce(max(id), 0) from history", rs -> rs.getLong(1)).orElse(0L);
    }

    @Override
    public List<HistoryEntry> historySince(long mark) {
        return Sql.list(c, "select uuid, at, who, description, change from history where id > ? order by id",
                PlanRows::historyEntry, mark);
    }

    private static PlanColumn column(ResultSet rs) throws SQLException {
        return new PlanColumn(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                rs.getObject(4, Integer.class), rs.getInt(5));
    }

    private static Card card(ResultSet rs) throws SQLException {
        return new Card(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getObject(4, UUID.class), rs.getLong(5), rs.getString(6),
                rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getInt(8));
    }

    @Override
    public WorkshopRows workshop() {
        return new WorkshopRows(c);
    }

    @Override
    public ReviewRows reviews() {
        return new ReviewRows(c);
    }

    @Override
    public CardSourceRows cardSources() {
        return new CardSourceRows(c);
    }
}
