package de.werkbank.bench;

import de.werkbank.app.FirstFrameProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The baseline for the start-up benchmark: a bare JavaFX window with one label. */
public final class BareFxWindow extends Application {

    @Override
    public void start(Stage stage) {
        var label = new Label("Werkbank");
        var scene = new Scene(label, 1280, 720);
        stage.setScene(scene);
        FirstFrameProbe.install(scene, () -> label.getHeight() > 0);
        stage.show();
    }

    /** Entry point of the child process (not the Application class, like the app's launcher). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(BareFxWindow.class, args);
        }
    }
}
