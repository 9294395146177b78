package de.werkbank.ui.intake;

import de.werkbank.i18n.Messages;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.intake.ListColumn;
import de.werkbank.intake.ListReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;

/**
 * For a list of measures: which of the file's columns holds the title, the description, the
 * Handlungsfeld, … (like the Datencheck's column mapping). Empty: chosen by the usual headings.
 */
final class ListHeadings {

    private final Map<ListColumn, ComboBox<String>> boxes = new EnumMap<>(ListColumn.class);
    private final TitledPane pane;
    private final Consumer<Map<String, String>> changed;
    private boolean setting;

    /** The boxes without headings to choose from until {@link #offer} gives them. */
    ListHeadings(Consumer<Map<String, String>> changed) {
        this.changed = changed;
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int i = 0;
        for (ListColumn c : ListColumn.values()) {
            var box = new ComboBox<String>();
            box.setId("intake-heading-" + c.key());
            box.getItems().add("");
            box.setValue("");
            box.valueProperty().addListener((o, a, b) -> {
                if (!setting) {
                    changed.accept(chosen());
                }
            });
            boxes.put(c, box);
            grid.add(new Label(Messages.tr("ui.intake.heading." + c.key())), (i % 3) * 2, i / 3);
            grid.add(box, (i % 3) * 2 + 1, i / 3);
            i++;
        }
        pane = new TitledPane(Messages.tr("ui.intake.headings"), grid);
        pane.setId("intake-headings");
        pane.setExpanded(false);
    }

    /** The file's headings as choices (read off the FX thread by {@link #read}). */
    void offer(List<String> headings) {
        setting = true;
        boxes.values().forEach(box -> {
            String chosen = box.getValue();
            box.getItems().setAll("");
            box.getItems().addAll(headings.stream().filter(h -> !h.isBlank()).distinct().toList());
            box.setValue(box.getItems().contains(chosen) ? chosen : "");
        });
        setting = false;
    }

    /** The headings of a list's table; none when the file is no list (the preview says why). */
    static List<String> read(Path file) {
        try {
            return ListReader.headings(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException | UserFacingException e) {
            return List.of();
        }
    }

    Node node() {
        return pane;
    }

    void show(boolean visible) {
        pane.setVisible(visible);
        pane.setManaged(visible);
    }

    /** Shows the headings a loaded mapping names. */
    void set(Map<String, String> headings) {
        setting = true;
        boxes.forEach((c, box) -> box.setValue(headings.getOrDefault(c.key(), "")));
        setting = false;
    }

    private Map<String, String> chosen() {
        Map<String, String> chosen = new LinkedHashMap<>();
        boxes.forEach((c, box) -> {
            if (box.getValue() != null && !box.getValue().isEmpty()) {
                chosen.put(c.key(), box.getValue());
            }
        });
        return chosen;
    }
}
