package de.werkbank.app;

import de.werkbank.cli.CommandLine;
import de.werkbank.cli.Outcome;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * The jar's main class. It is not the JavaFX {@code Application}, so {@code java -jar} works with
 * JavaFX on the class path. A command runs headless; without one the window opens, in a JVM started
 * for it where that is possible ({@link WindowJvm}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // before any H2 class loads, in every JVM that may start the store's auto-server (ADR 9); the
        // property reaches the window's JVM too, which runs this method again
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", de.werkbank.store.Store.LOOPBACK);
        }
        // the window's JVM starts before anything else is loaded here; it reads the arguments itself
        if (WindowJvm.asksForWindow(args)) {
            OptionalInt windowJvm = WindowJvm.run(args);
            if (windowJvm.isPresent()) {
                System.exit(windowJvm.getAsInt());
            }
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Outcome outcome = CommandLine.run(args, out, err);
        if (outcome instanceof Outcome.Exit exit) {
            out.flush();
            err.flush();
            System.exit(exit.code());
        } else if (outcome instanceof Outcome.OpenWindow window) {
            if (System.getProperty(WindowJvm.STARTED) != null) {
                WindowJvm.followLauncher();
            }
            WerkbankApp.launch(window.store());
        }
    }
}
