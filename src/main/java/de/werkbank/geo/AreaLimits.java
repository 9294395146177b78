package de.werkbank.geo;

/**
 * The longest texts the store keeps for an area and its boundaries (the column sizes of
 * {@code db/migration}): checked before anything is stored, so a file is refused with its place and
 * the limit rather than with the database's words.
 */
public final class AreaLimits {

    /** {@code area.area_key varchar(40)}. */
    public static final int KEY = 40;
    /** {@code area.name varchar(200)}. */
    public static final int NAME = 200;
    /** {@code boundary_source.source_line varchar(500)}. */
    public static final int SOURCE = 500;

    private AreaLimits() {
    }
}
