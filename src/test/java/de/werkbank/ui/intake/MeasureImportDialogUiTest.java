package de.werkbank.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.werkbank.intake.Buckets;
import de.werkbank.intake.ImportMeasures;
import de.werkbank.intake.ImportPlan;
import de.werkbank.intake.IntakeContext;
import de.werkbank.intake.IntakeFormat;
import de.werkbank.intake.PlannerFixtures;
import de.werkbank.plan.PlanEditor;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import de.werkbank.ui.theme.Theme;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The measure import's dialog on the sample store with a Trello board: preview, a changed match, Einlesen. */
@ExtendWith(ApplicationExtension.class)
class MeasureImportDialogUiTest {

    @TempDir
    Path dir;

    private Stage stage;
    private Store store;
    private MeasureImportDialog dialog;
    private Optional<ImportPlan> result;

    @Start
    void start(Stage stage) {
        Theme.installBase();
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (store != null) {
            store.close();
        }
    }

    private Path board() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/intake/trello-demografiewerkstatt.json")) {
            Path file = dir.resolve("board.json");
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    /** Waits until the dialog has read the file and made the preview. */
    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialog.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    @Test
    void thePreviewShowsTheCardsAMatchCanBeChangedAndEinlesenStoresItAsOneStep(FxRobot robot) throws Exception {
        store = Store.create(StoreLocation.in(dir.resolve("s")), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
        Path file = board();
        IntakeContext context = IntakeContext.of(store);
        robot.interact(() -> {
            dialog = new MeasureImportDialog(stage, file, context, Instant.parse("2026-06-01T10:00:00Z"));
            dialog.show();
        });
        settle();

        assertThat(robot.lookup("#intake-format").queryComboBox().getValue()).isEqualTo(IntakeFormat.TRELLO);
        TableView<ImportPlan.NewCard> table = robot.lookup("#intake-cards").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(7).extracting(n -> n.card().title())
                .contains("Bürgerbus im ländlichen Raum", "Repair-Café in Kreuzau 🔧");
        ListView<String> lines = robot.lookup("#intake-lines").queryAs(ListView.class);
        assertThat(lines.getItems()).anyMatch(l -> l.contains("7 neue Karten"))
                .anyMatch(l -> l.contains("neues Werkzeug") && l.contains("Seniorentreff Nideggen"));
        Button apply = (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
        assertThat(apply.isDisabled()).isFalse();

        // the user lets „Seniorentreff Nideggen“ use the catalogue's Mehrgenerationentreffpunkte
        robot.interact(() -> dialog.chooseTool("trello:65f1a2b3c4d5e6f708091a2b/card-senioren", "W-048"));
        settle();
        assertThat(table.getItems()).filteredOn(n -> n.card().title().equals("Seniorentreff Nideggen")).singleElement()
                .satisfies(n -> assertThat(n.tool().code()).isEqualTo("W-048"));
        assertThat(lines.getItems()).noneMatch(l -> l.contains("neues Werkzeug") && l.contains("Seniorentreff"));

        // a source type that does not fit the file says why and blocks Einlesen
        robot.interact(() -> dialog.chooseFormat(IntakeFormat.PLANNER));
        settle();
        assertThat(robot.lookup("#intake-failure").queryAs(Label.class).getText()).contains("board.json");
        assertThat(apply.isDisabled()).isTrue();
        robot.interact(() -> dialog.chooseFormat(IntakeFormat.TRELLO));
        settle();
        assertThat(apply.isDisabled()).isFalse();

        robot.interact(() -> {
            result = Optional.ofNullable(dialog.getResultConverter().call(dialog.getDialogPane().getButtonTypes().get(0)));
            dialog.close();
        });
        assertThat(result).isPresent();
        int before = store.plan().orElseThrow().cards().size() + store.archivedCards().size();
        PlanEditor editor = new PlanEditor(store, () -> "Test", Clock.systemUTC());
        editor.execute(ImportMeasures.of(result.get()));
        assertThat(store.plan().orElseThrow().cards().size() + store.archivedCards().size()).isEqualTo(before + 7);
        assertThat(editor.undoDescription()).hasValueSatisfying(d -> assertThat(d).contains("7 neue Karten"));
        editor.undo();
        assertThat(store.plan().orElseThrow().cards().size() + store.archivedCards().size()).isEqualTo(before);
        assertThat(List.of(ButtonType.CANCEL)).isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void theBucketsChoiceMakesPlannerBucketsColumnsOrHandlungsfelder(FxRobot robot) throws Exception {
        store = Store.create(StoreLocation.in(dir.resolve("s")), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
        Path file = Files.write(dir.resolve("planner.xlsx"), PlannerFixtures.bucketExport());
        IntakeContext context = IntakeContext.of(store);
        robot.interact(() -> {
            dialog = new MeasureImportDialog(stage, file, context, Instant.parse("2026-06-01T10:00:00Z"));
            dialog.show();
        });
        settle();
        TableView<ImportPlan.NewCard> table = robot.lookup("#intake-cards").queryAs(TableView.class);
        ComboBox<Buckets> buckets = robot.lookup("#intake-buckets").queryAs(ComboBox.class);
        assertThat(buckets.getValue()).isEqualTo(Buckets.COLUMNS);
        assertThat(buckets.isDisabled()).isFalse();
        assertThat(table.getItems()).extracting(n -> n.column().name(), n -> n.card().handlungsfeld()).containsExactly(
                tuple("Vorschlag", "FACHKRAEFTE"), tuple("Vorschlag", "FACHKRAEFTE"), tuple("In Umsetzung", "TEILHABE"));

        robot.interact(() -> buckets.setValue(Buckets.FIELDS));
        settle();
        assertThat(table.getItems()).extracting(n -> n.column().name(), n -> n.card().handlungsfeld()).containsExactly(
                tuple("Vorschlag", "BILDUNG"), tuple("Vorschlag", "MOBILITAET"), tuple("Vorschlag", "TEILHABE"));
        ListView<String> lines = robot.lookup("#intake-lines").queryAs(ListView.class);
        assertThat(lines.getItems()).anyMatch(l -> l.contains("davon 0 ohne Angabe"));

        // a measure list has no buckets: the choice is off
        robot.interact(() -> dialog.chooseFormat(IntakeFormat.EXCEL));
        settle();
        assertThat(buckets.isDisabled()).isTrue();
    }

    @Test
    void aBadFileIsReadOffTheFxThreadAndItsMessageShownInTheDialog(FxRobot robot) throws Exception {
        store = Store.create(StoreLocation.in(dir.resolve("s")), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
        Path file = Files.writeString(dir.resolve("board.json"), "{\"id\": \"b1\", \"lists\": [");
        IntakeContext context = IntakeContext.of(store);
        robot.interact(() -> {
            dialog = new MeasureImportDialog(stage, file, context, Instant.parse("2026-06-01T10:00:00Z"));
            dialog.show();
            // the dialog is open before the file is read: it takes no input until the preview is there
            assertThat(dialog.loadingProperty().get()).isTrue();
            assertThat(robot.lookup("#intake-format").queryComboBox().isDisabled()).isTrue();
        });
        settle();
        assertThat(robot.lookup("#intake-failure").queryAs(Label.class).getText()).contains("board.json", "JSON");
        assertThat(robot.lookup("#intake-format").queryComboBox().isDisabled()).isFalse();
        Button apply = (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
        assertThat(apply.isDisabled()).isTrue();
    }
}
