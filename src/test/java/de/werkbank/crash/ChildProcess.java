package de.werkbank.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A JVM on the test class path running one main class, its output collected line by line. */
final class ChildProcess {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private ChildProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildProcess start(Class<?> main, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Dfile.encoding=UTF-8",
                "-Dwerkbank.lang=de", "-Djava.util.prefs.userRoot=" + log.getParent().resolve("prefs"),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ChildProcess(new ProcessBuilder(command).redirectError(log.toFile()).start());
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException ignored) {
            // the process was killed
        }
    }

    /** Waits until a line starting with {@code prefix} has come, or the process ended. */
    boolean awaitLine(String prefix, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            if (lines.stream().anyMatch(l -> l.startsWith(prefix))) {
                return true;
            }
            if (!process.isAlive()) {
                reader.join(1000);
                return lines.stream().anyMatch(l -> l.startsWith(prefix));
            }
            Thread.sleep(5);
        }
        return false;
    }

    /** SIGKILL, as a crash would; returns the lines printed until then. */
    List<String> kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        // the process is dead: the pipe ends, and every line it printed is read (a loaded machine may take a while)
        reader.join(60_000);
        return List.copyOf(lines);
    }

    /**
     * Deletes the store's H2 lock file left by a process that is dead (killed and waited for). H2
     * itself takes such a lock over only after it has not changed for two seconds and then watched it
     * for two more, about 3.4 s per open; the tests let most kills skip that wait and some take it, so
     * that the way a user's store opens after a crash is tested too.
     */
    static void clearStaleLock(Path storeDir) throws IOException {
        java.nio.file.Files.deleteIfExists(storeDir.resolve("werkbank.lock.db"));
    }

    /** Waits for the end; returns the exit code. */
    int waitFor() throws InterruptedException {
        int code = process.waitFor();
        // the process is dead: the pipe ends, and every line it printed is read (a loaded machine may take a while)
        reader.join(60_000);
        return code;
    }

    /** Writes a line to the child's standard input. */
    void send(String line) throws IOException {
        var in = process.getOutputStream();
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Waits for the first line starting with {@code prefix} after the {@code skip} first lines; null if none came. */
    String awaitLineAfter(int skip, String prefix, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            List<String> now = lines();
            for (int i = skip; i < now.size(); i++) {
                if (now.get(i).startsWith(prefix)) {
                    return now.get(i);
                }
            }
            if (!process.isAlive() && !reader.isAlive()) {
                return null;
            }
            Thread.sleep(5);
        }
        return null;
    }

    boolean alive() {
        return process.isAlive();
    }

    List<String> lines() {
        return List.copyOf(lines);
    }
}
