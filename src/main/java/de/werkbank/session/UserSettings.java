package de.werkbank.session;

import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * Settings of the person at this computer, kept in the operating system's user preferences (not in
 * the store, which a team may share): the name the history gives for their changes, the zoom, where
 * the window stood and how wide the Werkzeugblatt was.
 */
public final class UserSettings {

    private static final String USER_NAME = "userName";
    private static final String ZOOM = "zoom.";
    private static final String SHEET_WIDTH = "sheetWidth";
    private static final String WINDOW = "window.";

    /** Where the main window stood when it was last closed: its bounds when not maximised, and whether it was. */
    public record WindowPlace(double x, double y, double width, double height, boolean maximised) {
    }

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

    /** The width the user last gave the Werkzeugblatt beside the board, in px; 0 when never. */
    public double sheetWidth() {
        return preferences.getDouble(SHEET_WIDTH, 0);
    }

    public void setSheetWidth(double width) {
        preferences.putDouble(SHEET_WIDTH, width);
    }

    /** Where the main window stood when it was last closed; empty on the first start. */
    public Optional<WindowPlace> windowPlace() {
        double width = preferences.getDouble(WINDOW + "width", 0);
        double height = preferences.getDouble(WINDOW + "height", 0);
        if (!(width > 0 && height > 0)) {
            return Optional.empty();
        }
        return Optional.of(new WindowPlace(preferences.getDouble(WINDOW + "x", 0), preferences.getDouble(WINDOW + "y", 0),
                width, height, preferences.getBoolean(WINDOW + "maximised", false)));
    }

    public void setWindowPlace(WindowPlace place) {
        preferences.putDouble(WINDOW + "x", place.x());
        preferences.putDouble(WINDOW + "y", place.y());
        preferences.putDouble(WINDOW + "width", place.width());
        preferences.putDouble(WINDOW + "height", place.height());
        preferences.putBoolean(WINDOW + "maximised", place.maximised());
    }

    private static String systemUser() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "?" : name;
    }
}
