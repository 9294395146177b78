package de.werkbank.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleDataTest {

    @Test
    void theCatalogueHoldsTwentyToolsPerHandlungsfeldWithUniqueIds() {
        var catalogue = SampleData.catalogue();
        assertThat(catalogue.werkzeuge()).hasSize(100);
        assertThat(catalogue.werkzeuge()).extracting(SampleData.ToolEntry::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("W-\\d{3}"));
        Map<String, Long> perField = catalogue.werkzeuge().stream()
                .collect(Collectors.groupingBy(SampleData.ToolEntry::handlungsfeld, Collectors.counting()));
        assertThat(perField).hasSize(5).allSatisfy((field, count) -> assertThat(count).isEqualTo(20));
        long blue = catalogue.werkzeuge().stream().filter(t -> t.kind().equals("BLUE")).count();
        assertThat(blue).isBetween(30L, 70L);
    }

    @Test
    void theExamplePlanNamesOnlyToolsOfTheCatalogue() {
        var tools = SampleData.catalogue().werkzeuge().stream()
                .collect(Collectors.toMap(SampleData.ToolEntry::id, Function.identity()));
        assertThat(SampleData.plan().cards()).allSatisfy(card -> {
            assertThat(tools).containsKey(card.werkzeug());
            assertThat(card.column()).isBetween(0, 4);
        });
    }

    @Test
    void theAreasAreTheKreisAndItsFifteenKommunenWithTheirAgs() {
        var areas = SampleData.areas().areas();
        assertThat(areas).hasSize(16);
        assertThat(areas).filteredOn(a -> a.level().equals("KOMMUNE")).hasSize(15)
                .allSatisfy(a -> assertThat(a.key()).startsWith("05358").hasSize(8))
                .anySatisfy(a -> assertThat(a.name()).isEqualTo("Nörvenich"));
    }

    @Test
    void theOrtsteileHaveUniqueKeysUnderTheirKommuneAndASourceForEveryKommune() {
        var file = SampleData.ortsteile();
        assertThat(file.kommunen()).hasSize(15).allSatisfy(k -> {
            assertThat(k.sources()).isNotEmpty();
            assertThat(k.ortsteile()).isNotEmpty().allSatisfy(o -> assertThat(o.key()).startsWith(k.ags()).hasSize(11));
        });
        assertThat(file.kommunen().stream().flatMap(k -> k.ortsteile().stream()).map(o -> o.key())).doesNotHaveDuplicates()
                .hasSizeGreaterThanOrEqualTo(150);
    }
}
