package de.werkbank.store;

import de.werkbank.area.Area;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;

/** The areas table: Kreis, Kommunen, Orts-/Stadtteile. */
public final class AreaRows {

    private final Connection c;

    AreaRows(Connection c) {
        this.c = c;
    }

    public List<Area> all() {
        return Sql.list(c, "select a.uuid, a.area_key, a.name, a.level, p.area_key from area a "
                        + "left join area p on p.id = a.parent_id order by a.area_key",
                rs -> new Area(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Area.Level.valueOf(rs.getString(4)), rs.getString(5)));
    }

    /** Adds new areas in one batch, parents before their children; their keys must be new. */
    public void addAll(List<Area> areas) {
        List<Object[]> rows = new java.util.ArrayList<>(areas.size());
        for (Area a : areas) {
            rows.add(new Object[] {a.id(), a.key(), a.name(), a.level().name(), a.parentKey()});
        }
        Sql.batch(c, "insert into area (uuid, area_key, name, level, parent_id) "
                + "values (?, ?, ?, ?, (select id from area where area_key = ?))", rows);
    }

    /** Adds the area unless one with its key exists (its parent must be there first). */
    public boolean addIfAbsent(Area a) {
        return Sql.update(c, "insert into area (uuid, area_key, name, level, parent_id) "
                        + "select ?, ?, ?, ?, (select id from area where area_key = ?) "
                        + "where not exists (select 1 from area where area_key = ?)",
                a.id(), a.key(), a.name(), a.level().name(), a.parentKey(), a.key()) > 0;
    }
}
