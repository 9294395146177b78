package de.werkbank.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AreaKeysTest {

    private static Area area(String key, Area.Level level) {
        return new Area(UUID.randomUUID(), key, key, level, null);
    }

    /** A store as the sample one: the Kreis as an 8-digit AGS, its Kommunen, two of Düren's Stadtteile. */
    private static final AreaKeys STORE = new AreaKeys(List.of(area("05358000", Area.Level.KREIS),
            area("05358008", Area.Level.KOMMUNE), area("05358004", Area.Level.KOMMUNE),
            area("101", Area.Level.ORTSTEIL), area("7", Area.Level.ORTSTEIL)));

    @Test
    void everyLevelAndLengthTheOfficesWriteFindsItsArea() {
        assertThat(STORE.match("05358", 0)).contains("05358000");
        assertThat(STORE.match("05358000", 0)).contains("05358000");
        assertThat(STORE.match("05358008", 0)).contains("05358008");
        assertThat(STORE.match("053580008", 0)).as("9 digits, verbandsfreie Gemeinde").contains("05358008");
        assertThat(STORE.match("053580008008", 0)).as("12-digit ARS").contains("05358008");
        assertThat(STORE.match("053580000000", 0)).as("ARS of the Kreis").contains("05358000");
        assertThat(STORE.match(" 05358004 ", 0)).contains("05358004");
    }

    @Test
    void keysThatLostTheirLeadingZeroAreMatchedByMeaningNotByPadding() {
        assertThat(STORE.match("5358008", 0)).contains("05358008");
        assertThat(STORE.match("5358", 0)).as("a Kreis without its zero").contains("05358000");
        assertThat(STORE.match("53580008008", 0)).as("an ARS without its zero").contains("05358008");
        assertThat(STORE.match("53580008", 0)).as("no Land 53: a Gemeindeverband without its zero").contains("05358008");
        assertThat(STORE.match("05358", 8)).as("padding would make 00005358").contains("05358000");
    }

    @Test
    void aKeyEqualToAStoredKeyMatchesThatAreaFirst() {
        AreaKeys withLand = new AreaKeys(List.of(area("07000000", Area.Level.KREIS), area("10100000", Area.Level.KREIS),
                area("7", Area.Level.ORTSTEIL), area("101", Area.Level.ORTSTEIL)));
        assertThat(withLand.match("7", 0)).as("an Ortsteil, not Land 07").contains("7");
        assertThat(withLand.match("101", 0)).as("a Stadtteil, not Regierungsbezirk 101").contains("101");
        assertThat(withLand.match("07", 0)).contains("07000000");
    }

    @Test
    void areasTheStoreDoesNotHoldAreNotFound() {
        assertThat(STORE.match("DG", 0)).isEmpty();
        assertThat(STORE.match("05", 0)).isEmpty();
        assertThat(STORE.match("05334", 0)).isEmpty();
        assertThat(STORE.match("05358099", 0)).isEmpty();
        assertThat(STORE.match("Düren", 0)).isEmpty();
        assertThat(STORE.match("", 0)).isEmpty();
        assertThat(STORE.match("053585555", 0)).as("a Gemeindeverband").isEmpty();
        assertThat(new AreaKeys(List.of(area("DG", Area.Level.KREIS))).match("dg", 0)).contains("DG");
        assertThat(new AreaKeys(List.of(area("00000000", Area.Level.KREIS))).match("DG", 0)).contains("00000000");
    }

    @Test
    void paddingStaysForKeysThatArePlainNumbers() {
        AreaKeys local = new AreaKeys(List.of(area("0042", Area.Level.ORTSTEIL)));
        assertThat(local.match("42", 4)).contains("0042");
        assertThat(local.match("42", 0)).isEmpty();
    }
}
