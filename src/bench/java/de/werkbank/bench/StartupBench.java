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
 * shows the board's cards, the catalogue's tiles and the menu bar ({@code app_first_frame_ms}: the
 * launcher's JVM and the window's JVM it starts), and until a key press posted into the window after
 * that frame has been handled ({@code app_interactive_ms}), against a bare JavaFX window with one label
 * measured the same way in the same run, started like the app's window JVM: the same JVM options and a
 * class-data archive of its own, written by its warm-up launch ({@code bare_fx_first_frame_ms}); and
 * with the JVM's default options, no archive ({@code bare_fx_default_first_frame_ms}). For comparison,
 * the window in the launcher's JVM ({@code app_in_launcher_jvm_first_frame_ms}). The floor: a JavaFX
 * window with the same kinds and about the number of controls as the app's first frame but nothing of
 * the app ({@link FxFloorWindow}), started like the bare one ({@code fx_floor_first_frame_ms}, its
 * ratio to the bare window, and the nodes in both first frames). All headless
 * (Monocle), medians of {@value #LAUNCHES} launches each after one warm-up launch, alternating so that
 * machine noise hits all alike. Once {@code ./mvnw -Ppackage package} has made it, the jpackage app image
 * in {@code target/jpackage/werkbank} with its build-time class-data archive is measured too
 * ({@code image_first_frame_ms}: its launcher, whose JVM runs the window).
 */
final class StartupBench implements Benchmark {

    private static final int LAUNCHES = 7;
    private static final String MARKER = "WERKBANK_FIRST_FRAME";
    private static final String INTERACTIVE = "WERKBANK_INTERACTIVE";
    private static final String NODES = "WERKBANK_NODES ";

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
        // the bare window from jars (an archive takes classes from jar files only), JavaFX from the same jar
        Path bareDir = Files.createTempDirectory("werkbank-bench-bare");
        String bareClassPath = bareJar(bareDir) + File.pathSeparator + classPath;
        Path bareArchive = bareDir.resolve("bare.jsa");
        // the options the launcher gives the window's JVM (but for the archive), as the jar prints them
        List<String> bareOptions = new ArrayList<>(windowJvmOptions(jar));
        bareOptions.add("-XX:ArchiveClassesAtExit=" + bareArchive);
        List<String> bareWriting = command(bareClassPath, bareOptions, BareFxWindow.Main.class.getName());
        bareOptions.set(bareOptions.size() - 1, "-XX:SharedArchiveFile=" + bareArchive);
        List<String> bare = command(bareClassPath, bareOptions, BareFxWindow.Main.class.getName());
        // the floor: JavaFX's own cost of a window with the first frame's controls, started like the bare one
        Path floorArchive = bareDir.resolve("floor.jsa");
        List<String> floorOptions = new ArrayList<>(bareOptions);
        floorOptions.set(floorOptions.size() - 1, "-XX:ArchiveClassesAtExit=" + floorArchive);
        List<String> floorWriting = command(bareClassPath, floorOptions, FxFloorWindow.Main.class.getName());
        floorOptions.set(floorOptions.size() - 1, "-XX:SharedArchiveFile=" + floorArchive);
        List<String> floor = command(bareClassPath, floorOptions, FxFloorWindow.Main.class.getName());
        List<String> bareDefault = command(System.getProperty("java.class.path"), List.of(), BareFxWindow.Main.class.getName());
        Path image = Path.of("target", "jpackage", "werkbank").toAbsolutePath();
        boolean withImage = Files.isExecutable(image.resolve("bin").resolve("werkbank"));
        ProcessBuilder imageStart = withImage ? imageCommand(image, dir) : null;

        launch(app);
        try (var archives = Files.list(cache)) {
            if (archives.noneMatch(f -> f.getFileName().toString().endsWith(".jsa"))) {
                throw new IllegalStateException("the launcher did not start the window's JVM (no class-data archive)");
            }
        }
        launch(oneJvm);
        launch(bareWriting);
        if (!Files.isRegularFile(bareArchive)) {
            throw new IllegalStateException("the bare window's JVM wrote no class-data archive");
        }
        launch(floorWriting);
        if (!Files.isRegularFile(floorArchive)) {
            throw new IllegalStateException("the floor window's JVM wrote no class-data archive");
        }
        launch(bareDefault);
        if (withImage) {
            launch(imageStart);
        }
        double[] imageMs = new double[LAUNCHES];
        double[] appMs = new double[LAUNCHES];
        double[] appInteractiveMs = new double[LAUNCHES];
        double[] oneJvmMs = new double[LAUNCHES];
        double[] bareMs = new double[LAUNCHES];
        double[] bareDefaultMs = new double[LAUNCHES];
        double[] floorMs = new double[LAUNCHES];
        int appNodes = 0;
        int floorNodes = 0;
        for (int i = 0; i < LAUNCHES; i++) {
            double[] a = launch(app);
            appMs[i] = a[0];
            appInteractiveMs[i] = a[1];
            appNodes = (int) a[2];
            oneJvmMs[i] = launch(oneJvm)[0];
            bareMs[i] = launch(bare)[0];
            double[] f = launch(floor);
            floorMs[i] = f[0];
            floorNodes = (int) f[2];
            bareDefaultMs[i] = launch(bareDefault)[0];
            if (withImage) {
                imageMs[i] = launch(imageStart)[0];
            }
        }
        double appMedian = BenchReport.median(appMs);
        double bareMedian = BenchReport.median(bareMs);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("app_first_frame_ms", appMedian);
        figures.put("app_interactive_ms", BenchReport.median(appInteractiveMs));
        figures.put("bare_fx_first_frame_ms", bareMedian);
        figures.put("ratio", Math.round(appMedian / bareMedian * 100) / 100.0);
        double floorMedian = BenchReport.median(floorMs);
        figures.put("fx_floor_first_frame_ms", floorMedian);
        figures.put("fx_floor_ratio", Math.round(floorMedian / bareMedian * 100) / 100.0);
        figures.put("app_nodes", appNodes);
        figures.put("fx_floor_nodes", floorNodes);
        figures.put("bare_fx_default_first_frame_ms", BenchReport.median(bareDefaultMs));
        figures.put("app_in_launcher_jvm_first_frame_ms", BenchReport.median(oneJvmMs));
        if (withImage) {
            double imageMedian = BenchReport.median(imageMs);
            figures.put("image_first_frame_ms", imageMedian);
            figures.put("image_to_app_ratio", Math.round(imageMedian / appMedian * 100) / 100.0);
        } else {
            figures.put("image", "not measured: no app image (./mvnw -Ppackage package)");
        }
        figures.put("launches", LAUNCHES);
        return figures;
    }

    /** What {@code de.werkbank.app.WindowJvm} prints: the window JVM's options (the installers read them too). */
    private static List<String> windowJvmOptions(Path jar) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jar.toString(), "de.werkbank.app.WindowJvm").redirectErrorStream(true).start();
        List<String> options;
        try (var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            options = out.lines().map(String::strip).filter(l -> l.startsWith("-")).toList();
        }
        if (p.waitFor() != 0 || options.isEmpty()) {
            throw new IllegalStateException("the jar printed no window JVM options");
        }
        return options;
    }

    /** A jar of the bare and the floor window's classes, from the bench's class folder. */
    private static Path bareJar(Path dir) throws Exception {
        Path classes = Path.of(BareFxWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = dir.resolve("bare-window.jar");
        String folder = BareFxWindow.class.getPackageName().replace('.', '/');
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             var files = Files.list(classes.resolve(folder))) {
            for (Path f : files.filter(StartupBench::windowClass).toList()) {
                out.putNextEntry(new java.util.jar.JarEntry(folder + "/" + f.getFileName()));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static boolean windowClass(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("BareFxWindow") || name.startsWith("FxFloorWindow");
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

    /** Monocle, the headless windowing, comes from the test class path (the jar holds no test code). */
    private static String monocleJar() {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("openjfx-monocle")) {
                return entry;
            }
        }
        throw new IllegalStateException("openjfx-monocle is not on the class path");
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

    /**
     * Milliseconds from starting the process until it prints the first-frame marker, and until it
     * prints the interactive marker (the bare window prints it too); and the nodes in the first frame.
     */
    private static double[] launch(List<String> command) throws Exception {
        return launch(new ProcessBuilder(command));
    }

    private static double[] launch(ProcessBuilder launch) throws Exception {
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
        Double interactive = null;
        double nodes = 0;
        StringBuilder output = new StringBuilder();
        try (var reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (ms == null && line.contains(MARKER)) {
                    ms = (System.nanoTime() - start) / 1e6;
                }
                if (line.startsWith(NODES)) {
                    nodes = Double.parseDouble(line.substring(NODES.length()).strip());
                }
                if (interactive == null && line.contains(INTERACTIVE)) {
                    interactive = (System.nanoTime() - start) / 1e6;
                }
                output.append(line).append('\n');
            }
        }
        p.waitFor();
        if (ms == null || interactive == null) {
            throw new IllegalStateException("no first frame or no handled key press from "
                    + command.get(command.size() - 1) + ":\n" + output);
        }
        return new double[] {ms, interactive, nodes};
    }
}
