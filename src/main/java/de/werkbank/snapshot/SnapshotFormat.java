package de.werkbank.snapshot;

/** The name and version of the snapshot format, and the limits a snapshot must stay within. */
public final class SnapshotFormat {

    public static final String NAME = "werkbank-snapshot";

    /** The format version this program writes; it reads every version from 1 up to this one. */
    public static final int CURRENT_VERSION = 5;

    /** Larger files are refused before they are read (a real plan is a few megabytes). */
    public static final long MAX_BYTES = 512L * 1024 * 1024;

    private SnapshotFormat() {
    }

    /** The JSON Schema of a format version, as a class-path resource. */
    static String schemaResource(int version) {
        return "/snapshot/werkbank-snapshot-" + version + ".schema.json";
    }
}
