package de.werkbank.session;

import java.util.prefs.Preferences;

/**
 * Settings of the person at this computer, kept in the operating system's user preferences (not in
 * the store, which a team may share): the name the history gives for their changes.
 */
public final class UserSettings {

    private static final String USER_NAME = "userName";
    private static final String ZOOM = "zoom.";

    private final Preferences preferences;

    public UserSettings(Preferences preferences) {
        this.preferences = preferences;
    }

    /** The settings of Werkbank for the current operating-system user. */
    public static UserSettings forCurrentUser() {
        return new UserSettings(Preferences.userRoot().node("de/werkbank"));
    }

    /** The name for the history: as set, else the operating system's user name. */
    public String userName() {
        String name = preferences.get(USER_NAME, "").strip();
        return name.isEmpty() ? systemUser() : name;
    }

    /** Sets the name for the history; a blank name goes back to the operating system's user name. */
    public void setUserName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            preferences.remove(USER_NAME);
        } else {
            preferences.put(USER_NAME, trimmed);
        }
    }

    /** The zoom of a window ("main", "presentation"), 1.0 when never set. */
    public double zoom(String window) {
        return preferences.getDouble(ZOOM + window, 1.0);
    }

    public void setZoom(String window, double zoom) {
        preferences.putDouble(ZOOM + window, zoom);
    }

    private static String systemUser() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "?" : name;
    }
}
