package de.werkbank.snapshot;

import java.util.List;

/** The checks the workshop's and the reviews' parts of a snapshot share, each naming the JSON path it refuses. */
final class SnapshotRules {

    private SnapshotRules() {
    }

    static void present(Object value, String at) {
        if (value == null) {
            throw new SnapshotException("snapshot.missing", at);
        }
    }

    static void text(String value, int min, int max, String at) {
        present(value, at);
        if (value.length() < min || value.length() > max) {
            throw new SnapshotException("snapshot.length", at, value.length(), min, max);
        }
    }

    static <T> List<T> list(List<T> values, int max, String at) {
        present(values, at);
        if (values.size() > max) {
            throw new SnapshotException("snapshot.tooMany", at, values.size(), max);
        }
        return values;
    }
}
