package de.werkbank.app;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The JVM the window runs in. {@code java -jar} cannot pass options to the JVM, so the launcher starts
 * one more JVM for the window, with the options a desktop program wants:
 * <ul>
 * <li>the client compiler only: the server compiler would spend the second core for seconds on
 * start-up code, and the board's moves are no slower without it;</li>
 * <li>the serial collector, for a heap of a few hundred megabytes;</li>
 * <li>one compiler thread, so that compiling does not take the second core from the start-up's other
 * threads;</li>
 * <li>a class-data archive of the program's classes, written when the first window closes and used by
 * every later start: the JVM then maps some 6,000 classes instead of reading and verifying them.</li>
 * </ul>
 * Commands never get here. The window runs in the launcher's own JVM when that JVM was started this
 * way already (the window's JVM, or an installed app image, whose launcher passes these options and a
 * class-data archive of its own: see {@link #main}), with {@code -Dwerkbank.relaunch=false}, with an
 * agent or debugger attached, from class folders (the archive takes classes from jar files only), or
 * when no {@code java} can be found.
 */
final class WindowJvm {

    /** Set in the window's JVM. */
    static final String STARTED = "werkbank.windowJvm";
    private static final String SWITCH = "werkbank.relaunch";
    /** The compiler and the collector: a JVM started with both runs the window itself. */
    private static final List<String> TUNING = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final List<String> OPTIONS = List.of(TUNING.get(0), TUNING.get(1),
            // one compiler thread: with two, the start-up compiled more before the first frame on the
            // core the store's opening and the renderer need (about 10 % of the first frame; ADR 36)
            "-XX:CICompilerCount=1", "-Xshare:auto",
            // an archive the JVM refuses (one written by another JVM build, say) is skipped without a word
            "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private WindowJvm() {
    }

    /**
     * For the installers' build ({@code packaging/build.sh}): prints the window's JVM options, one a
     * line, which the app image's launcher then passes to its JVM, so an installed window runs in its
     * launcher's JVM with the options {@code java -jar} gives the second one.
     */
    public static void main(String[] args) {
        OPTIONS.forEach(System.out::println);
    }

    /**
     * Runs the window with {@code args} in a JVM of its own and waits for it.
     *
     * @return its exit code, or empty when the window is to run in this JVM
     */
    static OptionalInt run(String[] args) {
        if (System.getProperty(STARTED) != null || "false".equals(System.getProperty(SWITCH))) {
            return OptionalInt.empty();
        }
        Path java = javaExecutable();
        List<Path> classPath = classPath();
        List<String> inputArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (startedForWindow(inputArguments) || inputArguments.stream().anyMatch(WindowJvm::watches)
                || classPath.isEmpty() || !Files.isExecutable(java)) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(OPTIONS);
        ClassArchive archive = new ClassArchive(ClassArchive.cacheDir(), stamp(classPath));
        command.addAll(archive.options());
        command.addAll(inputArguments);
        command.add("-D" + STARTED + "=true");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        Process window;
        try {
            window = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(window::destroy));
        int code = waitFor(window);
        archive.finish(code);
        return OptionalInt.of(code);
    }

    /**
     * Whether the arguments ask for the window: none, or only the store ({@code --store DIR}); the
     * command line reads anything else.
     */
    static boolean asksForWindow(String[] args) {
        return args.length == 0 || args.length == 2 && args[0].equals("--store") && !args[1].isBlank();
    }

    /**
     * Whether a JVM with these options runs the window as well as a second one would: it has the
     * window's compiler and collector (an installed app image's launcher passes them).
     */
    static boolean startedForWindow(List<String> inputArguments) {
        return inputArguments.containsAll(TUNING);
    }

    /** In the window's JVM: ends with the launcher, so no window outlives a killed launcher. */
    static void followLauncher() {
        ProcessHandle.current().parent().ifPresent(launcher -> launcher.onExit().thenRun(() -> System.exit(1)));
    }

    private static Path javaExecutable() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        if (!isWindows()) {
            return bin.resolve("java");
        }
        // started without a console (javaw), the window's JVM must not open one either
        boolean console = ProcessHandle.current().info().command()
                .map(c -> !c.toLowerCase(Locale.ROOT).endsWith("javaw.exe")).orElse(true);
        return bin.resolve(console ? "java.exe" : "javaw.exe");
    }

    private static boolean watches(String inputArgument) {
        return inputArgument.startsWith("-agentlib") || inputArgument.startsWith("-javaagent")
                || inputArgument.startsWith("-Xrunjdwp") || inputArgument.startsWith("-agentpath");
    }

    /** The class path's jar files; empty if it holds anything else. */
    private static List<Path> classPath() {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (!entry.endsWith(".jar") || !Files.isRegularFile(path)) {
                return List.of();
            }
            jars.add(path);
        }
        return jars;
    }

    /** Names the archive after the jars and the JVM it was written for; any change makes a new one. */
    private static String stamp(List<Path> classPath) {
        StringBuilder key = new StringBuilder(System.getProperty("java.vm.version"));
        for (Path jar : classPath) {
            try {
                key.append('|').append(jar).append('|').append(Files.size(jar)).append('|')
                        .append(Files.getLastModifiedTime(jar).toMillis());
            } catch (IOException e) {
                key.append('|').append(jar);
            }
        }
        // a plain hash: a clash only makes the JVM refuse a foreign archive, which it checks anyway
        return Integer.toHexString(key.toString().hashCode());
    }

    private static int waitFor(Process window) {
        try {
            return window.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            window.destroy();
            return 1;
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }
}
