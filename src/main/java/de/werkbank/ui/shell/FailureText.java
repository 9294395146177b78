package de.werkbank.ui.shell;

import de.werkbank.i18n.UserFacingException;
import org.slf4j.LoggerFactory;

/**
 * The text a user sees for a failure. A class of its own so that views and dialogs can show failures
 * without depending on the main window (which depends on them).
 */
public final class FailureText {

    private FailureText() {
    }

    /** The user-facing text of a failure: the message of a {@link UserFacingException} cause, else the failure itself (logged). */
    public static String of(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && !(cause instanceof UserFacingException)) {
            cause = cause.getCause();
        }
        if (cause instanceof UserFacingException u) {
            return u.getLocalizedMessage();
        }
        LoggerFactory.getLogger(FailureText.class).warn("Shown as a message", t);
        return String.valueOf(t);
    }
}
