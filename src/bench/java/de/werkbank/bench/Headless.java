package de.werkbank.bench;

import de.werkbank.ui.theme.Theme;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/** Starts the JavaFX toolkit in this JVM without a display (Monocle), as the UI tests do. */
final class Headless {

    private static boolean started;

    private Headless() {
    }

    static synchronized void startToolkit() throws InterruptedException {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch ready = new CountDownLatch(1);
        Platform.startup(() -> {
            Theme.installBase();
            ready.countDown();
        });
        ready.await();
        Platform.setImplicitExit(false);
        started = true;
    }
}
