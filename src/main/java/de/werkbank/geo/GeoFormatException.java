package de.werkbank.geo;

import de.werkbank.i18n.UserFacingException;

/** A boundary file that cannot be read or imported; the message names the file and the place in it. */
public final class GeoFormatException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public GeoFormatException(String key, Object... args) {
        super(key, args);
    }

    public GeoFormatException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
