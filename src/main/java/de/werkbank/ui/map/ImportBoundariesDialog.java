package de.werkbank.ui.map;

import de.werkbank.area.Area;
import de.werkbank.geo.BoundaryFile;
import de.werkbank.geo.BoundaryImport;
import de.werkbank.geo.Crs;
import de.werkbank.i18n.Messages;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks how to import a boundary file that has been read: which attribute is the area key and which
 * the name, under which area new ones go, the coordinate system when the file names none, and the
 * source line for the maps.
 */
final class ImportBoundariesDialog extends Dialog<BoundaryImport.Options> {

    private static final List<Integer> CODES = List.of(25832, 25833, 31466, 31467, 31468, 4326, 4258, 3857);

    ImportBoundariesDialog(Window owner, BoundaryFile file, List<Area> areas) {
        var key = new ComboBox<String>(FXCollections.observableArrayList(file.attributes()));
        var name = new ComboBox<String>(FXCollections.observableArrayList(file.attributes()));
        var parent = new ComboBox<Area>(FXCollections.observableArrayList(
                areas.stream().filter(a -> a.level() != Area.Level.ORTSTEIL).toList()));
        var crs = new ComboBox<Crs>(FXCollections.observableArrayList(CODES.stream().map(Crs::new).toList()));
        var source = new TextField(file.sourceLine().orElse(""));

        initOwner(owner);
        setTitle(Messages.tr("ui.map.import.title"));
        setHeaderText(Messages.tr("ui.map.import.header", file.name(), file.features().size()));
        key.setId("import-key");
        name.setId("import-name");
        parent.setId("import-parent");
        crs.setId("import-crs");
        key.setValue(pick(file.attributes(), "AGS", "ARS", "KEY", "SCHLUESSEL").orElse(file.attributes().get(0)));
        name.setValue(pick(file.attributes(), "GEN", "NAME", "BEZEICHNUNG").orElse(file.attributes().get(0)));
        parent.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Area a) {
                return a == null ? Messages.tr("ui.map.import.noParent") : a.name() + " (" + a.key() + ")";
            }

            @Override
            public Area fromString(String s) {
                return null;
            }
        });
        parent.getItems().add(0, null);
        parent.setValue(areas.stream().filter(a -> a.level() == Area.Level.KREIS).findFirst().orElse(null));
        crs.setValue(file.crs().orElse(null));
        crs.setPromptText(Messages.tr("ui.map.import.crsPrompt"));
        source.setPromptText(Messages.tr("ui.map.import.sourcePrompt"));
        source.setPrefColumnCount(32);

        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.tr("ui.map.import.key")), key);
        grid.addRow(1, new Label(Messages.tr("ui.map.import.name")), name);
        grid.addRow(2, new Label(Messages.tr("ui.map.import.parent")), parent);
        grid.addRow(3, new Label(Messages.tr("ui.map.import.crs")), crs);
        grid.addRow(4, new Label(Messages.tr("ui.map.import.source")), source);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(crs.valueProperty().isNull());
        setResultConverter(b -> b != ButtonType.OK ? null : new BoundaryImport.Options(key.getValue(), name.getValue(),
                parent.getValue() == null ? null : parent.getValue().key(), crs.getValue(), source.getText()));
    }

    private static Optional<String> pick(List<String> attributes, String... wanted) {
        for (String w : wanted) {
            for (String a : attributes) {
                if (a.equalsIgnoreCase(w)) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }
}
