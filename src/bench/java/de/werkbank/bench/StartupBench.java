package de.werkbank.bench;

import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up: the packaged jar started on an existing, initialised store until the first frame that
 * shows the board's cards ({@code app_first_frame_ms}: the launcher's JVM and the window's JVM it
 * starts), against a bare JavaFX window with one label measured the same way in the same run
 * ({@code bare_fx_first_frame_ms}); for comparison, the window in the launcher's JVM
 * ({@code app_in_launcher_jvm_first_frame_ms}) and, once {@code ./mvnw -Ppackage package} has made it,
 * the jpackage app image in {@code target/jpackage/werkbank} with its build-time class-data archive
 * ({@code image_first_frame_ms}: its launcher, whose JVM runs the window). All headless (Monocle),
 * medians of {@value #LAUNCHES} launches each after one warm-up launch, alternating so that machine
 * noise hits all alike.
 */
final class StartupBench implements Benchmark {

    private static final int LAUNCHES = 7;
    private static final String MARKER = "WERKBANK_FIRST_FRAME";

    @Override
    public Map<String, Object> run() throws Exception {
        Path dir = Files.createTempDirectory("werkbank-bench-startup");
        Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE)).close();
        Path jar = Path.of("target", "werkbank.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": the start-up bench runs the packaged jar");
        }
        // as a user starts it (java -jar): the launcher starts the window's JVM, whose class-data
        // archive the warm-up launch writes into a fresh cache folder
        String classPath = jar + File.pathSeparator + monocleJar();
        Path cache = Files.createTempDirectory("werkbank-bench-cache");
        List<String> app = command(classPath, List.of("-Dwerkbank.cacheDir=" + cache), "de.werkbank.app.Launcher",
                "--store", dir.toString());
        // the same jar with the window in the launcher's JVM (default JVM options, no archive)
        List<String> oneJvm = command(classPath, List.of("-Dwerkbank.relaunch=false"), "de.werkbank.app.Launcher",
                "--store", dir.toString());
        List<String> bare = command(System.getProperty("java.class.path"), List.of(), BareFxWindow.Main.class.getName());
        Path image = Path.of("target", "jpackage", "werkbank").toAbsolutePath();
        boolean withImage = Files.isExecutable(image.resolve("bin").resolve("werkbank"));
        ProcessBuilder imageStart = withImage ? imageCommand(image, dir) : null;

        timeToFirstFrame(app);
        try (var archives = Files.list(cache)) {
            if (archives.noneMatch(f -> f.getFileName().toString().endsWith(".jsa"))) {
                throw new IllegalStateException("the launcher did not start the window's JVM (no class-data archive)");
            }
        }
        timeToFirstFrame(oneJvm);
        timeToFirstFrame(bare);
        if (withImage) {
            timeToFirstFrame(imageStart);
        }
        double[] appMs = new double[LAUNCHES];
        double[] oneJvmMs = new double[LAUNCHES];
        double[] bareMs = new double[LAUNCHES];
        double[] imageMs = new double[LAUNCHES];
        for (int i = 0; i < LAUNCHES; i++) {
            appMs[i] = timeToFirstFrame(app);
            oneJvmMs[i] = timeToFirstFrame(oneJvm);
            bareMs[i] = timeToFirstFrame(bare);
            if (withImage) {
                imageMs[i] = timeToFirstFrame(imageStart);
            }
        }
        double appMedian = BenchReport.median(appMs);
        double bareMedian = BenchReport.median(bareMs);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("app_first_frame_ms", appMedian);
        figures.put("bare_fx_first_frame_ms", bareMedian);
        figures.put("ratio", Math.round(appMedian / bareMedian * 100) / 100.0);
        figures.put("app_in_launcher_jvm_first_frame_ms", BenchReport.median(oneJvmMs));
        if (withImage) {
            double imageMedian = BenchReport.median(imageMs);
            figures.put("image_first_frame_ms", imageMedian);
            figures.put("image_to_app_ratio", Math.round(imageMedian / appMedian * 100) / 100.0);
        } else {
            figures.put("image_first_frame_ms", "not measured: no app image (./mvnw -Ppackage package)");
        }
        figures.put("launches", LAUNCHES);
        return figures;
    }

    /** Monocle, the headless windowing, comes from the test class path (the jar holds no test code). */
    private static String monocleJar() {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("openjfx-monocle")) {
                return entry;
            }
        }
        throw new IllegalStateException("openjfx-monocle is not on the class path");
    }

    /**
     * The app image's launcher, as installed (its JVM options and archive from its configuration). Its
     * class path is its own; {@code _JAVA_OPTIONS}, which the JVM reads after the launcher's options,
     * adds Monocle behind the jar (an archive takes a longer class path) and the headless settings.
     */
    private static ProcessBuilder imageCommand(Path image, Path store) {
        Path jar = image.resolve("lib").resolve("app").resolve("werkbank.jar");
        if (!Files.isRegularFile(image.resolve("lib").resolve("app").resolve("werkbank.jsa"))) {
            throw new IllegalStateException("the app image " + image + " has no class-data archive");
        }
        ProcessBuilder pb = new ProcessBuilder(image.resolve("bin").resolve("werkbank").toString(),
                "--store", store.toString());
        pb.environment().put("_JAVA_OPTIONS", String.join(" ", "-Djava.class.path=" + jar + File.pathSeparator
                + monocleJar(), "-Xshare:on", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dwerkbank.probe.firstFrame=true", "-Dfile.encoding=UTF-8"));
        return pb;
    }

    private static List<String> command(String classPath, List<String> options, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dwerkbank.probe.firstFrame=true", "-Dfile.encoding=UTF-8"));
        cmd.addAll(options);
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Milliseconds from starting the process until it prints the first-frame marker. */
    private static double timeToFirstFrame(List<String> command) throws Exception {
        return timeToFirstFrame(new ProcessBuilder(command));
    }

    private static double timeToFirstFrame(ProcessBuilder launch) throws Exception {
        List<String> command = launch.command();
        long start = System.nanoTime();
        Process p = launch.redirectErrorStream(true).start();
        // a launch that never shows its first frame must not hang the run
        Thread watchdog = new Thread(() -> {
            try {
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        Double ms = null;
        StringBuilder output = new StringBuilder();
        try (var reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (ms == null && line.contains(MARKER)) {
                    ms = (System.nanoTime() - start) / 1e6;
                }
                output.append(line).append('\n');
            }
        }
        p.waitFor();
        if (ms == null) {
            throw new IllegalStateException("no first frame from " + command.get(command.size() - 1) + ":\n" + output);
        }
        return ms;
    }
}
