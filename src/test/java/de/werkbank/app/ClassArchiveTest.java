package de.werkbank.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

    @TempDir
    Path dir;

    @Test
    void theFirstWindowWritesTheArchiveAndTheNextOneMapsIt() throws IOException {
        ClassArchive first = new ClassArchive(dir, "abc");
        Path written = writtenBy(first);
        Files.write(written, new byte[1234]);
        first.finish(0);

        assertThat(files()).containsExactly("classes-abc-1234.jsa");
        assertThat(new ClassArchive(dir, "abc").options())
                .containsExactly("-XX:SharedArchiveFile=" + dir.resolve("classes-abc-1234.jsa"));
    }

    @Test
    void aWindowThatEndedBadlyLeavesNoArchive() throws IOException {
        ClassArchive archive = new ClassArchive(dir, "abc");
        Files.write(writtenBy(archive), new byte[1234]);
        archive.finish(143);

        assertThat(files()).isEmpty();
    }

    @Test
    void aCutOffArchiveIsRemovedAndWrittenAgain() throws IOException {
        Files.write(dir.resolve("classes-abc-1234.jsa"), new byte[1000]);

        List<String> options = new ClassArchive(dir, "abc").options();

        assertThat(options).singleElement().asString().startsWith("-XX:ArchiveClassesAtExit=");
        assertThat(files()).isEmpty();
    }

    @Test
    void anArchiveTheJvmCrashedOnIsDropped() throws IOException {
        Files.write(dir.resolve("classes-abc-1234.jsa"), new byte[1234]);
        ClassArchive archive = new ClassArchive(dir, "abc");
        assertThat(archive.options()).singleElement().asString().startsWith("-XX:SharedArchiveFile=");

        archive.finish(134);

        assertThat(files()).isEmpty();
    }

    @Test
    void aNewArchiveReplacesThoseOfOtherJars() throws IOException {
        Files.write(dir.resolve("classes-old-10.jsa"), new byte[10]);
        ClassArchive archive = new ClassArchive(dir, "new");
        Files.write(writtenBy(archive), new byte[20]);
        archive.finish(0);

        assertThat(files()).containsExactly("classes-new-20.jsa");
    }

    private static Path writtenBy(ClassArchive archive) {
        String option = archive.options().get(0);
        assertThat(option).startsWith("-XX:ArchiveClassesAtExit=");
        return Path.of(option.substring(option.indexOf('=') + 1));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
