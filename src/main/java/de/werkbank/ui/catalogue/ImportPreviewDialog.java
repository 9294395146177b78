package de.werkbank.ui.catalogue;

import de.werkbank.catalogue.CatalogueImport;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * What a catalogue file would change, before anything is stored: the problem rows first (then it
 * cannot be imported), the new tools, the changed tools with the fields that change, the changed
 * Handlungsfelder. "Einlesen" stores all of it as one step.
 */
public final class ImportPreviewDialog extends Dialog<Boolean> {

    /** One line of the preview: a section heading, a problem or an entry, with its inline style. */
    record Line(String text, String style) {
    }

    private static final String HEADING = "-fx-font-weight: bold;";
    private static final String PROBLEM = "-fx-text-fill: -color-danger-fg;";

    public ImportPreviewDialog(Window owner, CatalogueImport.Preview preview) {
        var summary = new Label(Messages.tr("ui.import.summary", preview.added().size(), preview.changed().size(),
                preview.unchanged(), preview.fields().size(), preview.problems().size()));
        var lines = new ListView<Line>();
        var apply = new ButtonType(Messages.tr("ui.import.apply"), ButtonBar.ButtonData.OK_DONE);

        initOwner(owner);
        setTitle(Messages.tr("ui.catalogueImport.title", preview.source()));
        setHeaderText(null);
        setResizable(true);
        summary.setId("import-summary");
        summary.setWrapText(true);
        lines.setId("import-lines");
        lines.setPrefSize(760, 420);
        lines.getItems().setAll(lines(preview));
        lines.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.text());
                setWrapText(true);
                setPrefWidth(0);
                setStyle(empty || line == null ? "" : line.style());
            }
        });
        getDialogPane().setContent(new VBox(10, summary, lines));
        getDialogPane().getButtonTypes().setAll(apply, ButtonType.CANCEL);
        getDialogPane().lookupButton(apply).setDisable(!preview.problems().isEmpty() || preview.changesNothing());
        setResultConverter(button -> button == apply);
    }

    static List<Line> lines(CatalogueImport.Preview p) {
        List<Line> lines = new ArrayList<>();
        if (!p.problems().isEmpty()) {
            lines.add(new Line(Messages.tr("ui.import.section.problems") + " (" + p.problems().size() + ")", HEADING));
            p.problems().forEach(x -> lines.add(new Line(x.toString(), PROBLEM)));
        }
        if (p.changesNothing() && p.problems().isEmpty()) {
            lines.add(new Line(Messages.tr("ui.import.nothing"), ""));
        }
        if (!p.added().isEmpty()) {
            lines.add(new Line(Messages.tr("ui.import.section.new") + " (" + p.added().size() + ")", HEADING));
            for (Werkzeug w : p.added()) {
                lines.add(new Line(w.code() + "  " + w.title() + "  · " + w.handlungsfeld() + " · "
                        + Messages.tr("ui.catalogue.kind." + w.kind().name()), ""));
            }
        }
        if (!p.changed().isEmpty()) {
            lines.add(new Line(Messages.tr("ui.import.section.changed") + " (" + p.changed().size() + ")", HEADING));
            p.changed().forEach(c -> lines.add(new Line(c.after().code() + "  " + c.after().title() + "  → "
                    + String.join(", ", c.changedFields()), "")));
        }
        if (!p.fields().isEmpty()) {
            lines.add(new Line(Messages.tr("ui.import.section.fields") + " (" + p.fields().size() + ")", HEADING));
            p.fields().forEach(f -> lines.add(new Line(f.after().shortName() + "  → " + String.join(", ", f.changedParts()), "")));
        }
        return lines;
    }
}
