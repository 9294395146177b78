package de.werkbank.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The baseline for the start-up benchmark: a bare JavaFX window with one label. */
public final class BareFxWindow extends Application {

    static final String MARKER = "WERKBANK_FIRST_FRAME";

    @Override
    public void start(Stage stage) {
        var label = new Label("Werkbank");
        var scene = new Scene(label, 1280, 720);
        stage.setScene(scene);
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (label.getHeight() > 0) {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> {
                    System.out.println(MARKER);
                    System.out.flush();
                    Platform.exit();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        stage.show();
    }

    /** Entry point of the child process (not the Application class, like the app's launcher). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(BareFxWindow.class, args);
        }
    }
}
