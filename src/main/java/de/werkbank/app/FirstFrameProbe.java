package de.werkbank.app;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * For the start-up benchmark: with {@code -Dwerkbank.probe.firstFrame=true} the app prints
 * {@value #MARKER} once the first frame showing the board's cards, the catalogue's tiles and the menu
 * bar is laid out; then it posts a key press into the window and prints {@value #INTERACTIVE} once the
 * window has handled it (whatever the window still had queued ran first), and quits. After the first
 * marker it prints {@value #NODES} and the number of nodes in that frame.
 */
public final class FirstFrameProbe {

    static final String MARKER = "WERKBANK_FIRST_FRAME";
    static final String INTERACTIVE = "WERKBANK_INTERACTIVE";
    /** Printed after the first frame's marker, with the number of nodes in that frame. */
    static final String NODES = "WERKBANK_NODES";
    /** A key nothing is bound to. */
    private static final KeyCode PROBE_KEY = KeyCode.F24;

    private FirstFrameProbe() {
    }

    static void installIfRequested(Scene scene) {
        if (Boolean.getBoolean("werkbank.probe.firstFrame")) {
            install(scene, () -> shows(scene, ".card-row") && shows(scene, ".werkzeug-tile") && shows(scene, ".menu-bar"));
        }
    }

    /**
     * Prints the marker in the first layout pass in which {@code ready} holds, then posts the key press
     * and prints the second marker when it has been handled, then quits.
     */
    public static void install(Scene scene, BooleanSupplier ready) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (ready.getAsBoolean()) {
                scene.removePostLayoutPulseListener(listener[0]);
                // printed in the pulse that lays out (and then renders) the frame, not after
                // whatever else is queued behind it
                print(MARKER);
                print(NODES + " " + count(scene.getRoot()));
                Platform.runLater(() -> pressKey(scene));
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static void pressKey(Scene scene) {
        boolean[] seen = {false};
        EventHandler<KeyEvent> filter = e -> seen[0] |= e.getCode() == PROBE_KEY;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", PROBE_KEY, false, false, false, false));
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
        if (seen[0]) {
            print(INTERACTIVE);
        }
        Platform.exit();
    }

    private static void print(String marker) {
        System.out.println(marker);
        System.out.flush();
    }

    /** The node and all nodes below it. */
    private static int count(Node node) {
        int n = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                n += count(child);
            }
        }
        return n;
    }

    /** Whether a node of the style class is shown with a height. */
    private static boolean shows(Scene scene, String selector) {
        for (Node n : scene.getRoot().lookupAll(selector)) {
            if (n.isVisible() && n.getLayoutBounds().getHeight() > 0) {
                return true;
            }
        }
        return false;
    }
}
