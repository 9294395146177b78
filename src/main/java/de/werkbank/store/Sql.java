package de.werkbank.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Small JDBC helpers: prepared statements with positional parameters, rows mapped by a function. */
final class Sql {

    private static final int ROWS_PER_INSERT = 100;

    private Sql() {
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(c, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static int update(Connection c, String sql, Object... params) {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Runs a statement once per parameter row, in one JDBC batch. */
    static void batch(Connection c, String sql, List<Object[]> rows) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Inserts many rows with {@code insert … values (?, …)}, {@value #ROWS_PER_INSERT} rows per
     * statement: the database runs one statement per chunk instead of one per row.
     */
    static void insertAll(Connection c, String insertValues, List<Object[]> rows) {
        int values = insertValues.lastIndexOf(" values ");
        String head = insertValues.substring(0, values + " values ".length());
        String tuple = insertValues.substring(values + " values ".length());
        int whole = rows.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
        if (whole > 0) {
            List<Object[]> chunks = new ArrayList<>();
            for (int from = 0; from < whole; from += ROWS_PER_INSERT) {
                chunks.add(flat(rows.subList(from, from + ROWS_PER_INSERT)));
            }
            batch(c, head + String.join(", ", Collections.nCopies(ROWS_PER_INSERT, tuple)), chunks);
        }
        if (whole < rows.size()) {
            List<Object[]> rest = rows.subList(whole, rows.size());
            update(c, head + String.join(", ", Collections.nCopies(rest.size(), tuple)), flat(rest));
        }
    }

    private static Object[] flat(List<Object[]> rows) {
        return rows.stream().flatMap(Arrays::stream).toArray();
    }

    static java.sql.Array array(Connection c, List<String> values) {
        try {
            return c.createArrayOf("VARCHAR", values.toArray());
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> result = new ArrayList<>(values.length);
        for (Object v : values) {
            result.add(String.valueOf(v));
        }
        return result;
    }

    static StoreException failed(SQLException e) {
        return new StoreException(e, "store.sqlError", e.getMessage());
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            bind(ps, params);
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }
}
