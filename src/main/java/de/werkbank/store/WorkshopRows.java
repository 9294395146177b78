package de.werkbank.store;

import de.werkbank.plan.PlanConflictException;
import de.werkbank.workshop.MatrixPosition;
import de.werkbank.workshop.VoteRound;
import de.werkbank.workshop.Workshop;
import de.werkbank.workshop.WorkshopWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The plan's vote rounds with their votes, and the cards' places on the value/effort matrix. */
public final class WorkshopRows implements WorkshopWriter {

    private static final String ROUND_COLUMNS = "select id, uuid, title, subject, field_key, votes_per_participant, "
            + "max_per_item, participants, created_by, created_at, revealed from vote_round ";
    private static final String MATRIX_COLUMNS = "select c.uuid, m.nutzen, m.aufwand from matrix_position m "
            + "join card c on c.id = m.card_id ";

    private final Connection c;

    WorkshopRows(Connection c) {
        this.c = c;
    }

    /** Everything at once, for snapshots. */
    public Workshop read() {
        return new Workshop(voteRounds(), Sql.list(c, MATRIX_COLUMNS + "order by m.id", WorkshopRows::position));
    }

    /** Removes all rounds and places (before a snapshot replaces the plan). */
    void clear() {
        Sql.update(c, "delete from vote");
        Sql.update(c, "delete from vote_round");
        Sql.update(c, "delete from matrix_position");
    }

    /** Stores rounds and places as a snapshot has them; the plan and its cards are there already. */
    void insert(Workshop workshop) {
        workshop.voteRounds().forEach(this::insertVoteRound);
        workshop.matrix().forEach(this::placeOnMatrix);
    }

    @Override
    public List<VoteRound> voteRounds() {
        Map<Long, List<VoteRound.Vote>> votes = new HashMap<>();
        Sql.list(c, "select round_id, participant, item, votes from vote order by id", rs -> votes
                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new VoteRound.Vote(rs.getString(2), rs.getObject(3, UUID.class), rs.getInt(4))));
        return Sql.list(c, ROUND_COLUMNS + "order by created_at, id",
                rs -> round(rs, votes.getOrDefault(rs.getLong(1), List.of())));
    }

    /**
     * The round as stored, its row locked until the transaction ends: a command reads the votes and
     * writes them back whole, so a second writer (another laptop in the workshop, ADR 24) waits and then
     * reads the votes with the first one's in them — every laptop's votes count, none is lost.
     */
    @Override
    public Optional<VoteRound> voteRound(UUID id) {
        return Sql.one(c, ROUND_COLUMNS + "where uuid = ? for update", rs -> round(rs, votes(rs.getLong(1))), id);
    }

    private List<VoteRound.Vote> votes(long round) {
        return Sql.list(c, "select participant, item, votes from vote where round_id = ? order by id",
                rs -> new VoteRound.Vote(rs.getString(1), rs.getObject(2, UUID.class), rs.getInt(3)), round);
    }

    private static VoteRound round(ResultSet rs, List<VoteRound.Vote> votes) throws SQLException {
        return new VoteRound(rs.getObject(2, UUID.class), rs.getString(3), VoteRound.Subject.valueOf(rs.getString(4)),
                rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getString(9),
                rs.getObject(10, OffsetDateTime.class).toInstant(), rs.getBoolean(11), votes);
    }

    @Override
    public void insertVoteRound(VoteRound r) {
        int rows = Sql.update(c, "insert into vote_round (uuid, plan_id, title, subject, field_key, votes_per_participant, "
                        + "max_per_item, participants, created_by, created_at, revealed) "
                        + "select ?, id, ?, ?, ?, ?, ?, ?, ?, ?, ? from plan",
                r.id(), r.title(), r.subject().name(), r.handlungsfeld(), r.votesPerParticipant(), r.maxPerItem(),
                r.participants(), r.createdBy(), r.createdAt().atOffset(ZoneOffset.UTC), r.revealed());
        if (rows != 1) {
            throw new PlanConflictException(r.title());
        }
        insertVotes(r);
    }

    private void insertVotes(VoteRound r) {
        List<Object[]> rows = new ArrayList<>();
        for (VoteRound.Vote v : r.votes()) {
            rows.add(new Object[] {r.id(), v.participant(), v.item(), v.count()});
        }
        Sql.batch(c, "insert into vote (round_id, participant, item, votes) "
                + "select id, ?, ?, ? from vote_round where uuid = ?", reorder(rows));
    }

    /** The round's uuid goes last in the insert's parameters. */
    private static List<Object[]> reorder(List<Object[]> rows) {
        return rows.stream().map(r -> new Object[] {r[1], r[2], r[3], r[0]}).toList();
    }

    @Override
    public void deleteVoteRound(UUID id) {
        Sql.update(c, "delete from vote where round_id = (select id from vote_round where uuid = ?)", id);
        Sql.update(c, "delete from vote_round where uuid = ?", id);
    }

    @Override
    public void updateVoteRound(VoteRound r) {
        if (Sql.update(c, "update vote_round set revealed = ?, version = version + 1 where uuid = ?",
                r.revealed(), r.id()) != 1) {
            throw new PlanConflictException(r.title());
        }
        Sql.update(c, "delete from vote where round_id = (select id from vote_round where uuid = ?)", r.id());
        insertVotes(r);
    }

    @Override
    public List<MatrixPosition> matrix() {
        return Sql.list(c, MATRIX_COLUMNS + "where not c.archived order by m.id", WorkshopRows::position);
    }

    @Override
    public Optional<MatrixPosition> matrixPosition(UUID card) {
        return Sql.one(c, MATRIX_COLUMNS + "where c.uuid = ?", WorkshopRows::position, card);
    }

    private static MatrixPosition position(ResultSet rs) throws SQLException {
        return new MatrixPosition(rs.getObject(1, UUID.class), rs.getDouble(2), rs.getDouble(3));
    }

    @Override
    public void placeOnMatrix(MatrixPosition p) {
        int updated = Sql.update(c, "update matrix_position set nutzen = ?, aufwand = ?, version = version + 1 "
                + "where card_id = (select id from card where uuid = ?)", p.nutzen(), p.aufwand(), p.card());
        if (updated == 0 && Sql.update(c, "insert into matrix_position (card_id, nutzen, aufwand) "
                + "select id, ?, ? from card where uuid = ?", p.nutzen(), p.aufwand(), p.card()) != 1) {
            throw new PlanConflictException(String.valueOf(p.card()));
        }
    }

    @Override
    public void removeFromMatrix(UUID card) {
        Sql.update(c, "delete from matrix_position where card_id = (select id from card where uuid = ?)", card);
    }
}
