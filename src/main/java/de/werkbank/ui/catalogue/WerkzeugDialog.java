package de.werkbank.ui.catalogue;

import de.werkbank.catalogue.CatalogueTable;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The form for one tool: its id (shown, not edited), title, description, Handlungsfeld, blue or green,
 * target groups, lead office and tags. OK is possible once the title is filled in; the result is the
 * tool as the form now says (same id, same retired flag).
 */
public final class WerkzeugDialog extends Dialog<Werkzeug> {

    public WerkzeugDialog(Window owner, Werkzeug tool, List<Handlungsfeld> fields, boolean isNew) {
        var id = new Label(tool.code() + (tool.retired() ? " · " + Messages.tr("ui.werkzeug.retired") : ""));
        var title = new TextField(tool.title());
        var description = new TextArea(tool.description());
        var field = new ComboBox<Handlungsfeld>();
        var blue = new RadioButton(Messages.tr("ui.werkzeug.kind.BLUE"));
        var green = new RadioButton(Messages.tr("ui.werkzeug.kind.GREEN"));
        var kinds = new ToggleGroup();
        var groups = new TextField(String.join(", ", tool.targetGroups()));
        var office = new TextField(tool.leadOffice());
        var tags = new TextField(String.join(", ", tool.tags()));
        var form = new GridPane();

        initOwner(owner);
        setTitle(isNew ? Messages.tr("ui.werkzeug.new.title") : Messages.tr("ui.werkzeug.edit.title", tool.code()));
        setHeaderText(null);
        setResizable(true);
        id.getStyleClass().add("tool-code");
        id.setId("werkzeug-id");
        title.setId("werkzeug-title");
        description.setId("werkzeug-description");
        description.setWrapText(true);
        description.setPrefRowCount(5);
        field.setId("werkzeug-field");
        field.getItems().setAll(fields);
        field.setMaxWidth(Double.MAX_VALUE);
        field.setConverter(new StringConverter<>() {
            @Override
            public String toString(Handlungsfeld h) {
                return h == null ? "" : h.shortName();
            }

            @Override
            public Handlungsfeld fromString(String s) {
                return null;
            }
        });
        fields.stream().filter(h -> h.key().equals(tool.handlungsfeld())).findFirst().ifPresent(field::setValue);
        blue.setToggleGroup(kinds);
        green.setToggleGroup(kinds);
        blue.setId("werkzeug-blue");
        green.setId("werkzeug-green");
        (tool.kind() == Kind.BLUE ? blue : green).setSelected(true);
        for (TextField list : List.of(groups, tags)) {
            list.setPromptText(Messages.tr("ui.werkzeug.listHint"));
        }
        groups.setId("werkzeug-groups");
        office.setId("werkzeug-office");
        tags.setId("werkzeug-tags");
        form.setPadding(new Insets(8, 4, 8, 4));
        form.setHgap(10);
        form.setVgap(8);
        form.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(420));
        form.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        row(form, 0, "ui.werkzeug.id", id);
        row(form, 1, "ui.werkzeug.title", title);
        row(form, 2, "ui.werkzeug.description", description);
        row(form, 3, "ui.werkzeug.field", field);
        row(form, 4, "ui.werkzeug.kind", new HBox(16, blue, green));
        row(form, 5, "ui.werkzeug.targetGroups", groups);
        row(form, 6, "ui.werkzeug.leadOffice", office);
        row(form, 7, "ui.werkzeug.tags", tags);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> title.getText().isBlank() || field.getValue() == null, title.textProperty(), field.valueProperty()));
        Platform.runLater(title::requestFocus);

        setResultConverter(button -> button != ButtonType.OK ? null
                : new Werkzeug(tool.id(), tool.code(), title.getText().strip(), description.getText().strip(),
                        field.getValue().key(), blue.isSelected() ? Kind.BLUE : Kind.GREEN,
                        CatalogueTable.list(groups.getText()), office.getText().strip(), CatalogueTable.list(tags.getText()),
                        tool.retired()));
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
