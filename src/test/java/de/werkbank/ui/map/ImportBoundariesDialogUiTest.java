package de.werkbank.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.area.Area;
import de.werkbank.geo.BoundaryFile;
import de.werkbank.geo.BoundaryImport;
import de.werkbank.geo.Crs;
import de.werkbank.geo.Feature;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ImportBoundariesDialogUiTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFileWithoutCoordinateSystemCannotBeImportedUntilOneIsChosen(FxRobot robot) {
        var square = new GeometryFactory().createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(1, 0),
            new Coordinate(1, 1), new Coordinate(0, 0)});
        var file = new BoundaryFile("gem.shp", List.of("OBJID", "GEN", "AGS"),
                List.of(new Feature(Map.of("OBJID", "1", "GEN", "Düren", "AGS", "05358008"), square)), Optional.empty(),
                Optional.empty());
        var kreis = new Area(UUID.randomUUID(), "05358000", "Kreis Düren", Area.Level.KREIS, null);
        ImportBoundariesDialog[] dialog = new ImportBoundariesDialog[1];
        robot.interact(() -> {
            dialog[0] = new ImportBoundariesDialog(stage, file, List.of(kreis));
            dialog[0].show();
        });

        var ok = dialog[0].getDialogPane().lookupButton(ButtonType.OK);
        assertThat(ok.isDisabled()).isTrue();
        ComboBox<Crs> crs = (ComboBox<Crs>) dialog[0].getDialogPane().lookup("#import-crs");
        robot.interact(() -> crs.setValue(new Crs(25832)));
        assertThat(ok.isDisabled()).isFalse();

        robot.interact(() -> ((javafx.scene.control.Button) ok).fire());
        BoundaryImport.Options options = dialog[0].getResult();
        assertThat(options.keyAttribute()).isEqualTo("AGS");
        assertThat(options.nameAttribute()).isEqualTo("GEN");
        assertThat(options.parentKey()).isEqualTo("05358000");
        assertThat(options.crs()).isEqualTo(new Crs(25832));
    }
}
