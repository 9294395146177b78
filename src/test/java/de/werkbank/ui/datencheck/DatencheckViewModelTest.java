package de.werkbank.ui.datencheck;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.datencheck.IndicatorSummary;
import de.werkbank.datencheck.ProfileTable;
import de.werkbank.map.MapFigure;
import de.werkbank.session.Session;
import de.werkbank.store.StoreLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatencheckViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theTableGoesToExcelInTheOrderShownWithGermanNumbers() {
        try (Session session = Session.openOrCreate(StoreLocation.in(dir))) {
            DatencheckViewModel model = new DatencheckViewModel();
            model.load(session);
            assertThat(model.yearProperty().get()).isEqualTo(2019);
            assertThat(model.baseYearProperty().get()).isEqualTo(2009);
            model.rows().setComparator((a, b) -> a.area().name().compareTo(b.area().name()));
            String csv = model.csv();
            String[] lines = csv.split("\r\n");
            assertThat(lines[0]).startsWith("Gebiet;Einwohner;Entwicklung %;").contains("Jugendquotient", "Wanderungssaldo ‰");
            assertThat(lines[1]).startsWith("Aldenhoven;14206;");
            assertThat(csv).contains("Kreis Düren;269153;").doesNotContain("269.153");
            assertThat(lines).hasSize(17);

            model.yearProperty().set(2011);
            assertThat(model.csv()).contains("Kreis Düren;258524;");

            model.setLimits(18, 65);
            assertThat(model.rows().get(0).figures().get(ProfileTable.Column.JUGENDQUOTIENT)).isEmpty();
            assertThat(model.rows().get(0).figures().get(ProfileTable.Column.SHARE_65)).isPresent();
            model.setLimits(15, 60);
            assertThat(model.rows().get(0).figures().get(ProfileTable.Column.JUGENDQUOTIENT)).isPresent();
            assertThat(model.rows().get(0).figures().get(ProfileTable.Column.SHARE_65).getAsDouble())
                    .isGreaterThan(25);
            model.setLimits(20, 65);

            model.areaProperty().set(session.store().areas().get(0));
            assertThat(model.profile()).hasSize(11);
            assertThat(model.profile().get(0).year()).isEqualTo(2009);
            assertThat(model.profile().get(0).row().figures().get(ProfileTable.Column.CHANGE).getAsDouble()).isZero();
            assertThat(model.profile().get(10).row().figures().get(ProfileTable.Column.POPULATION).getAsDouble())
                    .isEqualTo(269_153);
        }
    }

    @Test
    void anImportedIndicatorStandsBesideTheDerivedFiguresInTableProfileAndCsv() throws Exception {
        try (Session session = Session.openOrCreate(StoreLocation.in(dir))) {
            DatencheckViewModel model = new DatencheckViewModel();
            model.load(session);
            Path survey = dir.resolve("ehrenamt.csv");
            Files.writeString(survey, "area_key;indicator;year;value;unit\n05358008;ehrenamtsquote;2019;12,5;%\n"
                    + "05358004;ehrenamtsquote;2019;17,25;%\n05358008;ehrenamtsquote;2017;11;%\n", StandardCharsets.UTF_8);
            model.importFile(survey, null);
            model.reload();

            assertThat(model.measured()).extracting(IndicatorSummary::key).containsExactly("ehrenamtsquote");
            ProfileTable.Row dueren = model.rows().stream().filter(r -> r.area().key().equals("05358008")).findFirst()
                    .orElseThrow();
            assertThat(dueren.measured().get("ehrenamtsquote").getAsDouble()).isEqualTo(12.5);
            String csv = model.csv();
            assertThat(csv.split("\r\n")[0]).endsWith(";ehrenamtsquote (%)");
            assertThat(csv).contains(";12,5\r\n", ";17,25\r\n");

            assertThat(model.map().figures()).contains(new MapFigure.Measured("ehrenamtsquote", "ehrenamtsquote"));

            model.areaProperty().set(dueren.area());
            assertThat(model.profile()).filteredOn(y -> y.year() == 2017).singleElement()
                    .satisfies(y -> assertThat(y.row().measured().get("ehrenamtsquote").getAsDouble()).isEqualTo(11));
        }
    }
}
