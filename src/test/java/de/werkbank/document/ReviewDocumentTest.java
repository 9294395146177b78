package de.werkbank.document;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.i18n.UserFacingException;
import de.werkbank.review.FrozenIndicator;
import de.werkbank.review.Review;
import de.werkbank.review.ReviewEntry;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample Halbzeitbilanz as PDF, read back: the summary, every measure's judgement and its frozen indicators. */
class ReviewDocumentTest {

    @TempDir
    Path dir;

    @Test
    void everyMeasureIsPrintedWithItsJudgementAndIndicators() throws Exception {
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            Review review = store.reviews().get(0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfWriter.write(PdfExport.build(store, new PdfExport.Request(PdfExport.Kind.REVIEW, null, null, null,
                    review.id().toString().substring(0, 6), null, null, true, false), CatalogueDocumentTest.INFO), out);
            PdfRead pdf = new PdfRead(out.toByteArray());
            assertThat(pdf.allA4()).isTrue();
            assertThat(pdf.title).isEqualTo(review.title());
            assertThat(pdf.page(1)).contains(review.title(), "Stichtag 20.11.2026",
                    "Bewertet " + review.judged() + " von " + review.entries().size() + " Maßnahmen");
            // page 2: the contents, with the page each measure's judgement is on (and a link there)
            String contents = pdf.page(2).replaceAll("\\s+", " ");
            assertThat(contents).contains("Inhalt");
            int summary = pdf.pagesWith("Übersicht je Handlungsfeld").get(1);
            assertThat(pdf.page(summary)).doesNotContain("Inhalt");
            assertThat(contents).containsPattern("Übersicht je Handlungsfeld[ .]*" + summary + "\\b");
            for (ReviewEntry e : review.entries()) {
                int on = pdf.pagesWith(e.title()).stream().filter(n -> n > 2).findFirst().orElseThrow();
                assertThat(contents).as(e.title()).containsPattern(java.util.regex.Pattern.quote(e.title()) + "[ .]*" + on + "\\b");
            }
            assertThat(pdf.links.stream().filter(l -> l.page() == 2)).hasSizeGreaterThan(review.entries().size());
            String all = pdf.all().replaceAll("\\s+", "");
            for (ReviewEntry e : review.entries()) {
                assertThat(all).as(e.title()).contains(e.title().replaceAll("\\s+", ""),
                        e.helped().replaceAll("\\s+", ""), e.blocked().replaceAll("\\s+", ""),
                        e.nextSteps().replaceAll("\\s+", ""));
                for (FrozenIndicator i : e.indicators()) {
                    assertThat(all).contains(i.name().replaceAll("\\s+", ""));
                }
            }
            assertThat(pdf.all()).contains("verstetigen", "hinter Plan", "auf Kurs", "Kennzahlen am 20.11.2026");
            assertThat(pdf.fonts).allSatisfy(f -> assertThat(f.embedded()).isTrue());

            Assertions.assertThatThrownBy(() -> PdfExport.build(store, new PdfExport.Request(PdfExport.Kind.REVIEW, null,
                    null, null, "ffffffff", null, null, true, false), CatalogueDocumentTest.INFO))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("keine Bilanz „ffffffff“");
        }
    }
}
