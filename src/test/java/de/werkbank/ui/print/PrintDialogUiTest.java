package de.werkbank.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.document.PdfExport;
import de.werkbank.session.Session;
import de.werkbank.session.UserSettings;
import de.werkbank.sheet.Actor;
import de.werkbank.store.StoreLocation;
import de.werkbank.ui.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Datei → Drucken / PDF… on the sample store: a plan without personal data written in the background; a cancel. */
@ExtendWith(ApplicationExtension.class)
class PrintDialogUiTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("de/werkbank-test/" + UUID.randomUUID());
    private Session session;
    private PrintDialog dialog;
    private Stage owner;

    @Start
    void start(Stage stage) {
        Theme.installBase();
        owner = stage;
    }

    private void open(FxRobot robot) {
        session = Session.openOrCreate(StoreLocation.in(dir.resolve("store")), new UserSettings(prefs));
        robot.interact(() -> {
            dialog = PrintDialog.open(owner, session, () -> null);
            dialog.openNothingAfterwards();
        });
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        if (dialog != null) {
            robot.interact(() -> dialog.stage().close());
        }
        if (session != null) {
            session.close();
        }
        prefs.removeNode();
    }

    @Test
    void thePlanWithoutPersonalDataIsWrittenInTheBackground(FxRobot robot) throws Exception {
        open(robot);
        List<String> people = session.store().actors().stream().filter(a -> a.kind() == Actor.Kind.PERSON)
                .map(Actor::name).toList();
        robot.interact(() -> dialog.choose(PdfExport.Kind.PLAN));
        robot.clickOn("#print-no-personal-data");
        assertThat(robot.lookup("#print-no-personal-data").queryAs(CheckBox.class).isSelected()).isTrue();
        Path file = dir.resolve("Werkstattplan.pdf");
        robot.interact(() -> dialog.write(file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !dialog.running());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.status()).startsWith("Gespeichert: Werkstattplan.pdf (").endsWith(" Seiten)");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Werkzeugblatt", "ohne personenbezogene Daten");
            assertThat(people).isNotEmpty().allSatisfy(name -> assertThat(text).doesNotContain(name));
        }
    }

    @Test
    void aCancelledPdfIsNotWritten(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> dialog.choose(PdfExport.Kind.CATALOGUE));
        Path file = dir.resolve("Katalog.pdf");
        robot.interact(() -> {
            dialog.write(file);
            dialog.cancel();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.status()).isEqualTo("Abgebrochen – es wurde nichts gespeichert.");
        // the background work ends on its own; whenever it does, it leaves no file behind
        Thread.sleep(8000);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("store");
        }
    }
}
