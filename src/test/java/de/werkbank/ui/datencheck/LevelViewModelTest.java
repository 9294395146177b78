package de.werkbank.ui.datencheck;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.area.Area;
import de.werkbank.map.MapLevel;
import de.werkbank.session.Session;
import de.werkbank.store.StoreLocation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample store's three levels in the Datencheck: the selector, the table and the map follow it. */
class LevelViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theTableAndTheMapShowOneLevelAtATimeAndADoubleClickGoesDownIntoAKommune() {
        try (Session session = Session.openOrCreate(StoreLocation.in(dir))) {
            DatencheckViewModel model = new DatencheckViewModel();
            model.load(session);
            var map = model.map();

            // Kommunen, all Orts-/Stadtteile, then those of each of the 15 Kommunen by name
            assertThat(map.levels()).hasSize(17).startsWith(MapLevel.KOMMUNEN, MapLevel.ORTSTEILE);
            assertThat(map.describe(map.levels().get(2))).isEqualTo("Orts-/Stadtteile von Aldenhoven");
            assertThat(map.levelProperty().get()).isEqualTo(MapLevel.KOMMUNEN);
            assertThat(model.rows()).hasSize(16).noneMatch(r -> r.area().level() == Area.Level.ORTSTEIL);
            assertThat(map.picture().shapes().shapes()).hasSize(15);

            // a double click on Jülich: its 16 Stadtteile, the Kreis and Jülich itself above them in the table
            assertThat(map.drillDown("05358024")).isTrue();
            assertThat(map.picture().shapes().shapes()).hasSize(16)
                    .allSatisfy(s -> assertThat(s.key()).startsWith("05358024"));
            assertThat(model.rows()).hasSize(18).extracting(r -> r.area().name()).contains("Kreis Düren", "Jülich", "Koslar");
            // the legend's classes are computed over the areas drawn
            assertThat(map.picture().choropleth().orElseThrow().values()).hasSize(16);
            assertThat(map.drillDown("05358024001")).as("an Ortsteil has nothing below it").isFalse();

            // Backspace: back to the Kommunen, Jülich selected
            assertThat(map.up()).isTrue();
            assertThat(map.levelProperty().get()).isEqualTo(MapLevel.KOMMUNEN);
            assertThat(model.areaProperty().get().name()).isEqualTo("Jülich");
            assertThat(map.up()).isFalse();

            map.levelProperty().set(MapLevel.ORTSTEILE);
            assertThat(map.picture().shapes().shapes()).hasSize(170);
            assertThat(model.rows()).hasSize(171);
        }
    }
}
