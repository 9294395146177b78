package de.werkbank.datencheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A Landesdatenbank download (cp1252, title lines, footnotes, 7-digit AGS) read by a saved mapping. */
class OfficeTableTest {

    private static final Path SAMPLE = Path.of("sample-data/datencheck");

    private static final Set<String> KOMMUNEN = IntStream.rangeClosed(1, 15)
            .mapToObj(i -> String.format("05358%03d", i * 4)).collect(Collectors.toSet());

    private static ColumnMapping mapping() {
        return DataImport.mapping(SAMPLE.resolve("landesdatenbank-mapping.json"));
    }

    @Test
    void theSampleDownloadGivesThreeValuesPerKommuneAndYear() throws Exception {
        List<Observation> values = OfficeTable.read("ldb.csv",
                Files.readAllBytes(SAMPLE.resolve("bevoelkerung_landesdatenbank.csv")), mapping(), KOMMUNEN);
        assertThat(values).hasSize(15 * 3 * 3);
        Observation first = values.get(0);
        assertThat(first.areaKey()).isEqualTo("05358004");
        assertThat(first.year()).isEqualTo(2017);
        assertThat(first.sex()).isEqualTo(Sex.INSGESAMT);
        assertThat(first.value()).isEqualByComparingTo("14103");
        assertThat(values).filteredOn(o -> o.value() == null).extracting(Observation::mark).contains("-", "x");
    }

    @Test
    void textInANumberColumnIsRefusedWithItsLineAndColumn() {
        String file = "Titel\n\nAGS;Gemeinde;Stichtag;Insgesamt;männlich;weiblich\n5358004;Aldenhoven;31.12.2017;viele;1;2\n";
        assertThatThrownBy(() -> OfficeTable.read("t.csv", file.getBytes(Charset.forName("windows-1252")), mapping(), KOMMUNEN))
                .isInstanceOf(DataImportException.class).hasMessageContaining("t.csv, Zeile 4, Spalte 4");
    }

    @Test
    void aFileWithoutTheMappedTableIsRefused() {
        assertThatThrownBy(() -> OfficeTable.read("t.csv", "a;b\n1;2\n".getBytes(Charset.forName("windows-1252")), mapping(), KOMMUNEN))
                .isInstanceOf(DataImportException.class).hasMessageContaining("„AGS“");
    }

    @Test
    void aColumnNamedByAPlaceTooLargeForANumberIsAMissingColumnAndAHugeValueIsRefused() throws Exception {
        byte[] file = Files.readAllBytes(SAMPLE.resolve("bevoelkerung_landesdatenbank.csv"));
        ColumnMapping far = new ColumnMapping(";", 0, 0, "AGS", 8, "Stichtag", null, null, null,
                List.of(new ColumnMapping.ValueColumn("#99999999999", "bevoelkerung", "", "", "")));
        assertThatThrownBy(() -> OfficeTable.read("ldb.csv", file, far, KOMMUNEN)).isInstanceOf(DataImportException.class)
                .hasMessageContaining("ldb.csv, Zeile 6").hasMessageContaining("„#99999999999“");

        byte[] huge = new String(file, Charset.forName("windows-1252")).replace("14.103", "99.999.999.999.999.999")
                .getBytes(Charset.forName("windows-1252"));
        assertThatThrownBy(() -> OfficeTable.read("ldb.csv", huge, mapping(), KOMMUNEN)).isInstanceOf(DataImportException.class)
                .hasMessageContaining("ldb.csv, Zeile 7, Spalte 4").hasMessageContaining("zu groß");
    }

    @Test
    void aKommuneTwiceInOneYearIsRefusedWithBothLinesAndInAnotherYearIsKept() {
        String head = "Titel\n\nAGS;Gemeinde;Stichtag;Insgesamt;männlich;weiblich\n";
        String twice = head + "5358004;Aldenhoven;31.12.2017;3;1;2\n5358008;Düren;31.12.2017;7;3;4\n"
                + "05358004;Aldenhoven;31.12.2017;3;1;2\n";
        assertThatThrownBy(() -> OfficeTable.read("t.csv", twice.getBytes(Charset.forName("windows-1252")), mapping(),
                KOMMUNEN)).isInstanceOf(DataImportException.class)
                .hasMessageContaining("t.csv, Zeile 6").hasMessageContaining("schon in Zeile 4");

        String years = head + "5358004;Aldenhoven;31.12.2017;3;1;2\n5358004;Aldenhoven;31.12.2018;4;2;2\n";
        assertThat(OfficeTable.read("t.csv", years.getBytes(Charset.forName("windows-1252")), mapping(), KOMMUNEN))
                .extracting(Observation::year).containsExactly(2017, 2017, 2017, 2018, 2018, 2018);
    }

    @Test
    void twoColumnsMappedAlikeAreRefusedInTheFirstLineOfData() {
        String file = "Titel\n\nAGS;Gemeinde;Stichtag;Insgesamt;männlich;weiblich\n"
                + "5358004;Aldenhoven;31.12.2017;3;1;2\n5358008;Düren;31.12.2017;7;3;4\n";
        ColumnMapping alike = new ColumnMapping(";", 0, 0, "AGS", 8, "Stichtag", null, null, null, List.of(
                new ColumnMapping.ValueColumn("Insgesamt", "bevoelkerung", "insgesamt", "", "Personen"),
                new ColumnMapping.ValueColumn("männlich", "bevoelkerung", "m", "", "Personen"),
                new ColumnMapping.ValueColumn("weiblich", "bevoelkerung", "m", "", "Personen")));
        assertThatThrownBy(() -> OfficeTable.read("t.csv", file.getBytes(Charset.forName("windows-1252")), alike, KOMMUNEN))
                .isInstanceOf(DataImportException.class)
                .hasMessageContaining("t.csv, Zeile 4").hasMessageContaining("schon in Zeile 4");
    }
}
