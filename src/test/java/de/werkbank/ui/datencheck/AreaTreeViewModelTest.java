package de.werkbank.ui.datencheck;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.area.Area;
import de.werkbank.datencheck.DataImport;
import de.werkbank.datencheck.DataSource;
import de.werkbank.datencheck.Observation;
import de.werkbank.datencheck.Sex;
import de.werkbank.session.Session;
import de.werkbank.store.StoreLocation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample store with two Ortsteile of Düren added: the tree, the table limited to them, their pyramids. */
class AreaTreeViewModelTest {

    @TempDir
    Path dir;

    @Test
    void ortsteileHangUnderTheirKommuneAndTheTableCanShowOnlyThem() {
        try (Session session = Session.openOrCreate(StoreLocation.in(dir))) {
            List<Observation> values = new ArrayList<>();
            session.store().transaction(tx -> {
                tx.areas().addIfAbsent(new Area(UUID.randomUUID(), "05358008-01", "Neu-Birkesdorf", Area.Level.ORTSTEIL, "05358008"));
                tx.areas().addIfAbsent(new Area(UUID.randomUUID(), "05358008-02", "Neu-Mariaweiler", Area.Level.ORTSTEIL, "05358008"));
                for (String key : List.of("05358008-01", "05358008-02")) {
                    for (Sex sex : List.of(Sex.M, Sex.W)) {
                        values.add(new Observation(key, "bevoelkerung", 2019, "0-64", sex, BigDecimal.valueOf(400), null, ""));
                        values.add(new Observation(key, "bevoelkerung", 2019, "65+", sex, BigDecimal.valueOf(100), null, ""));
                    }
                }
                return DataImport.store(tx, "ortsteile.csv", values, Instant.now());
            });
            DatencheckViewModel model = new DatencheckViewModel();
            model.load(session);

            // the sample's population, movements and Ortsteile, then this file
            assertThat(model.dataSets()).hasSize(4);
            DataSource ortsteile = model.dataSets().stream().filter(d -> d.name().equals("ortsteile.csv")).findFirst().orElseThrow();
            assertThat(ortsteile.valueCount()).isEqualTo(8);
            assertThat(ortsteile.indicators()).containsExactly("Bevölkerung");
            assertThat(ortsteile.firstYear()).isEqualTo(2019);
            assertThat(model.dataSets().get(1).indicators()).containsExactly("Fortzüge", "Geburten", "Sterbefälle", "Zuzüge");
            assertThat(model.dataSets().get(1).lastYear()).isEqualTo(2019);
            Area dueren = model.treeProperty().get().area("05358008").orElseThrow();
            assertThat(model.treeProperty().get().roots()).extracting(Area::name).containsExactly("Kreis Düren");
            // the two new ones beside Düren's 15 sample Stadtteile
            assertThat(model.treeProperty().get().children("05358008")).extracting(Area::name).hasSize(17)
                    .startsWith("Neu-Birkesdorf", "Neu-Mariaweiler").contains("Birkesdorf");
            assertThat(model.areaProperty().get().name()).isEqualTo("Kreis Düren");
            // the table shows the Kommunen level: the Kreis and its 15 Kommunen
            assertThat(model.rows()).hasSize(16);

            model.areaProperty().set(dueren);
            model.childrenOnlyProperty().set(true);
            assertThat(model.rows()).hasSize(18).extracting(r -> r.area().name())
                    .startsWith("Düren", "Neu-Birkesdorf", "Neu-Mariaweiler");
            model.areaProperty().set(model.treeProperty().get().area("05358008-02").orElseThrow());
            assertThat(model.rows()).as("an Ortsteil chosen: its Kommune and its siblings").hasSize(18);
            assertThat(model.pyramid()).extracting(b -> b.label()).containsExactly("0-64", "65+");
            assertThat(model.pyramid().get(1).women()).isEqualTo(100);

            model.childrenOnlyProperty().set(false);
            model.map().levelProperty().set(de.werkbank.map.MapLevel.ORTSTEILE);
            model.filterProperty().set("birkesdorf");
            assertThat(model.rows()).extracting(r -> r.area().name()).containsExactlyInAnyOrder("Birkesdorf", "Neu-Birkesdorf");
        }
    }
}
