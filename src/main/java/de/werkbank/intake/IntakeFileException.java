package de.werkbank.intake;

import de.werkbank.i18n.UserFacingException;

/** A file an import cannot read at all (not a board, not a workbook, no title column); nothing is changed. */
public final class IntakeFileException extends UserFacingException {

    public IntakeFileException(String key, Object... args) {
        super(key, args);
    }

    public IntakeFileException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
