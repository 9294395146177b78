package de.werkbank.document;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Werkzeugkatalog as PDF, read back with PDFBox: pages, contents, page numbers, links, fonts. */
class CatalogueDocumentTest {

    static final DocumentInfo INFO = new DocumentInfo(Messages.forLocale(Locale.GERMAN), "Team Demografie",
            LocalDate.of(2026, 12, 2));
    static final String UMLAUTS = "Größere Übergänge für Ältere: Maß & Straße <neu> „sofort“";

    static Catalogue catalogue;
    static List<Werkzeug> active;
    static Werkzeug retired;
    static byte[] bytes;
    static int writtenPages;
    static PdfRead pdf;

    @BeforeAll
    static void print() throws Exception {
        List<Handlungsfeld> fields = List.of(
                new Handlungsfeld(UUID.randomUUID(), "MOBIL", "Mobilität", "Mobil im ländlichen Raum", "#546E7A", 0),
                new Handlungsfeld(UUID.randomUUID(), "WOHNEN", "Wohnen", "Wohnen für alle Generationen", "#8E24AA", 1),
                new Handlungsfeld(UUID.randomUUID(), "LEER", "Leer", "Ein Feld ohne Werkzeuge", "#2E7D32", 2));
        List<Werkzeug> tools = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String field = i % 3 == 0 ? "WOHNEN" : "MOBIL";
            String title = i == 7 ? UMLAUTS : "Maßnahme Nummer " + i + (i % 5 == 0 ? " mit einem recht langen Titel, der umbricht" : "");
            tools.add(new Werkzeug(UUID.randomUUID(), String.format("W-%03d", i), title,
                    ("Beschreibung des Werkzeugs " + i + ". ").repeat(8 + i % 9), field, i % 2 == 0 ? Kind.BLUE : Kind.GREEN,
                    List.of("Seniorinnen", "Familien"), "Amt 61", i % 4 == 0 ? List.of("mobilität", "ehrenamt") : List.of("wohnen")));
        }
        retired = new Werkzeug(UUID.randomUUID(), "W-099", "Ausgemustertes Werkzeug", "alt", "MOBIL", Kind.BLUE,
                List.of(), "", List.of(), true);
        tools.add(retired);
        catalogue = new Catalogue(fields, Map.of("MOBIL", "Im Jahr 2030 kommt jede und jeder ohne eigenes Auto ans Ziel."), tools);
        active = catalogue.active();
        PrintDocument doc = CatalogueDocument.of(catalogue, 7, new CatalogueDocument.Options("Kreis Düren", false), INFO);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writtenPages = PdfWriter.write(doc, out);
        bytes = out.toByteArray();
        pdf = new PdfRead(bytes);
    }

    @Test
    void everyToolStandsOnThePageTheTableOfContentsNames() {
        int firstChapter = pdf.pagesWith("Mobil im ländlichen Raum").stream().filter(p -> p > 2).findFirst().orElseThrow();
        StringBuilder toc = new StringBuilder();
        for (int p = 2; p < firstChapter; p++) {
            toc.append(pdf.page(p)).append(' ');
        }
        for (Werkzeug w : active) {
            Matcher m = Pattern.compile(Pattern.quote(PdfRead.flat(w.code() + " " + w.title())) + "[ .]*(\\d+)").matcher(toc);
            assertThat(m.find()).as("table of contents names %s", w.code()).isTrue();
            int page = Integer.parseInt(m.group(1));
            assertThat(page).isBetween(firstChapter, pdf.pages);
            assertThat(pdf.page(page)).as("page %d holds %s", page, w.code()).contains(PdfRead.flat(w.code() + " " + w.title()));
        }
        // the chapters too: the Handlungsfeld's full title on the page named
        Matcher m = Pattern.compile("Wohnen für alle Generationen[ .]*(\\d+)").matcher(toc);
        assertThat(m.find()).isTrue();
        assertThat(pdf.page(Integer.parseInt(m.group(1)))).contains("Wohnen für alle Generationen", "Wohnen");
    }

    @Test
    void theTableOfContentsLinksToThePagesItNames() {
        int firstChapter = pdf.pagesWith("Mobil im ländlichen Raum").stream().filter(p -> p > 2).findFirst().orElseThrow();
        List<PdfRead.Link> tocLinks = pdf.links.stream().filter(l -> l.page() < firstChapter).toList();
        // a link per Handlungsfeld, per tool and per index
        assertThat(tocLinks).hasSize(catalogue.handlungsfelder().size() + active.size() + 2);
        assertThat(tocLinks).allSatisfy(l -> assertThat(l.target()).isBetween(firstChapter, pdf.pages));
    }

    @Test
    void pagesAreA4WithPageNumbersAndTheRunningHeader() {
        assertThat(pdf.pages).isEqualTo(writtenPages).isGreaterThan(6);
        assertThat(pdf.allA4()).isTrue();
        for (int p = 2; p <= pdf.pages; p++) {
            assertThat(pdf.page(p)).contains("Seite " + p + " von " + pdf.pages, "Werkzeugkatalog", "Stand 02.12.2026");
        }
        assertThat(pdf.page(1)).doesNotContain("Seite 1 von").contains("Kreis Düren", "Katalogversion 7",
                "40 Werkzeuge in 3 Handlungsfeldern");
        int wohnen = pdf.pagesWith("Wohnen für alle Generationen").stream().filter(p -> p > 2).findFirst().orElseThrow();
        assertThat(pdf.text.get(wohnen - 1).lines().limit(3).toList()).anySatisfy(l -> assertThat(l).contains("Wohnen"));
    }

    @Test
    void umlautsSharpSAndMarkupCharactersExtractAsTyped() {
        assertThat(pdf.all()).contains(PdfRead.flat(UMLAUTS), "Ältere", "Straße", "Größere", "für");
    }

    @Test
    void everyFontIsEmbeddedDejaVu() {
        assertThat(pdf.fonts).isNotEmpty().allSatisfy(f -> {
            assertThat(f.embedded()).as(f.name()).isTrue();
            assertThat(f.name()).contains("DejaVu");
        });
    }

    @Test
    void blueAndGreenAreSaidInWordsAndRetiredToolsAreLeftOut() throws Exception {
        assertThat(pdf.all()).contains("W-002 Maßnahme Nummer 2 blau – besteht schon", "W-001 Maßnahme Nummer 1 grün – neu");
        assertThat(pdf.all()).doesNotContain("Ausgemustertes Werkzeug");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(CatalogueDocument.of(catalogue, 7, new CatalogueDocument.Options("Kreis Düren", true), INFO), out);
        assertThat(new PdfRead(out.toByteArray()).all()).contains("W-099 Ausgemustertes Werkzeug", "(ausgemustert)");
    }

    @Test
    void theIndexesListToolsByTitleAndTag() {
        List<Integer> index = pdf.pagesWith("Werkzeuge nach Schlagwort");
        String tags = pdf.page(index.get(index.size() - 1));
        assertThat(tags).contains("ehrenamt", "mobilität", "W-004 Maßnahme Nummer 4");
        int titles = pdf.pagesWith("Werkzeuge nach Titel").stream().filter(p -> p > 2).findFirst().orElseThrow();
        StringBuilder byTitle = new StringBuilder();
        for (int p = titles; p <= pdf.pages; p++) {
            byTitle.append(pdf.page(p)).append(' ');
        }
        for (Werkzeug w : active) {
            Matcher m = Pattern.compile(Pattern.quote(PdfRead.flat(w.title() + " (" + w.code() + ")")) + "[ .]*(\\d+)")
                    .matcher(byTitle);
            assertThat(m.find()).as("index names %s", w.code()).isTrue();
            assertThat(pdf.page(Integer.parseInt(m.group(1)))).contains(PdfRead.flat(w.code() + " " + w.title()));
        }
    }

    @Test
    void theMetadataNameTheDocumentAndWhoPrintedIt() {
        assertThat(pdf.title).isEqualTo("Werkzeugkatalog");
        assertThat(pdf.author).isEqualTo("Team Demografie");
        assertThat(pdf.subject).contains("Kreis Düren");
    }
}
