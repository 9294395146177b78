package de.werkbank.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.datencheck.DataSource;
import de.werkbank.datencheck.IndicatorSummary;
import de.werkbank.datencheck.Observation;
import de.werkbank.datencheck.Sex;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A store of schema 17 kept a row per Datencheck value; schema 22 keeps a row per source, area, indicator
 * and year (ADR 33). Every value, mark and source of an older store comes through, on H2 and PostgreSQL,
 * and a new delivery then replaces what the old sources held.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestStores.Kind.class)
class DatencheckSeriesMigrationTest {

    private static final Instant AT = Instant.parse("2020-05-04T10:00:00Z");

    @TempDir
    Path dir;

    @Parameter
    TestStores.Kind kind;

    private StoreLocation location;

    @AfterEach
    void drop() {
        if (location != null) {
            TestStores.drop(location);
        }
    }

    @Test
    void everyValueOfAnOlderStoreIsKept() throws SQLException {
        StoreLocation at = TestStores.fresh(kind, dir);
        // an embedded store of those days had no password of its own yet (it gets one when Werkbank opens it)
        location = at.isShared() ? at : new StoreLocation(at.dir(), at.jdbcUrl(), "sa", "");
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password())) {
            Schema.bringUpToDate(c, location, 17, "classpath:db/migration");
            fillAsSchema17(c);
        }
        location = at;

        try (Store store = Store.open(location)) {
            assertThat(store.schemaVersion()).isEqualTo(22);
            assertThat(store.values("bevoelkerung")).containsExactlyInAnyOrder(
                    value("05358008", 2019, "0-4", Sex.M, "120.0000", null),
                    value("05358008", 2019, "0-4", Sex.W, "115.5000", null),
                    value("05358008", 2019, "", Sex.INSGESAMT, null, "."),
                    // brought by the second source to the same area and year before deliveries replaced
                    value("05358008", 2019, "5-9", Sex.M, "130.0000", null),
                    value("05358008", 2020, "0-4", Sex.M, "118.0000", null),
                    value("05358012", 2019, "tab\tback\\slash", Sex.D, "0.0001", null));
            assertThat(store.values("ehrenamt")).containsExactly(
                    new Observation("05358012", "ehrenamt", 2020, "", Sex.INSGESAMT, new BigDecimal("31.2500"), null, "%"));
            assertThat(store.indicators()).extracting(IndicatorSummary::key, IndicatorSummary::firstYear,
                            IndicatorSummary::lastYear, IndicatorSummary::areas)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("bevoelkerung", 2019, 2020, 2),
                            org.assertj.core.groups.Tuple.tuple("ehrenamt", 2020, 2020, 1));
            List<DataSource> sources = store.transaction(tx -> tx.datencheck().sourceDetails());
            assertThat(sources)
                    .extracting(DataSource::name, DataSource::indicators)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("alt.csv", List.of("Bevölkerung", "Ehrenamt")),
                            org.assertj.core.groups.Tuple.tuple("nachtrag.csv", List.of("Bevölkerung")));

            // a new delivery for 2019 replaces what both old sources held for that area and year
            store.transaction(tx -> {
                tx.datencheck().importValues("neu.csv", AT, List.of(
                        value("05358008", 2019, "", Sex.INSGESAMT, "250.0000", null)), Map.of());
                return null;
            });
            assertThat(store.values("bevoelkerung")).containsExactlyInAnyOrder(
                    value("05358008", 2019, "", Sex.INSGESAMT, "250.0000", null),
                    value("05358008", 2020, "0-4", Sex.M, "118.0000", null),
                    value("05358012", 2019, "tab\tback\\slash", Sex.D, "0.0001", null));
        }
    }

    private static Observation value(String area, int year, String ageGroup, Sex sex, String amount, String mark) {
        return new Observation(area, "bevoelkerung", year, ageGroup, sex, amount == null ? null : new BigDecimal(amount),
                mark, "Personen");
    }

    private static void fillAsSchema17(Connection c) throws SQLException {
        // ids as the database hands them out (an explicit id would not advance PostgreSQL's identity)
        update(c, "insert into area (uuid, area_key, name, level) values (?, '05358008', 'Düren', 'KOMMUNE')",
                UUID.randomUUID());
        update(c, "insert into area (uuid, area_key, name, level) values (?, '05358012', 'Jülich', 'KOMMUNE')",
                UUID.randomUUID());
        update(c, "insert into datencheck_indicator (uuid, indicator_key, name, unit) "
                + "values (?, 'bevoelkerung', 'Bevölkerung', 'Personen')", UUID.randomUUID());
        update(c, "insert into datencheck_indicator (uuid, indicator_key, name, unit) "
                + "values (?, 'ehrenamt', 'Ehrenamt', '%')", UUID.randomUUID());
        update(c, "insert into datencheck_source (uuid, name, imported_at, value_count) "
                + "values (?, 'alt.csv', timestamp with time zone '2019-03-01 10:00:00+00', 6)", UUID.randomUUID());
        update(c, "insert into datencheck_source (uuid, name, imported_at, value_count) "
                + "values (?, 'nachtrag.csv', timestamp with time zone '2019-04-01 10:00:00+00', 1)", UUID.randomUUID());
        String insert = "insert into datencheck_value (source_id, area_id, indicator_id, stat_year, age_group, sex, amount, "
                + "mark) select s.id, a.id, i.id, cast(? as int), cast(? as varchar(20)), cast(? as varchar(10)), "
                + "cast(? as decimal(20, 4)), cast(? as varchar(4)) from datencheck_source s, area a, datencheck_indicator i "
                + "where s.name = ? and a.area_key = ? and i.indicator_key = ?";
        update(c, insert, 2019, "0-4", "m", new BigDecimal("120"), null, "alt.csv", "05358008", "bevoelkerung");
        update(c, insert, 2019, "0-4", "w", new BigDecimal("115.5"), null, "alt.csv", "05358008", "bevoelkerung");
        update(c, insert, 2019, "", "insgesamt", null, ".", "alt.csv", "05358008", "bevoelkerung");
        update(c, insert, 2019, "5-9", "m", new BigDecimal("130"), null, "nachtrag.csv", "05358008", "bevoelkerung");
        update(c, insert, 2020, "0-4", "m", new BigDecimal("118"), null, "alt.csv", "05358008", "bevoelkerung");
        update(c, insert, 2019, "tab\tback\\slash", "d", new BigDecimal("0.0001"), null, "alt.csv", "05358012",
                "bevoelkerung");
        update(c, insert, 2020, "", "insgesamt", new BigDecimal("31.25"), null, "alt.csv", "05358012", "ehrenamt");
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
