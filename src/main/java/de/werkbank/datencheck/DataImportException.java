package de.werkbank.datencheck;

import de.werkbank.i18n.UserFacingException;

/** A data file that cannot be imported; the message names the file, and line and column where known. */
public final class DataImportException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public DataImportException(String key, Object... args) {
        super(key, args);
    }

    public DataImportException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
