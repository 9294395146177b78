package de.werkbank.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.datencheck.Observation;
import de.werkbank.datencheck.Sex;
import de.werkbank.datencheck.ValueSink;
import de.werkbank.seed.Seeder;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The values read straight from the stored text are those the store hands out as observations. */
class DatencheckCellsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void theSinkGetsEveryPresentValueInOrderWithTheAmountBigDecimalGives(TestStores.Kind kind) {
        List<Observation> imported = new ArrayList<>();
        String[] amounts = {"1234.5678", "-0.0001", "0.00005", "-0.0000", "0", "12345678901.2345", "123456789012.3456",
            "99999999999999999.5", "7", "-12.5", "0.1", "0.3333"};
        String[] groups = {"0-2", "75+", "", "unter 3 Jahre", "a\tb\\c\nd"};
        Random random = new Random(19);
        for (String area : List.of("05358004", "05358008")) {
            for (int year = 2018; year <= 2019; year++) {
                int i = 0;
                for (String group : groups) {
                    for (Sex sex : Sex.values()) {
                        String amount = amounts[(i++ + year + random.nextInt(3)) % amounts.length];
                        boolean missing = random.nextInt(7) == 0;
                        imported.add(new Observation(area, "testwert", year, group, sex, missing ? null : new BigDecimal(amount),
                                missing ? "." : null, "Personen"));
                    }
                }
            }
        }
        StoreLocation location = TestStores.fresh(kind, dir);
        try (Store store = Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            store.transaction(tx -> {
                tx.datencheck().importValues("test", Instant.now(), imported, Map.of());
                return null;
            });
            List<String> expected = store.values("testwert").stream().filter(o -> o.value() != null)
                    .map(o -> o.areaKey() + '|' + o.year() + '|' + o.ageGroup() + '|' + o.sex() + '|'
                            + Double.doubleToRawLongBits(o.value().doubleValue())).toList();
            List<String> read = new ArrayList<>();
            store.values("testwert", new ValueSink() {
                private String at;

                @Override
                public void areaYear(String areaKey, int year) {
                    at = areaKey + '|' + year;
                }

                @Override
                public void value(String ageGroup, Sex sex, double amount) {
                    read.add(at + '|' + ageGroup + '|' + sex + '|' + Double.doubleToRawLongBits(amount));
                }
            });
            assertThat(read).isEqualTo(expected);
            assertThat(expected).hasSizeGreaterThan(60).hasSizeLessThan(imported.size());
        } finally {
            TestStores.drop(location);
        }
    }

    @Test
    void amountsAreTheDoublesNearestTheirDecimals() {
        Random random = new Random(34);
        for (int i = 0; i < 100_000; i++) {
            BigDecimal d = BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000_000L, random.nextInt(8));
            String text = d.toPlainString();
            assertThat(Double.doubleToRawLongBits(DatencheckCells.amount(text, 0, text.length())))
                    .as(text).isEqualTo(Double.doubleToRawLongBits(d.doubleValue()));
        }
    }
}
