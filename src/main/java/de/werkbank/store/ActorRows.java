package de.werkbank.store;

import de.werkbank.sheet.Actor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** The registry of offices and people. */
public final class ActorRows {

    private final Connection c;

    ActorRows(Connection c) {
        this.c = c;
    }

    /** Offices first, then people, each by name. */
    public List<Actor> all() {
        return Sql.list(c, "select a.uuid, a.kind, a.name, a.short_name, o.uuid, a.role from actor a "
                + "left join actor o on o.id = a.office_id order by a.kind, a.name", ActorRows::actor);
    }

    /** Adds the actor unless one of its kind and name exists; a person's office must be there first. */
    public boolean addIfAbsent(Actor a) {
        return Sql.update(c, "insert into actor (uuid, kind, name, short_name, office_id, role) "
                        + "select ?, ?, ?, ?, (select id from actor where uuid = ?), ? "
                        + "where not exists (select 1 from actor where kind = ? and name = ?)",
                a.id(), a.kind().name(), a.name(), a.shortName(), a.office(), a.role(), a.kind().name(), a.name()) > 0;
    }

    public void delete(UUID id) {
        Sql.update(c, "delete from actor where uuid = ?", id);
    }

    private static Actor actor(ResultSet rs) throws SQLException {
        return new Actor(rs.getObject(1, UUID.class), Actor.Kind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6));
    }
}
