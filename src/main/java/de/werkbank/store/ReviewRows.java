package de.werkbank.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.werkbank.plan.PlanConflictException;
import de.werkbank.review.Assessment;
import de.werkbank.review.Decision;
import de.werkbank.review.FrozenIndicator;
import de.werkbank.review.Review;
import de.werkbank.review.ReviewEntry;
import de.werkbank.review.ReviewWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The plan's reviews with their entries; every write checks the row's version. */
public final class ReviewRows implements ReviewWriter {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final TypeReference<List<FrozenIndicator>> INDICATORS = new TypeReference<>() { };
    private static final String REVIEW_COLUMNS = "select id, uuid, title, review_date, state, version from review ";
    private static final String ENTRY_COLUMNS = "select review_id, card, title, field_key, column_uuid, column_name, "
            + "steps_done, steps_total, indicators, assessment, helped, blocked, next_steps, decision, version "
            + "from review_entry ";

    private final Connection c;

    ReviewRows(Connection c) {
        this.c = c;
    }

    /** Removes every review (before a snapshot replaces the plan). */
    void clear() {
        Sql.update(c, "delete from review_entry");
        Sql.update(c, "delete from review");
    }

    /** Stores reviews as a snapshot has them; the plan is there already. */
    void insert(List<Review> reviews) {
        reviews.forEach(this::insertReview);
    }

    @Override
    public List<Review> reviews() {
        Map<Long, List<ReviewEntry>> entries = new HashMap<>();
        Sql.list(c, ENTRY_COLUMNS + "order by review_id, position",
                rs -> entries.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(entry(rs)));
        return Sql.list(c, REVIEW_COLUMNS + "order by review_date, id",
                rs -> review(rs, entries.getOrDefault(rs.getLong(1), List.of())));
    }

    @Override
    public Optional<Review> review(UUID id) {
        return Sql.one(c, REVIEW_COLUMNS + "where uuid = ?", rs -> review(rs, Sql.list(c,
                ENTRY_COLUMNS + "where review_id = ? order by position", ReviewRows::entry, rs.getLong(1))), id);
    }

    private static Review review(ResultSet rs, List<ReviewEntry> entries) throws SQLException {
        return new Review(rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, LocalDate.class),
                Review.State.valueOf(rs.getString(5)), entries, rs.getInt(6));
    }

    private static ReviewEntry entry(ResultSet rs) throws SQLException {
        String assessment = rs.getString(10);
        String decision = rs.getString(14);
        return new ReviewEntry(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getObject(5, UUID.class), rs.getString(6), rs.getInt(7), rs.getInt(8), indicators(rs.getString(9)),
                assessment == null ? null : Assessment.valueOf(assessment), rs.getString(11), rs.getString(12),
                rs.getString(13), decision == null ? null : Decision.valueOf(decision), rs.getInt(15));
    }

    private static List<FrozenIndicator> indicators(String json) {
        try {
            return JSON.readValue(json, INDICATORS);
        } catch (JsonProcessingException e) {
            throw new StoreException(e, "store.reviewUnreadable");
        }
    }

    private static String json(List<FrozenIndicator> indicators) {
        try {
            return JSON.writeValueAsString(indicators);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("indicators not writable", e);
        }
    }

    @Override
    public void insertReview(Review r) {
        if (Sql.update(c, "insert into review (uuid, plan_id, title, review_date, state) select ?, id, ?, ?, ? from plan",
                r.id(), r.title(), r.date(), r.state().name()) != 1) {
            throw new PlanConflictException(r.title());
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < r.entries().size(); i++) {
            ReviewEntry e = r.entries().get(i);
            rows.add(new Object[] {i, e.card(), e.title(), e.handlungsfeld(), e.column(), e.columnName(), e.stepsDone(),
                e.stepsTotal(), json(e.indicators()), name(e.assessment()), e.helped(), e.blocked(), e.nextSteps(),
                name(e.decision()), r.id()});
        }
        Sql.batch(c, "insert into review_entry (review_id, position, card, title, field_key, column_uuid, column_name, "
                + "steps_done, steps_total, indicators, assessment, helped, blocked, next_steps, decision) "
                + "select id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from review where uuid = ?", rows);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    @Override
    public void deleteReview(UUID id) {
        Sql.update(c, "delete from review_entry where review_id = (select id from review where uuid = ?)", id);
        Sql.update(c, "delete from review where uuid = ?", id);
    }

    @Override
    public ReviewEntry updateEntry(UUID review, ReviewEntry e) {
        int rows = Sql.update(c, "update review_entry set assessment = ?, helped = ?, blocked = ?, next_steps = ?, "
                        + "decision = ?, version = version + 1 where card = ? and version = ? "
                        + "and review_id = (select id from review where uuid = ?)",
                name(e.assessment()), e.helped(), e.blocked(), e.nextSteps(), name(e.decision()), e.card(), e.version(),
                review);
        if (rows != 1) {
            throw new PlanConflictException(e.title());
        }
        return e.withVersion(e.version() + 1);
    }

    @Override
    public Review updateState(Review r) {
        if (Sql.update(c, "update review set state = ?, version = version + 1 where uuid = ? and version = ?",
                r.state().name(), r.id(), r.version()) != 1) {
            throw new PlanConflictException(r.title());
        }
        return new Review(r.id(), r.title(), r.date(), r.state(), r.entries(), r.version() + 1);
    }
}
