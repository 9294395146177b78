package de.werkbank.logging;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.cli.CommandLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One log file, the owner's alone; commands keep stdout and stderr free of log lines. */
class LogsTest {

    @TempDir
    Path dir;

    @Test
    void theTestsLogIntoTheFolderTheyAreGivenNotTheUsersHome() {
        assertThat(Logs.folder()).isEqualTo(Path.of(System.getProperty(Logs.DIR_PROPERTY)).toAbsolutePath());
        assertThat(Logs.folder().toString()).doesNotStartWith(Path.of(System.getProperty("user.home"), ".cache").toString());
    }

    @Test
    void aFailedCommandPrintsOneLineAndLogsItsCauseWithTheStackTrace() throws IOException {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        Path missing = dir.resolve("no-store-" + UUID.randomUUID());

        CommandLine.run(new String[] {"--store", missing.toString(), "status"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Fehler:").doesNotContain("\tat ", "Exception");
        String log = Files.readString(Logs.file());
        assertThat(log).contains("Command [status] failed", missing.toString(), "\tat de.werkbank.");
    }

    @Test
    void javaUtilLoggingGoesIntoTheFile() throws IOException {
        Logs.start();
        String probe = "jul-probe-" + UUID.randomUUID();
        java.util.logging.Logger.getLogger("de.werkbank.test").warning(probe);
        assertThat(Files.readString(Logs.file())).contains(probe);
    }

    @Test
    void fileAndFolderAreTheOwnersAlone() throws IOException {
        Logs.start();
        org.slf4j.LoggerFactory.getLogger(LogsTest.class).info("mode probe");
        if (Files.getFileStore(Logs.folder()).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Logs.folder()))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Logs.file()))).isEqualTo("rw-------");
        }
    }

    @Test
    void commandsInTheirOwnProcessPrintNoLogLinesAndFlywaysStepsStayOutOfTheFile() throws Exception {
        Path logs = dir.resolve("logs");
        Path store = dir.resolve("store");

        Run init = launch(logs, "--store", store.toString(), "init");
        Run failed = launch(logs, "--store", dir.resolve("none").toString(), "status");

        assertThat(init.code).as(init.err).isZero();
        assertThat(init.err).isEmpty();
        assertThat(init.out).doesNotContainIgnoringCase("flyway").doesNotContain("INFO", "WARN", "SLF4J", "logback");
        assertThat(failed.code).isEqualTo(1);
        assertThat(failed.err.strip()).startsWith("Fehler:").doesNotContain("\n", "SLF4J", "logback");
        String log = Files.readString(logs.resolve("werkbank.log"));
        assertThat(log).contains("WARN", "Command [status] failed").doesNotContain("Migrating schema", "Successfully applied");
    }

    private record Run(int code, String out, String err) {
    }

    private Run launch(Path logs, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + Logs.DIR_PROPERTY + "=" + logs, "-Dwerkbank.lang=de",
                "-cp", System.getProperty("java.class.path"), "de.werkbank.app.Launcher"));
        command.addAll(List.of(args));
        Path out = dir.resolve("out-" + UUID.randomUUID());
        Path err = dir.resolve("err-" + UUID.randomUUID());
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
