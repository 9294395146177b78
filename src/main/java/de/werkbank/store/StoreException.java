package de.werkbank.store;

import de.werkbank.i18n.UserFacingException;

/** The store could not be opened, read or written; the message says why in the UI language. */
public final class StoreException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public StoreException(String key, Object... args) {
        super(key, args);
    }

    public StoreException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
