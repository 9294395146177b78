package de.werkbank.ui.datencheck.charts;

import de.werkbank.i18n.Messages;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import java.util.function.Supplier;
import javax.imageio.ImageIO;

/** Saves a chart as a PNG picture, as it shows on screen, on a white background. */
public final class ChartExport {

    private ChartExport() {
    }

    /** Writes a snapshot of {@code chart} to {@code file} as PNG. */
    public static void writePng(Node chart, Path file) throws IOException {
        var parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        WritableImage image = chart.snapshot(parameters, null);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    /** A button „Als PNG speichern…“ that asks for a file and saves the chart there. */
    public static Button button(Node chart, Supplier<String> fileName) {
        var button = new Button(Messages.tr("ui.chart.exportPng"));
        button.getStyleClass().add("chart-export");
        button.setOnAction(e -> {
            var chooser = new FileChooser();
            chooser.setTitle(Messages.tr("ui.chart.exportPng"));
            chooser.setInitialFileName(fileName.get());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
            File file = chooser.showSaveDialog(chart.getScene().getWindow());
            if (file == null) {
                return;
            }
            try {
                writePng(chart, file.toPath());
            } catch (IOException | RuntimeException ex) {
                var alert = new Alert(Alert.AlertType.ERROR, Messages.tr("ui.datencheck.exportFailed", file, ex.getMessage()));
                alert.initOwner(chart.getScene().getWindow());
                alert.show();
            }
        });
        return button;
    }
}
