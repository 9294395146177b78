package de.werkbank.store;

import de.werkbank.geo.StoredBoundary;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The areas' boundaries (WKB in WGS84) and the imports they came from. */
public final class BoundaryRows {

    private final Connection c;

    BoundaryRows(Connection c) {
        this.c = c;
    }

    /** Every stored boundary with its source line, by area key. */
    public List<StoredBoundary> all() {
        return Sql.list(c, "select a.area_key, g.wkb, s.source_line from area_geometry g join area a on a.id = g.area_id "
                        + "join boundary_source s on s.id = g.source_id order by a.area_key",
                rs -> new StoredBoundary(rs.getString(1), rs.getBytes(2), rs.getString(3)));
    }

    /** Whether any of the areas (by key) has a boundary already, which an import would replace. */
    public boolean anyStored(java.util.Collection<String> areaKeys) {
        java.util.Set<String> stored = new java.util.HashSet<>(Sql.list(c,
                "select a.area_key from area_geometry g join area a on a.id = g.area_id", rs -> rs.getString(1)));
        return areaKeys.stream().anyMatch(stored::contains);
    }

    /**
     * Stores the boundaries of one import as a source of its own, replacing an area's earlier boundary.
     * The areas must exist.
     *
     * @param wkb the geometry by area key
     */
    public void store(String fileName, String sourceLine, String crs, Instant at, Map<String, byte[]> wkb) {
        UUID source = UUID.randomUUID();
        Sql.update(c, "insert into boundary_source (uuid, file_name, source_line, crs, imported_at) values (?, ?, ?, ?, ?)",
                source, fileName, sourceLine, crs, at.atOffset(ZoneOffset.UTC));
        long sourceId = Sql.one(c, "select id from boundary_source where uuid = ?", rs -> rs.getLong(1), source).orElseThrow();
        Map<String, Long> areas = new HashMap<>();
        Sql.list(c, "select area_key, id from area", rs -> areas.put(rs.getString(1), rs.getLong(2)));
        java.util.Set<Long> withGeometry = new java.util.HashSet<>(
                Sql.list(c, "select area_id from area_geometry", rs -> rs.getLong(1)));
        List<Object[]> inserts = new ArrayList<>(wkb.size());
        List<Object[]> updates = new ArrayList<>();
        wkb.forEach((key, bytes) -> {
            long area = areas.get(key);
            if (withGeometry.contains(area)) {
                updates.add(new Object[] {sourceId, bytes, area});
            } else {
                inserts.add(new Object[] {area, sourceId, bytes});
            }
        });
        Sql.batch(c, "update area_geometry set source_id = ?, wkb = ? where area_id = ?", updates);
        Sql.batch(c, "insert into area_geometry (area_id, source_id, wkb) values (?, ?, ?)", inserts);
    }
}
