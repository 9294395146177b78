package de.werkbank.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CatalogueFilterTest {

    private final Werkzeug buergerbus = new Werkzeug(UUID.randomUUID(), "W-061", "Bürgerbus im ländlichen Raum",
            "Ehrenamtliche fahren Kleinbusse.", "MOBILITAET", Kind.BLUE, List.of("Ältere Menschen"),
            "Amt für Mobilität und ÖPNV", List.of("öpnv", "ehrenamt"));

    @Test
    void everyWordMustOccurInTitleDescriptionOrTags() {
        assertThat(new CatalogueFilter("bürgerbus ehrenamt", null, null).test(buergerbus)).isTrue();
        assertThat(new CatalogueFilter("BÜRGERBUS kleinbusse", null, null).test(buergerbus)).isTrue();
        assertThat(new CatalogueFilter("bürgerbus pflege", null, null).test(buergerbus)).isFalse();
    }

    @Test
    void fieldAndKindNarrowTheResult() {
        assertThat(new CatalogueFilter("", "MOBILITAET", Kind.BLUE).test(buergerbus)).isTrue();
        assertThat(new CatalogueFilter("", "BILDUNG", null).test(buergerbus)).isFalse();
        assertThat(new CatalogueFilter("", null, Kind.GREEN).test(buergerbus)).isFalse();
    }

    @Test
    void theIdIsSearchableToo() {
        assertThat(new CatalogueFilter("w-061", null, null).test(buergerbus)).isTrue();
    }
}
