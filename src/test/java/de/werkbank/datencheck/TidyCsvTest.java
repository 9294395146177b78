package de.werkbank.datencheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tidy CSV variants German offices and Excel write, and broken files. */
class TidyCsvTest {

    private static final Set<String> AREAS = Set.of("1", "05358004", "05358008", "05358012");

    private static List<Observation> read(String text) {
        return TidyCsv.read("daten.csv", text.getBytes(StandardCharsets.UTF_8), AREAS);
    }

    private static void refused(String text, String... parts) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(DataImportException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(parts));
    }

    @Test
    void semicolonsMeanGermanNumbersAndAreaKeysKeepTheirLeadingZero() {
        List<Observation> values = read("""
                area_key;indicator;year;value;unit;age_group;sex
                05358008;bevoelkerung;2019;1.234;Personen;65+;w
                05358008;anteil_65_plus;2019;21,5;%;;insgesamt
                05358012;geburten;2010;.;Personen;;
                """);
        assertThat(values).extracting(Observation::areaKey).containsOnly("05358008", "05358012");
        assertThat(values.get(0).value()).isEqualByComparingTo("1234");
        assertThat(values.get(0).sex()).isEqualTo(Sex.W);
        assertThat(values.get(0).ageGroup()).isEqualTo("65+");
        assertThat(values.get(1).value()).isEqualByComparingTo(new BigDecimal("21.5"));
        assertThat(values.get(2).value()).isNull();
        assertThat(values.get(2).mark()).isEqualTo(".");
        assertThat(values.get(2).sex()).isEqualTo(Sex.INSGESAMT);
    }

    @Test
    void commasMeanADecimalPointAndABomIsDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "area_key,indicator,year,value\n05358004,wanderungssaldo,2015,12.75\n05358004,x_y,2016,-3\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        List<Observation> values = TidyCsv.read("b.csv", file, AREAS);
        assertThat(values.get(0).areaKey()).isEqualTo("05358004");
        assertThat(values.get(0).value()).isEqualByComparingTo("12.75");
        assertThat(values.get(1).value()).isEqualByComparingTo("-3");
    }

    @Test
    void latin1FilesAreReadToo() {
        byte[] file = "area_key;indicator;year;value;unit\n05358008;bevoelkerung;2019;88.567;Einwohner über 0\n"
                .getBytes(Charset.forName("windows-1252"));
        assertThat(TidyCsv.read("l.csv", file, AREAS).get(0).unit()).isEqualTo("Einwohner über 0");
    }

    @Test
    void everyMissingValueMarkIsKept() {
        List<Observation> values = read("area_key;indicator;year;value\n1;a;2000;-\n1;a;2001;x\n1;a;2002;/\n1;a;2003;...\n");
        assertThat(values).extracting(Observation::mark).containsExactly("-", "x", "/", "...");
        assertThat(values).extracting(Observation::value).containsOnlyNulls();
    }

    @Test
    void brokenFilesAreRefusedWithFileLineAndColumn() {
        refused("area_key;indicator;jahr;value\n1;a;2000;1\n", "daten.csv", "Zeile 1", "„year“ fehlt");
        refused("area_key,indicator,year,value\n1;a;2000;1\n", "Zeile 2", "Trennzeichen");
        refused("area_key;indicator;year;value\n1;a;2000;viel\n", "Zeile 2, Spalte 4", "„viel“ ist keine Zahl");
        refused("area_key;indicator;year;value\n1;a;zweitausend;1\n", "Zeile 2, Spalte 3", "kein Jahr");
        refused("area_key;indicator;year;value;sex\n1;a;2000;1;m\n1;a;2000;2;m\n", "Zeile 3", "Zeile 2");
        refused("area_key;indicator;year;value;sex\n1;a;2000;1;x\n", "Spalte 5", "kein Geschlecht");
        refused("area_key;indicator;year;value\n1;Anteil 65+;2000;1\n", "kein Indikatorschlüssel");
        refused("area_key;indicator;year;value\n", "keine Werte");
        // 5358008 is 05358008 without its leading zero: the same area twice (ADR 0021)
        refused("area_key;indicator;year;value\n05358008;a;2000;1\n5358008;a;2000;1\n", "Zeile 3", "Zeile 2");
        refused("area_key;indicator;year;value\n1;\"a;2000;1\n", "daten.csv", "Anführungszeichen ab Zeile 2 wird nicht geschlossen");
    }

    @Test
    void aDoubledHeadingIsRefusedNamingBothColumnsNotWithAnIndexOutOfBounds() {
        refused("area_key;indicator;year;value;unit;age_group;sex;sex\n05358008;bevoelkerung;2019;1;Personen;65+;w\n",
                "daten.csv, Zeile 1, Spalte 8", "„sex“", "Spalte 7");
        refused("area_key;indicator;year;value;value\n05358008;bevoelkerung;2019;1;2\n", "Spalte 5", "„value“");
    }

    @Test
    void aChangedHeadingIsRefusedWithTheMissingColumn() {
        refused("area_key;indikator;year;value;unit;age_group;sex\n05358008;bevoelkerung;2019;1;Personen;65+;w\n",
                "daten.csv, Zeile 1", "„indicator“");
    }

    @Test
    void anIndicatorNameOver200CharactersIsRefusedWithItsLineAndColumnBeforeTheDatabase() {
        String name = "Ä".repeat(201);
        refused("area_key;indicator;indicator_name;year;value\n05358008;quote;" + name + ";2019;1\n",
                "daten.csv, Zeile 2, Spalte 3", "200 Zeichen");
        assertThat(read("area_key;indicator;indicator_name;year;value\n05358008;quote;" + "Ä".repeat(200) + ";2019;1\n"))
                .hasSize(1);
    }

    @Test
    void aValueOf10To16OrMoreIsRefusedWithItsLineAndColumn() {
        refused("area_key;indicator;year;value\n05358008;quote;2019;10.000.000.000.000.000\n", "daten.csv, Zeile 2, Spalte 4",
                "zu groß");
        refused("area_key,indicator,year,value\n05358008,quote,2019,-99999999999999999999\n", "Zeile 2, Spalte 4");
        assertThat(read("area_key;indicator;year;value\n05358008;quote;2019;9.999.999.999.999.999,9999\n")).hasSize(1);
    }

    @Test
    void aUnitLongerThanTheStoreKeepsIsRefused() {
        refused("area_key;indicator;year;value;unit\n05358008;quote;2019;1;" + "x".repeat(61) + "\n",
                "daten.csv, Zeile 2, Spalte 5", "60 Zeichen");
    }
}
