package de.werkbank.ui.shell;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;

/**
 * Runs long work (opening a store, snapshots) off the FX thread while a progress indicator turns over
 * the window and the window takes no input; the result or the failure comes back on the FX thread.
 */
public final class BackgroundWork {

    private final StackPane layers;
    private final Node content;
    private final ProgressIndicator busy = new ProgressIndicator();

    /**
     * @param layers the window's root, over whose content the indicator shows
     * @param content what is disabled while work runs
     */
    public BackgroundWork(StackPane layers, Node content) {
        this.layers = layers;
        this.content = content;
        busy.setMaxSize(96, 96);
        busy.setVisible(false);
        busy.setId("busy");
    }

    public <T> void run(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        if (!layers.getChildren().contains(busy)) {
            layers.getChildren().add(busy);
        }
        busy.setVisible(true);
        content.setDisable(true);
        task.setOnSucceeded(e -> {
            finish();
            done.accept(task.getValue());
        });
        Thread thread = new Thread(task, name);
        task.setOnFailed(e -> {
            finish();
            // a failure the user can act on is theirs to read; anything else is a bug, reported as such
            if (UnexpectedErrors.expected(task.getException())) {
                failed.accept(task.getException());
            } else {
                UnexpectedErrors.report(thread, task.getException());
            }
        });
        thread.setDaemon(true);
        thread.start();
    }

    private void finish() {
        busy.setVisible(false);
        content.setDisable(false);
    }
}
