package de.werkbank.app;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * For the start-up benchmark: with {@code -Dwerkbank.probe.firstFrame=true} the app prints
 * {@value #MARKER} once the first frame showing the board's cards is laid out, and quits.
 */
public final class FirstFrameProbe {

    static final String MARKER = "WERKBANK_FIRST_FRAME";

    private FirstFrameProbe() {
    }

    static void installIfRequested(Scene scene) {
        if (Boolean.getBoolean("werkbank.probe.firstFrame")) {
            install(scene, () -> showsCards(scene));
        }
    }

    /** Prints the marker in the first layout pass in which {@code ready} holds, then quits. */
    public static void install(Scene scene, BooleanSupplier ready) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (ready.getAsBoolean()) {
                scene.removePostLayoutPulseListener(listener[0]);
                // printed in the pulse that lays out (and then renders) the frame, not after
                // whatever else is queued behind it
                System.out.println(MARKER);
                System.out.flush();
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static boolean showsCards(Scene scene) {
        for (Node n : scene.getRoot().lookupAll(".card-row")) {
            if (n.isVisible() && n.getLayoutBounds().getHeight() > 0) {
                return true;
            }
        }
        return false;
    }
}
