package de.werkbank.catalogue;

import de.werkbank.i18n.UserFacingException;

/** A catalogue file that cannot be read as a table at all (not xlsx/CSV, wrong columns, no tool sheet). */
public final class CatalogueFileException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public CatalogueFileException(String key, Object... args) {
        super(key, args);
    }

    public CatalogueFileException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
