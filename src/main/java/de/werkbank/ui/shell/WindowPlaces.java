package de.werkbank.ui.shell;

import de.werkbank.session.UserSettings;
import de.werkbank.session.UserSettings.WindowPlace;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Where the main window and the Werkzeugblatt stand, kept in the user's settings: the window opens
 * maximised on the first start and afterwards as it was left (position, size, maximised); the sheet
 * opens as wide as the user last dragged it.
 */
final class WindowPlaces {

    /** The sheet's share of the split pane's width before the user has given it a width. */
    private static final double FIRST_SHEET_SHARE = 0.4;
    /** The board keeps at least this share of the room when a stored sheet width is restored. */
    private static final double MIN_BOARD_SHARE = 0.3;

    private WindowPlaces() {
    }

    /** The size of a new window before it is placed: at most 1440×900, centred on the primary screen. */
    static void centre(Stage stage, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
    }

    /**
     * Puts the window where the settings say (maximised on the first start; a place no longer on any
     * screen counts as none) and keeps its place in the settings when it closes.
     */
    static void restore(Stage stage, UserSettings settings) {
        WindowPlace place = settings.windowPlace().filter(WindowPlaces::onAScreen).orElse(null);
        if (place == null) {
            stage.setMaximized(true);
        } else {
            stage.setX(place.x());
            stage.setY(place.y());
            stage.setWidth(place.width());
            stage.setHeight(place.height());
            stage.setMaximized(place.maximised());
        }
        // the bounds while not maximised, so that a maximised window comes back to them when restored
        double[] normal = {stage.getX(), stage.getY(), size(stage.getWidth(), stage.getScene().getWidth()),
                size(stage.getHeight(), stage.getScene().getHeight())};
        Runnable track = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0) {
                normal[0] = stage.getX();
                normal[1] = stage.getY();
                normal[2] = stage.getWidth();
                normal[3] = stage.getHeight();
            }
        };
        stage.xProperty().addListener(o -> track.run());
        stage.yProperty().addListener(o -> track.run());
        stage.widthProperty().addListener(o -> track.run());
        stage.heightProperty().addListener(o -> track.run());
        // un-maximised, the window takes its own bounds again (not every system remembers them)
        stage.maximizedProperty().addListener((o, was, now) -> {
            if (!now) {
                stage.setX(normal[0]);
                stage.setY(normal[1]);
                stage.setWidth(normal[2]);
                stage.setHeight(normal[3]);
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> {
            track.run();
            settings.setWindowPlace(new WindowPlace(normal[0], normal[1], normal[2], normal[3], stage.isMaximized()));
        });
    }

    /** A stage's width or height, or its scene's before the stage has been shown. */
    private static double size(double stage, double scene) {
        return stage > 0 ? stage : scene;
    }

    private static boolean onAScreen(WindowPlace place) {
        return !Screen.getScreensForRectangle(place.x(), place.y(), Math.max(1, place.width()), Math.max(1, place.height())).isEmpty();
    }

    /**
     * Gives the sheet, just added as the split pane's last item, the width the user last dragged it to
     * (the board keeps at least {@value #MIN_BOARD_SHARE} of the room), and keeps the width the user
     * drags it to; a bigger or smaller window changes the board, not the sheet.
     */
    static void placeSheet(SplitPane split, Region sheet, UserSettings settings) {
        SplitPane.setResizableWithParent(sheet, false);
        int divider = split.getItems().size() - 2;
        double room = split.getWidth();
        double before = divider > 0 ? split.getDividerPositions()[divider - 1] * room : 0;
        double stored = settings.sheetWidth();
        double width = stored > 0 ? Math.min(stored, (room - before) * (1 - MIN_BOARD_SHARE))
                : room * FIRST_SHEET_SHARE;
        if (room > 0) {
            split.setDividerPosition(divider, 1 - width / room);
        }
        // the user's drag (a window resized keeps the sheet's width: it changes nothing stored)
        split.getDividers().get(divider).positionProperty().addListener((o, was, now) -> {
            if (split.getWidth() > 0 && split.getItems().contains(sheet)) {
                settings.setSheetWidth(Math.round(split.getWidth() * (1 - now.doubleValue())));
            }
        });
    }
}
