package de.werkbank.logging;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The user's folder for Werkbank's files that can be made again (the log, the class-data archive):
 * the folder a system property names, else {@code %LOCALAPPDATA%\Werkbank} on Windows,
 * {@code ~/Library/MAC_FOLDER/Werkbank} on macOS, {@code $XDG_CACHE_HOME/werkbank} or
 * {@code ~/.cache/werkbank} elsewhere.
 */
public final class CacheFolder {

    private CacheFolder() {
    }

    /**
     * @param property  the system property that names another folder
     * @param macFolder the folder under {@code ~/Library} on macOS ({@code Logs}, {@code Caches})
     */
    public static Path of(String property, String macFolder) {
        String configured = System.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("Werkbank");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve(macFolder).resolve("Werkbank");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("werkbank");
    }
}
