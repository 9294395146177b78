package de.werkbank.store;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.CatalogueWriter;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.plan.PlanConflictException;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The Handlungsfelder, Zukunftsbilder and Werkzeuge tables, and the catalogue's version. */
public final class CatalogueRows implements CatalogueWriter {

    private final Connection c;

    CatalogueRows(Connection c) {
        this.c = c;
    }

    @Override
    public Catalogue load() {
        List<Handlungsfeld> fields = Sql.list(c,
                "select uuid, field_key, short_name, title, colour, position from handlungsfeld",
                rs -> new Handlungsfeld(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6)));
        Map<String, String> visions = new HashMap<>();
        Sql.list(c, "select h.field_key, z.text from zukunftsbild z join handlungsfeld h on h.id = z.handlungsfeld_id",
                rs -> visions.put(rs.getString(1), rs.getString(2)));
        List<Werkzeug> tools = Sql.list(c,
                "select w.uuid, w.code, w.title, w.description, h.field_key, w.kind, w.target_groups, w.lead_office, w.tags, "
                        + "w.retired from werkzeug w join handlungsfeld h on h.id = w.handlungsfeld_id",
                rs -> new Werkzeug(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Kind.valueOf(rs.getString(6)), Sql.strings(rs, "target_groups"),
                        rs.getString(8), Sql.strings(rs, "tags"), rs.getBoolean(10)));
        return new Catalogue(fields, visions, tools);
    }

    /** Adds the Handlungsfeld unless one with its key exists; returns whether it was added. */
    public boolean addHandlungsfeldIfAbsent(Handlungsfeld h) {
        return Sql.update(c, "insert into handlungsfeld (uuid, field_key, short_name, title, colour, position) "
                        + "select ?, ?, ?, ?, ?, ? where not exists (select 1 from handlungsfeld where field_key = ?)",
                h.id(), h.key(), h.shortName(), h.title(), h.colour(), h.position(), h.key()) > 0;
    }

    /** Sets the field's Zukunftsbild unless it has one; returns whether it was set. */
    public boolean addZukunftsbildIfAbsent(String handlungsfeldKey, String text) {
        return Sql.update(c, "insert into zukunftsbild (uuid, handlungsfeld_id, text) "
                        + "select ?, h.id, ? from handlungsfeld h where h.field_key = ? "
                        + "and not exists (select 1 from zukunftsbild z where z.handlungsfeld_id = h.id)",
                UUID.randomUUID(), text, handlungsfeldKey) > 0;
    }

    /** Adds the tool unless one with its code exists; returns whether it was added. */
    public boolean addWerkzeugIfAbsent(Werkzeug w) {
        return Sql.update(c, "insert into werkzeug (uuid, code, title, description, handlungsfeld_id, kind, "
                        + "target_groups, lead_office, tags) "
                        + "select ?, ?, ?, ?, h.id, ?, ?, ?, ? from handlungsfeld h where h.field_key = ? "
                        + "and not exists (select 1 from werkzeug where code = ?)",
                w.id(), w.code(), w.title(), w.description(), w.kind().name(), Sql.array(c, w.targetGroups()),
                w.leadOffice(), Sql.array(c, w.tags()), w.handlungsfeld(), w.code()) > 0;
    }

    @Override
    public void insertWerkzeug(Werkzeug w) {
        int rows = Sql.update(c, "insert into werkzeug (uuid, code, title, description, handlungsfeld_id, kind, "
                        + "target_groups, lead_office, tags, retired) "
                        + "select ?, ?, ?, ?, h.id, ?, ?, ?, ?, ? from handlungsfeld h where h.field_key = ?",
                w.id(), w.code(), w.title(), w.description(), w.kind().name(), Sql.array(c, w.targetGroups()),
                w.leadOffice(), Sql.array(c, w.tags()), w.retired(), w.handlungsfeld());
        if (rows != 1) {
            throw new StoreException("store.sqlError", "werkzeug " + w.code());
        }
    }

    @Override
    public Map<UUID, Integer> werkzeugVersions() {
        Map<UUID, Integer> versions = new HashMap<>();
        Sql.list(c, "select uuid, version from werkzeug", rs -> versions.put(rs.getObject(1, UUID.class), rs.getInt(2)));
        return versions;
    }

    @Override
    public void updateWerkzeug(Werkzeug w, int expectedVersion) {
        int rows = Sql.update(c, "update werkzeug set code = ?, title = ?, description = ?, "
                        + "handlungsfeld_id = (select id from handlungsfeld where field_key = ?), kind = ?, "
                        + "target_groups = ?, lead_office = ?, tags = ?, retired = ?, version = version + 1 "
                        + "where uuid = ? and version = ?",
                w.code(), w.title(), w.description(), w.handlungsfeld(), w.kind().name(), Sql.array(c, w.targetGroups()),
                w.leadOffice(), Sql.array(c, w.tags()), w.retired(), w.id(), expectedVersion);
        if (rows != 1) {
            throw PlanConflictException.werkzeug(w.code());
        }
    }

    @Override
    public void deleteWerkzeug(Werkzeug w, int expectedVersion) {
        if (Sql.update(c, "delete from werkzeug where uuid = ? and version = ?", w.id(), expectedVersion) != 1) {
            throw PlanConflictException.werkzeug(w.code());
        }
    }

    @Override
    public int cardsUsing(UUID tool) {
        return Sql.one(c, "select count(*) from card where werkzeug_id = (select id from werkzeug where uuid = ?)",
                rs -> rs.getInt(1), tool).orElse(0);
    }

    @Override
    public Map<String, FieldVersions> handlungsfeldVersions() {
        Map<String, FieldVersions> versions = new HashMap<>();
        Sql.list(c, "select h.field_key, h.version, coalesce(z.version, 0) from handlungsfeld h "
                        + "left join zukunftsbild z on z.handlungsfeld_id = h.id",
                rs -> versions.put(rs.getString(1), new FieldVersions(rs.getInt(2), rs.getInt(3))));
        return versions;
    }

    @Override
    public void updateHandlungsfeld(Handlungsfeld h, int expectedVersion) {
        int rows = Sql.update(c, "update handlungsfeld set short_name = ?, title = ?, colour = ?, version = version + 1 "
                + "where field_key = ? and version = ?", h.shortName(), h.title(), h.colour(), h.key(), expectedVersion);
        if (rows != 1) {
            throw PlanConflictException.handlungsfeld(h.shortName());
        }
    }

    @Override
    public void setZukunftsbild(Handlungsfeld field, String text, int expectedVersion) {
        int rows = Sql.update(c, "update zukunftsbild set text = ?, version = version + 1 "
                        + "where handlungsfeld_id = (select id from handlungsfeld where field_key = ?) and version = ?",
                text, field.key(), expectedVersion);
        if (rows == 1) {
            return;
        }
        boolean none = expectedVersion == 0 && Sql.one(c, "select count(*) from zukunftsbild z join handlungsfeld h "
                + "on h.id = z.handlungsfeld_id where h.field_key = ?", rs -> rs.getInt(1), field.key()).orElse(0) == 0;
        if (!none || !text.isEmpty() && !addZukunftsbildIfAbsent(field.key(), text)) {
            throw PlanConflictException.handlungsfeld(field.shortName());
        }
    }

    @Override
    public int version() {
        return Sql.one(c, "select version from catalogue_info", rs -> rs.getInt(1)).orElse(1);
    }

    @Override
    public void raiseVersion() {
        Sql.update(c, "update catalogue_info set version = version + 1");
    }
}
