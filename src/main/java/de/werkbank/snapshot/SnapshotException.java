package de.werkbank.snapshot;

import de.werkbank.i18n.UserFacingException;

/** A snapshot that cannot be read or imported; the message names the problem and where it is. */
public final class SnapshotException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public SnapshotException(String key, Object... args) {
        super(key, args);
    }

    public SnapshotException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
