package de.werkbank.cli;

import de.werkbank.i18n.UserFacingException;

/** The command line was wrong: unknown option or command, a missing value. Exit code 2. */
final class UsageException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    UsageException(String key, Object... args) {
        super(key, args);
    }
}
