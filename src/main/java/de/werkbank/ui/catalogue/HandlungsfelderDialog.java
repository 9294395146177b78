package de.werkbank.ui.catalogue;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.FieldChange;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Renames a Handlungsfeld, gives it another colour or rewrites its Zukunftsbild: one field at a time,
 * chosen at the top. The result is the change, or {@code null} when nothing changed.
 */
public final class HandlungsfelderDialog extends Dialog<FieldChange> {

    private final ComboBox<Handlungsfeld> choice = new ComboBox<>();
    private final TextField shortName = new TextField();
    private final TextField title = new TextField();
    private final ColorPicker colour = new ColorPicker();
    private final TextArea vision = new TextArea();
    private final Catalogue catalogue;

    /** @param first the field shown first, or {@code null} for the catalogue's first */
    public HandlungsfelderDialog(Window owner, Catalogue catalogue, Handlungsfeld first) {
        this.catalogue = catalogue;
        var form = new GridPane();

        initOwner(owner);
        setTitle(Messages.tr("ui.fields.title"));
        setHeaderText(null);
        setResizable(true);
        choice.setId("fields-choice");
        shortName.setId("fields-short-name");
        title.setId("fields-title");
        colour.setId("fields-colour");
        vision.setId("fields-vision");
        choice.getItems().setAll(catalogue.handlungsfelder());
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Handlungsfeld h) {
                return h == null ? "" : h.shortName() + " (" + h.key() + ")";
            }

            @Override
            public Handlungsfeld fromString(String s) {
                return null;
            }
        });
        vision.setWrapText(true);
        vision.setPrefRowCount(8);
        form.setPadding(new Insets(8, 4, 8, 4));
        form.setHgap(10);
        form.setVgap(8);
        form.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(460));
        form.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        row(form, 0, "ui.fields.field", choice);
        row(form, 1, "ui.fields.shortName", shortName);
        row(form, 2, "ui.fields.fullTitle", title);
        row(form, 3, "ui.fields.colour", colour);
        row(form, 4, "ui.fields.vision", vision);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> shortName.getText().isBlank() || title.getText().isBlank(), shortName.textProperty(),
                title.textProperty()));

        choice.valueProperty().addListener((o, was, now) -> show(now));
        choice.setValue(first != null ? first : catalogue.handlungsfelder().stream().findFirst().orElse(null));
        setResultConverter(button -> button == ButtonType.OK ? change() : null);
    }

    private void show(Handlungsfeld h) {
        if (h == null) {
            return;
        }
        shortName.setText(h.shortName());
        title.setText(h.title());
        colour.setValue(Color.web(h.colour()));
        vision.setText(catalogue.zukunftsbild(h.key()));
    }

    private FieldChange change() {
        Handlungsfeld was = choice.getValue();
        Color c = colour.getValue();
        String hex = String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
        Handlungsfeld now = new Handlungsfeld(was.id(), was.key(), shortName.getText().strip(), title.getText().strip(),
                hex.equalsIgnoreCase(was.colour()) ? was.colour() : hex, was.position());
        FieldChange change = new FieldChange(was, catalogue.zukunftsbild(was.key()), now, vision.getText().strip());
        return change.changesAnything() ? change : null;
    }

    private static void row(GridPane form, int row, String labelKey, Node input) {
        var label = new Label(Messages.tr(labelKey));
        label.setLabelFor(input);
        if (input instanceof TextArea) {
            GridPane.setValignment(label, VPos.TOP);
            label.setPadding(new Insets(6, 0, 0, 0));
        }
        form.addRow(row, label, input);
    }
}
