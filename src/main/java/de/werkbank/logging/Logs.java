package de.werkbank.logging;

import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Where Werkbank's log file is: {@code werkbank.log} in {@code -Dwerkbank.logDir}, else in
 * {@code %LOCALAPPDATA%\Werkbank} on Windows, {@code ~/Library/Logs/Werkbank} on macOS,
 * {@code $XDG_CACHE_HOME/werkbank} or {@code ~/.cache/werkbank} elsewhere. Werkbank's own messages,
 * H2's, Flyway's and those of {@code java.util.logging} go there (see {@link LogSetup}), none to the
 * console.
 */
public final class Logs {

    /** The system property that names another folder (the tests set it). */
    public static final String DIR_PROPERTY = "werkbank.logDir";

    static final String FILE_NAME = "werkbank.log";

    private Logs() {
    }

    /** The log file (it exists once something was logged). */
    public static Path file() {
        return folder().resolve(FILE_NAME);
    }

    /** The folder of the log file and its older generations. */
    public static Path folder() {
        return CacheFolder.of(DIR_PROPERTY, "Logs");
    }

    /**
     * Sets logging up now rather than at the first message (the window does it on a thread of its
     * own while the toolkit starts), so that {@code java.util.logging} goes to the file from here on.
     */
    public static void start() {
        LoggerFactory.getILoggerFactory();
    }
}
