package de.werkbank.session;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.plan.MoveCard;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's store, changed by someone else: a second store on the same folder, or a command in a process of its own. */
class StoreWatchTest {

    @TempDir
    Path dir;

    private StoreLocation location;

    @BeforeEach
    void createStore() {
        location = StoreLocation.in(dir.resolve("store"));
        Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE)).close();
    }

    @Test
    void readingChangesNothingAndOwnChangesCountAsSeenOnceMarked() {
        try (Session window = Session.openOrCreate(location)) {
            var watch = new StoreWatch(window.store());
            window.store().catalogue();
            window.store().plan();
            assertThat(watch.changedSinceSeen()).isFalse();

            moveFirstCard(window);
            watch.markSeen();
            assertThat(watch.changedSinceSeen()).isFalse();
        }
    }

    @Test
    void aPlanChangeThroughASecondStoreIsNoticedOnce() {
        try (Session window = Session.openOrCreate(location); Session other = Session.openOrCreate(location)) {
            var watch = new StoreWatch(window.store());

            moveFirstCard(other);

            assertThat(watch.changedSinceSeen()).isTrue();
            assertThat(watch.changedSinceSeen()).as("the change counts as seen once noticed").isFalse();
        }
    }

    @Test
    void undoInASecondStoreIsNoticed() {
        try (Session window = Session.openOrCreate(location); Session other = Session.openOrCreate(location)) {
            moveFirstCard(other);
            var watch = new StoreWatch(window.store());

            other.editor().undo();

            assertThat(watch.changedSinceSeen()).isTrue();
        }
    }

    @Test
    void commandsInAnotherProcessAreNoticed() throws Exception {
        Path data = dir.resolve("quote.csv");
        Files.writeString(data, "area_key;indicator;year;value\n05358008;ehrenamtsquote;2018;11,0\n", StandardCharsets.UTF_8);
        Path catalogue = dir.resolve("katalog.csv");
        Files.writeString(catalogue, "ID;Titel;Handlungsfeld;Art\n;Dorfladen-Netzwerk;Leben & Wohnen;grün\n", StandardCharsets.UTF_8);
        try (Session window = Session.openOrCreate(location)) {
            var watch = new StoreWatch(window.store());

            assertThat(command("import-data", data.toString())).isZero();
            assertThat(watch.changedSinceSeen()).as("after import-data").isTrue();

            assertThat(command("import-catalogue", catalogue.toString())).isZero();
            assertThat(watch.changedSinceSeen()).as("after import-catalogue").isTrue();

            assertThat(command("status")).isZero();
            assertThat(watch.changedSinceSeen()).as("status only reads").isFalse();
        }
    }

    private static void moveFirstCard(Session session) {
        var plan = session.store().plan().orElseThrow();
        var from = plan.columns().get(0);
        var to = plan.columns().get(1);
        var card = plan.cardsIn(from.id()).get(0);
        session.editor().execute(new MoveCard(card, to, 0));
    }

    private int command(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dwerkbank.logDir=" + dir.resolve("logs"), "-cp", System.getProperty("java.class.path"),
                "de.werkbank.app.Launcher", "--store", location.dir().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isZero();
        return p.exitValue();
    }
}
