package de.werkbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.seed.Seeder;
import de.werkbank.session.Session;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command in a second process while the store is open in the first (as when the window is open). */
class SecondProcessTest {

    @TempDir
    Path dir;

    @Test
    void aSecondProcessReadsAStoreThatIsOpenElsewhere() throws Exception {
        StoreLocation location = StoreLocation.in(dir);
        Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE)).close();
        try (Session open = Session.openOrCreate(location)) {
            assertThat(open.store().plan()).isPresent();
            Process p = new ProcessBuilder(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    "de.werkbank.app.Launcher", "--store", dir.toString(), "status"))
                    .redirectErrorStream(true).start();
            boolean finished = p.waitFor(60, TimeUnit.SECONDS);
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(finished).isTrue();
            assertThat(output).contains("100 Werkzeuge", "9 Karten");
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(open.store().plan().orElseThrow().cards()).hasSize(9);
        }
    }

    private static String javaBinary() throws IOException {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
