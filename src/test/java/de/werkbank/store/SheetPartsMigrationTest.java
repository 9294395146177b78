package de.werkbank.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.plan.HistoryEntry;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.StepStatus;
import de.werkbank.sheet.Werkzeugblatt;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store of schema 9 kept steps and indicators in tables of their own; schema 10 keeps them in the sheet. */
class SheetPartsMigrationTest {

    private static final UUID CARD = UUID.randomUUID();
    private static final UUID PERSON = UUID.randomUUID();
    private static final UUID FIRST = UUID.randomUUID();
    private static final UUID SECOND = UUID.randomUUID();
    private static final UUID INDICATOR = UUID.randomUUID();
    private static final UUID ENTRY = UUID.randomUUID();

    @TempDir
    Path dir;

    @Test
    void stepsIndicatorsAndHistoryOfAnOlderStoreAreKeptWhole() throws SQLException {
        StoreLocation location = StoreLocation.in(dir);
        // a store of those days: no password of its own yet (it gets one when Werkbank opens it)
        StoreLocation old = new StoreLocation(location.dir(), location.jdbcUrl(), "sa", "");
        try (Connection c = DriverManager.getConnection(old.jdbcUrl(), old.user(), old.password())) {
            Schema.bringUpToDate(c, old, 9, "classpath:db/migration");
            fillAsSchema9(c);
        }

        try (Store store = Store.open(location)) {
            Werkzeugblatt sheet = store.sheet(CARD);
            assertThat(sheet.version()).isEqualTo(3);
            assertThat(sheet.steps()).containsExactly(
                    new Step(FIRST, "Räume anfragen", PERSON, "Schulamt", LocalDate.of(2027, 3, 1), StepStatus.DONE,
                            "zugesagt"),
                    new Step(SECOND, "Einladung „Lernpaten“ verschicken", null, "", null, StepStatus.OPEN, ""));
            assertThat(sheet.indicators()).containsExactly(new Indicator(INDICATOR, "Teilnehmende", "Personen",
                    new BigDecimal("12.5"), new BigDecimal("40"), LocalDate.of(2028, 1, 1)));
            assertThat(store.sheetOutline(CARD).steps()).extracting(Step::id).containsExactly(FIRST, SECOND);
            assertThat(store.history()).extracting(HistoryEntry::id).containsExactly(ENTRY);
        }
    }

    private static void fillAsSchema9(Connection c) throws SQLException {
        update(c, "insert into handlungsfeld (id, uuid, field_key, short_name, title, colour, position) "
                + "values (1, random_uuid(), 'BILDUNG', 'Bildung', 'Bildung', '#1F6FD0', 0)");
        update(c, "insert into werkzeug (id, uuid, code, title, description, handlungsfeld_id, kind, target_groups, "
                + "lead_office, tags) values (1, random_uuid(), 'W-001', 'Lernpaten', '', 1, 'GREEN', array[], '', array[])");
        update(c, "insert into plan (id, uuid, name) values (1, random_uuid(), 'Werkstattplan')");
        update(c, "insert into plan_column (id, uuid, plan_id, name, position) values (1, random_uuid(), 1, 'In Planung', 0)");
        update(c, "insert into card (id, uuid, plan_id, column_id, werkzeug_id, handlungsfeld_id, title, position, "
                + "created_at) values (1, ?, 1, 1, 1, 1, 'Lernpaten', 1, current_timestamp)", CARD);
        update(c, "insert into actor (id, uuid, kind, name) values (1, ?, 'PERSON', 'Julia Hoffmann')", PERSON);
        update(c, "insert into sheet (card_id, goal, target_groups, partners, version) "
                + "values (1, 'Mehr Lernpaten', array[], array[], 3)");
        // stored out of order: the position decides
        update(c, "insert into step (uuid, card_id, position, text, who_id, with_whom, due, status, note) "
                + "values (?, 1, 1, 'Einladung „Lernpaten“ verschicken', null, '', null, 'OPEN', '')", SECOND);
        update(c, "insert into step (uuid, card_id, position, text, who_id, with_whom, due, status, note) "
                + "values (?, 1, 0, 'Räume anfragen', 1, 'Schulamt', date '2027-03-01', 'DONE', 'zugesagt')", FIRST);
        update(c, "insert into indicator (uuid, card_id, position, name, unit, baseline, target, target_date) "
                + "values (?, 1, 0, 'Teilnehmende', 'Personen', 12.5, 40, date '2028-01-01')", INDICATOR);
        update(c, "insert into history (uuid, plan_id, at, who, description) "
                + "values (?, 1, current_timestamp, 'Koordination', 'Werkzeugblatt bearbeitet')", ENTRY);
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
