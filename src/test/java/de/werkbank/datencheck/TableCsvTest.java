package de.werkbank.datencheck;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.area.Area;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TableCsvTest {

    @Test
    void writesWhatGermanExcelReads() {
        Map<ProfileTable.Column, OptionalDouble> figures = new LinkedHashMap<>();
        figures.put(ProfileTable.Column.POPULATION, OptionalDouble.of(269153));
        figures.put(ProfileTable.Column.SHARE_65, OptionalDouble.of(21.4567));
        figures.put(ProfileTable.Column.MIGRATION, OptionalDouble.empty());
        var row = new ProfileTable.Row(new Area(UUID.randomUUID(), "05358000", "Kreis Düren; Land", Area.Level.KREIS, null),
                figures);
        String csv = TableCsv.write(List.of("Gebiet", "Einwohner", "65+ %", "Wanderungssaldo ‰"), List.of(row),
                List.of(ProfileTable.Column.POPULATION, ProfileTable.Column.SHARE_65, ProfileTable.Column.MIGRATION),
                Map.of(ProfileTable.Column.POPULATION, 0));
        assertThat(csv).isEqualTo("Gebiet;Einwohner;65+ %;Wanderungssaldo ‰\r\n\"Kreis Düren; Land\";269153;21,5;\r\n");
    }
}
