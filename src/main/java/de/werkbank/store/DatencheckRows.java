package de.werkbank.store;

import de.werkbank.datencheck.DataSource;
import de.werkbank.datencheck.IndicatorSummary;
import de.werkbank.datencheck.Observation;
import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The Datencheck's indicators, sources and values. */
public final class DatencheckRows {

    private final Connection c;

    DatencheckRows(Connection c) {
        this.c = c;
    }

    /** Every indicator with the years and the number of areas it has values for, by key. */
    public List<IndicatorSummary> indicators() {
        return Sql.list(c, "select i.indicator_key, i.name, i.unit, coalesce(min(v.stat_year), 0), coalesce(max(v.stat_year), 0), "
                        + "count(distinct v.area_id) from datencheck_indicator i "
                        + "left join datencheck_series v on v.indicator_id = i.id "
                        + "group by i.id, i.indicator_key, i.name, i.unit order by i.indicator_key",
                rs -> new IndicatorSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6)));
    }

    /**
     * The stored values of an indicator (missing ones included, with their mark), all areas and years,
     * in the order they were imported.
     */
    public List<Observation> values(String indicatorKey) {
        List<Observation> values = new ArrayList<>();
        Map<String, String> ageGroups = new HashMap<>();
        Sql.list(c, "select a.area_key, v.stat_year, v.cells, i.unit "
                        + "from datencheck_series v join datencheck_indicator i on i.id = v.indicator_id "
                        + "join area a on a.id = v.area_id where i.indicator_key = ? order by v.id",
                rs -> {
                    DatencheckCells.decode(rs.getString(1), indicatorKey, rs.getInt(2), rs.getString(4), rs.getString(3),
                            ageGroups, values::add);
                    return null;
                }, indicatorKey);
        return values;
    }

    /**
     * The same values as {@link #values(String)}, in the same order, the missing ones left out, handed to
     * {@code sink} straight from the stored text (no object per value).
     */
    public void values(String indicatorKey, de.werkbank.datencheck.ValueSink sink) {
        DatencheckCells.Labels labels = new DatencheckCells.Labels();
        Sql.list(c, "select a.area_key, v.stat_year, v.cells "
                        + "from datencheck_series v join datencheck_indicator i on i.id = v.indicator_id "
                        + "join area a on a.id = v.area_id where i.indicator_key = ? order by v.id",
                rs -> {
                    String area = rs.getString(1);
                    sink.areaYear(area, rs.getInt(2));
                    DatencheckCells.decode(area, rs.getString(3), labels, sink);
                    return null;
                }, indicatorKey);
    }

    /** The names of the sources (imports) that brought values, oldest first. */
    public List<String> sources() {
        return Sql.list(c, "select name from datencheck_source order by id", rs -> rs.getString(1));
    }

    /** The imports (data sets), oldest first, with the indicators and years of their values still held. */
    public List<DataSource> sourceDetails() {
        // the indicators' names apart: PostgreSQL has no listagg (distinct … within group)
        Map<Long, java.util.TreeSet<String>> indicatorNames = new HashMap<>();
        Sql.list(c, "select distinct v.source_id, i.name from datencheck_series v "
                + "join datencheck_indicator i on i.id = v.indicator_id", rs -> indicatorNames
                .computeIfAbsent(rs.getLong(1), k -> new java.util.TreeSet<>()).add(rs.getString(2)));
        return Sql.list(c, "select s.id, s.name, s.imported_at, s.value_count, "
                        + "coalesce(min(v.stat_year), 0), coalesce(max(v.stat_year), 0) from datencheck_source s "
                        + "left join datencheck_series v on v.source_id = s.id "
                        + "group by s.id, s.name, s.imported_at, s.value_count order by s.id",
                rs -> new DataSource(rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getInt(4),
                        List.copyOf(indicatorNames.getOrDefault(rs.getLong(1), new java.util.TreeSet<>())), rs.getInt(5),
                        rs.getInt(6)));
    }

    /**
     * Stores the values of one import as a source of their own; a new indicator key creates the
     * indicator (named by {@code names}). A new delivery replaces: whatever was stored for an area,
     * indicator and year the import brings (every age group and sex of it) is deleted first, so a
     * table in other age groups does not add to the old ones (ADR 0021). The areas must exist.
     */
    public void importValues(String sourceName, Instant at, List<Observation> values, Map<String, String> names) {
        UUID source = UUID.randomUUID();
        Sql.update(c, "insert into datencheck_source (uuid, name, imported_at, value_count) values (?, ?, ?, ?)",
                source, sourceName, at.atOffset(ZoneOffset.UTC), values.size());
        long sourceKey = Sql.one(c, "select id from datencheck_source where uuid = ?", rs -> rs.getLong(1), source)
                .orElseThrow();
        Map<String, String> units = new HashMap<>();
        values.forEach(v -> units.putIfAbsent(v.indicatorKey(), v.unit()));
        units.forEach((key, unit) -> Sql.update(c, "insert into datencheck_indicator (uuid, indicator_key, name, unit) "
                + "select ?, ?, ?, ? where not exists (select 1 from datencheck_indicator where indicator_key = ?)",
                UUID.randomUUID(), key, names.getOrDefault(key, key), unit, key));
        Map<String, Long> indicators = new HashMap<>();
        Sql.list(c, "select indicator_key, id from datencheck_indicator",
                rs -> indicators.put(rs.getString(1), rs.getLong(2)));
        Map<String, Long> areas = new HashMap<>();
        Sql.list(c, "select area_key, id from area", rs -> areas.put(rs.getString(1), rs.getLong(2)));
        // one row per area, indicator and year (ADR 33); a new delivery replaces every row of those, whichever
        // source brought it, and a file holds each value once (the readers refuse duplicates)
        Map<String, List<Observation>> series = new LinkedHashMap<>();
        for (Observation v : values) {
            series.computeIfAbsent(v.indicatorKey() + '|' + v.areaKey() + '|' + v.year(), k -> new ArrayList<>()).add(v);
        }
        List<Object[]> replaced = new ArrayList<>(series.size());
        List<Object[]> rows = new ArrayList<>(series.size());
        for (List<Observation> cells : series.values()) {
            Observation first = cells.get(0);
            Long indicator = indicators.get(first.indicatorKey());
            Long area = areas.get(first.areaKey());
            replaced.add(new Object[] {indicator, area, first.year()});
            rows.add(new Object[] {sourceKey, area, indicator, first.year(), DatencheckCells.encode(cells)});
        }
        Sql.batch(c, "delete from datencheck_series where indicator_id = ? and area_id = ? and stat_year = ?", replaced);
        Sql.insertAll(c, "insert into datencheck_series (source_id, area_id, indicator_id, stat_year, cells) "
                + "values (?, ?, ?, ?, ?)", rows);
    }
}
