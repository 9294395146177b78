package de.werkbank.app;

import de.werkbank.i18n.Messages;
import java.util.Optional;

/**
 * A window toolkit that cannot start for want of a system library (on Linux: GTK 3) is said in plain
 * words, not as a stack trace.
 */
final class ToolkitFailure {

    private ToolkitFailure() {
    }

    /** The message for a failure to start JavaFX that a missing library explains, if it is one. */
    static Optional<String> describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("Unable to load glass GTK library") || message.contains("libgtk-3")) {
                return Optional.of(Messages.tr("app.noGtk"));
            }
            if (t instanceof UnsatisfiedLinkError && message.contains("glass")) {
                return Optional.of(Messages.tr("app.noGlass", message));
            }
        }
        return Optional.empty();
    }
}
