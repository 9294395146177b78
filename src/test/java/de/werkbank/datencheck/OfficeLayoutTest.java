package de.werkbank.datencheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables that list sex, age group and indicator in rows, read by a mapping that names those columns. */
class OfficeLayoutTest {

    private static final Set<String> AREAS = Set.of("05358004", "05358008");

    private static final String LONG = """
            Tabelle 12411-04 Bevölkerung nach Altersgruppen
            Stand 2020

            Gemeinde;Schlüssel;Jahr;Geschlecht;Altersgruppe;Anzahl
            Aldenhoven;5358004;2019;männlich;unter 3 Jahre;120
            Aldenhoven;5358004;2019;weiblich;unter 3 Jahre;110
            Aldenhoven;5358004;2019;männlich;75 Jahre und mehr;.
            Aldenhoven;5358004;2019;insgesamt;Insgesamt;1.234
            Düren;5358008;2019;weiblich;3 bis unter 6 Jahre;2.000
            ;;;;;
            Fußnote: . = geheim
            """;

    private static ColumnMapping byRows(int headerLine, int lastLine) {
        return new ColumnMapping(";", headerLine, lastLine, "Schlüssel", 8, "Jahr", null, "Geschlecht", "Altersgruppe",
                List.of(new ColumnMapping.ValueColumn("Anzahl", "bevoelkerung", "", "", "Personen")));
    }

    @Test
    void sexAndAgeGroupComeFromTheirColumnsInTheStoredForm() {
        List<Observation> values = OfficeTable.read("t.csv", LONG.getBytes(StandardCharsets.UTF_8), byRows(0, 0), AREAS);
        assertThat(values).extracting(Observation::sex).containsExactly(Sex.M, Sex.W, Sex.M, Sex.INSGESAMT, Sex.W);
        assertThat(values).extracting(Observation::ageGroup).containsExactly("0-2", "0-2", "75+", "", "3-5");
        assertThat(values.get(2).value()).isNull();
        assertThat(values.get(2).mark()).isEqualTo(".");
        assertThat(values.get(3).value()).isEqualByComparingTo("1234");
        assertThat(values.get(4).areaKey()).isEqualTo("05358008");
    }

    @Test
    void theHeadingLineAndTheLastLineCanBeGiven() {
        List<Observation> values = OfficeTable.read("t.csv", LONG.getBytes(StandardCharsets.UTF_8), byRows(4, 6), AREAS);
        assertThat(values).hasSize(2);
    }

    @Test
    void anAgeGroupThatIsNoneIsRefusedWithItsLineAndColumn() {
        String file = LONG.replace("75 Jahre und mehr", "Senioren");
        assertThatThrownBy(() -> OfficeTable.read("t.csv", file.getBytes(StandardCharsets.UTF_8), byRows(0, 0), AREAS))
                .isInstanceOf(DataImportException.class).hasMessageContaining("t.csv, Zeile 7, Spalte 5")
                .hasMessageContaining("Senioren");
    }

    @Test
    void anIndicatorColumnNamesEachRowsIndicator() {
        String file = """
                Merkmal;AGS;Jahr;Wert
                Lebendgeborene;05358004;2018;101
                Gestorbene;05358004;2018;150
                Zuzüge über die Gemeindegrenze;05358004;2018;600
                """;
        ColumnMapping mapping = new ColumnMapping(";", 0, 0, "AGS", 0, "Jahr", "Merkmal", null, null,
                List.of(new ColumnMapping.ValueColumn("Wert", "", "", "", "Personen")));
        List<Observation> values = OfficeTable.read("b.csv", file.getBytes(StandardCharsets.UTF_8), mapping, AREAS);
        assertThat(values).extracting(Observation::indicatorKey)
                .containsExactly("lebendgeborene", "gestorbene", "zuzuege_ueber_die_gemeindegrenze");
    }

    @Test
    void aSavedMappingReadsBackTheSame(@TempDir Path dir) {
        ColumnMapping mapping = byRows(4, 9);
        Path file = dir.resolve("m.json");
        DataImport.saveMapping(mapping, file);
        assertThat(DataImport.mapping(file)).isEqualTo(mapping);
    }

    @Test
    void theLinesOfAPreviewAndAGuessOfTheHeadingLine() {
        List<String> lines = OfficeTable.lines(LONG.getBytes(StandardCharsets.UTF_8));
        assertThat(OfficeTable.guessHeaderLine(lines, ";")).isEqualTo(4);
        assertThat(OfficeTable.lineWith(lines, ";", "schlüssel")).isEqualTo(4);
        assertThat(OfficeTable.cells(lines.get(3), ";")).containsExactly("Gemeinde", "Schlüssel", "Jahr", "Geschlecht",
                "Altersgruppe", "Anzahl");
    }

    @Test
    void aGenesisTableWithTheDatesAboveTheHeadingsAndUnnamedKeyColumnsIsRead() throws Exception {
        byte[] genesis = genesisDownload();
        ColumnMapping mapping = new ColumnMapping(";", 6, 0, "#1", 8, null, null, null, null, List.of(
                new ColumnMapping.ValueColumn("#3", "bevoelkerung", "insgesamt", "", "Personen"),
                new ColumnMapping.ValueColumn("#4", "bevoelkerung", "insgesamt", "", "Personen"),
                new ColumnMapping.ValueColumn("#5", "bevoelkerung", "m", "", "Personen")), 5);

        List<Observation> values = OfficeTable.read("genesis.csv", genesis, mapping,
                AREAS);

        assertThat(values).extracting(Observation::areaKey, Observation::year, Observation::sex)
                .containsExactly(tuple("05358004", 2018, Sex.INSGESAMT), tuple("05358004", 2019, Sex.INSGESAMT),
                        tuple("05358004", 2019, Sex.M), tuple("05358008", 2018, Sex.INSGESAMT),
                        tuple("05358008", 2019, Sex.INSGESAMT), tuple("05358008", 2019, Sex.M));
        assertThat(values.get(1).value()).isEqualByComparingTo("14206");
        assertThat(values.get(3).value()).isNull();
        assertThat(values.get(3).mark()).isEqualTo("-");

        ColumnMapping beyond = new ColumnMapping(";", 6, 0, "#1", 8, null, null, null, null,
                List.of(new ColumnMapping.ValueColumn("#9", "bevoelkerung", "", "", "")), 5);
        assertThatThrownBy(() -> OfficeTable.read("genesis.csv", genesis, beyond,
                AREAS)).isInstanceOf(DataImportException.class).hasMessageContaining("#9");
    }

    /** A GENESIS download as domain.md shows its layout (Windows-1252, dates above the headings); the UI test reads it too. */
    private static byte[] genesisDownload() throws Exception {
        try (var in = OfficeLayoutTest.class.getResourceAsStream("/datencheck/genesis-12411-01-01-4.csv")) {
            return in.readAllBytes();
        }
    }
}
