package de.werkbank.session;

import java.util.prefs.Preferences;

/**
 * Settings of the person at this computer, kept in the operating system's user preferences (not in
 * the store, which a team may share): the name the history gives for their changes.
 */
public final class UserSettings {

    private static final String USER_NAME = "userName";

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

    private static String systemUser() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "?" : name;
    }
}
