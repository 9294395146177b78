package de.werkbank.store;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables of a store as its database describes them (all but Flyway's own), for copying them as a
 * whole: in dependency order (a table after the tables it refers to), with their columns (computed
 * ones left out), the columns that refer to their own table, the key and the identity column.
 */
final class StoreTables {

    /**
     * One table.
     *
     * @param columns the columns to copy (computed ones are left out)
     * @param selfReferences columns referring to rows of the same table (set after all rows are in)
     * @param key the primary key's columns
     * @param identity the identity column, or {@code null}
     */
    record Table(String name, List<String> columns, List<String> selfReferences, List<String> key, String identity) {
    }

    private StoreTables() {
    }

    static List<Table> inDependencyOrder(Connection c) {
        List<String> names = Sql.list(c, "select table_name from information_schema.tables where upper(table_schema) = 'PUBLIC' "
                + "and table_type = 'BASE TABLE' and lower(table_name) <> 'flyway_schema_history' order by table_name",
                rs -> rs.getString(1));
        Map<String, List<String>> columns = new TreeMap<>();
        Map<String, String> identities = new HashMap<>();
        Sql.list(c, "select table_name, column_name, is_generated, is_identity from information_schema.columns "
                + "where upper(table_schema) = 'PUBLIC' order by table_name, ordinal_position", rs -> {
                    if (!"ALWAYS".equalsIgnoreCase(rs.getString(3))) {
                        columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                    }
                    if ("YES".equalsIgnoreCase(rs.getString(4))) {
                        identities.put(rs.getString(1), rs.getString(2));
                    }
                    return null;
                });
        Map<String, List<String>> keys = new HashMap<>();
        Sql.list(c, "select k.table_name, k.column_name from information_schema.table_constraints t "
                + "join information_schema.key_column_usage k on k.constraint_schema = t.constraint_schema "
                + "and k.constraint_name = t.constraint_name where upper(t.constraint_schema) = 'PUBLIC' "
                + "and t.constraint_type = 'PRIMARY KEY' order by k.table_name, k.ordinal_position", rs -> {
                    keys.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                    return null;
                });
        Map<String, Set<String>> refersTo = new HashMap<>();
        Map<String, List<String>> selfReferences = new HashMap<>();
        Sql.list(c, "select fk.table_name, k.column_name, pk.table_name from information_schema.referential_constraints r "
                + "join information_schema.table_constraints fk on fk.constraint_schema = r.constraint_schema "
                + "and fk.constraint_name = r.constraint_name "
                + "join information_schema.table_constraints pk on pk.constraint_schema = r.unique_constraint_schema "
                + "and pk.constraint_name = r.unique_constraint_name "
                + "join information_schema.key_column_usage k on k.constraint_schema = r.constraint_schema "
                + "and k.constraint_name = r.constraint_name where upper(r.constraint_schema) = 'PUBLIC'", rs -> {
                    String from = rs.getString(1);
                    String to = rs.getString(3);
                    if (from.equals(to)) {
                        selfReferences.computeIfAbsent(from, t -> new ArrayList<>()).add(rs.getString(2));
                    } else {
                        refersTo.computeIfAbsent(from, t -> new LinkedHashSet<>()).add(to);
                    }
                    return null;
                });
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < names.size()) {
            boolean progress = false;
            for (String name : names) {
                if (!placed.contains(name) && placed.containsAll(refersTo.getOrDefault(name, Set.of()))) {
                    placed.add(name);
                    ordered.add(new Table(name, List.copyOf(columns.getOrDefault(name, List.of())),
                            List.copyOf(selfReferences.getOrDefault(name, List.of())),
                            List.copyOf(keys.getOrDefault(name, List.of())), identities.get(name)));
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("tables refer to each other in a cycle: " + names);
            }
        }
        return ordered;
    }
}
