package de.werkbank.document;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.plan.Card;
import de.werkbank.plan.Plan;
import de.werkbank.seed.Seeder;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Werkstattplan of the sample data as PDF, read back: table, timeline pages, a page per Werkzeugblatt, options. */
class PlanDocumentTest {

    @TempDir
    static Path dir;
    static Store store;
    static Plan plan;
    static Map<UUID, Werkzeugblatt> sheets;
    static List<String> people;
    static PdfRead pdf;

    @BeforeAll
    static void print() throws Exception {
        store = Store.create(StoreLocation.in(dir.resolve("sample")), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
        plan = store.plan().orElseThrow();
        sheets = store.sheets();
        people = store.actors().stream().filter(a -> a.kind() == Actor.Kind.PERSON).map(Actor::name).toList();
        pdf = print(PdfExport.Request.of(PdfExport.Kind.PLAN));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** How a sheet's page begins: "Werkzeugblatt W-012 Title". */
    static String sheetStart(Card card) {
        return "Werkzeugblatt " + store.catalogue().werkzeugeById().get(card.werkzeug()).code() + " " + card.title();
    }

    static PdfRead print(PdfExport.Request request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(PdfExport.build(store, request, CatalogueDocumentTest.INFO), out);
        return new PdfRead(out.toByteArray());
    }

    @Test
    void everyMeasureHasItsWerkzeugblattStartingOnAPageOfItsOwn() {
        assertThat(plan.cards()).hasSizeGreaterThan(3);
        for (Card card : plan.cards()) {
            List<Integer> pages = pdf.pagesWith(sheetStart(card)).stream()
                    .filter(p -> !pdf.landscape(p)).toList();
            assertThat(pages).as(card.title()).hasSize(1);
            String page = pdf.page(pages.get(0)) + " " + (pages.get(0) < pdf.pages ? pdf.page(pages.get(0) + 1) : "");
            for (Step step : sheets.getOrDefault(card.id(), Werkzeugblatt.blank(card.id())).steps()) {
                // a table cell may break a line after a hyphen: compared without white space
                assertThat(page.replaceAll("\\s+", "")).as("%s: step %s", card.title(), step.text())
                        .contains(step.text().replaceAll("\\s+", ""));
            }
        }
        // no page holds two sheets' beginnings
        long sheetsStarted = pdf.text.stream().filter(t -> t.contains("Werkzeugblatt\n")).count();
        assertThat(sheetsStarted).isEqualTo(plan.cards().size());
    }

    @Test
    void theContentsNameTheOverviewTheTimelineAndEverySheetWithThePageItStartsOn() {
        String contents = pdf.page(2);
        assertThat(contents).contains("Inhalt").contains("Werkzeugblätter");
        int overview = pdf.pagesWith("Der Plan im Überblick").get(1);
        int timeline = pdf.pagesWith("Zeitplan").stream().filter(pdf::landscape).findFirst().orElseThrow();
        assertThat(contents).containsPattern("Der Plan im Überblick[ .]*" + overview + "\\b");
        assertThat(contents).containsPattern("Zeitplan[ .]*" + timeline + "\\b");
        String flat = contents.replaceAll("\\s+", " ");
        for (Card card : plan.cards()) {
            int sheet = pdf.pagesWith(sheetStart(card)).get(0);
            assertThat(flat).as(card.title()).containsPattern(java.util.regex.Pattern.quote(card.title().replaceAll("\\s+", " "))
                    + "[ .]*" + sheet + "\\b");
        }
        List<PdfRead.Link> links = pdf.links.stream().filter(l -> l.page() == 2).toList();
        assertThat(links).isNotEmpty().allSatisfy(l -> assertThat(l.target()).isBetween(overview, pdf.pages));
    }

    @Test
    void theTimelineIsPrintedOnLandscapePagesWithEveryDatedMeasure() {
        List<Integer> timeline = pdf.pagesWith("Zeitplan").stream().filter(pdf::landscape).toList();
        assertThat(timeline).isNotEmpty();
        assertThat(pdf.allA4()).isTrue();
        String all = String.join(" ", timeline.stream().map(pdf::page).toList());
        for (Card card : plan.cards()) {
            Werkzeugblatt s = sheets.get(card.id());
            if (s != null && s.start() != null && s.end() != null) {
                assertThat(all).as(card.title()).contains(card.title());
            }
        }
        assertThat(pdf.fonts).allSatisfy(f -> assertThat(f.embedded()).as(f.name()).isTrue());
    }

    @Test
    void thePlanTableCountsTheMeasuresOfEveryStage() {
        // page 2 holds the contents, which name the overview too
        String overview = pdf.page(pdf.pagesWith("Der Plan im Überblick").get(1));
        assertThat(overview).contains("Der Plan im Überblick").doesNotContain("Inhalt");
        for (var column : plan.columns()) {
            int n = plan.cardsIn(column.id()).size();
            assertThat(overview).as(column.name()).containsPattern(java.util.regex.Pattern.quote(column.name()) + "[^0-9]*"
                    + "(· |\\d+ )*" + n);
        }
    }

    @Test
    void thePlanTableLinksEveryMeasureToTheFirstPageOfItsSheet() {
        int timeline = pdf.pagesWith("Zeitplan").stream().filter(pdf::landscape).findFirst().orElseThrow();
        int contents = 2;
        List<PdfRead.Link> links = pdf.links.stream().filter(l -> l.page() > contents && l.page() < timeline).toList();
        // a measure's title (a link per line it takes) and its page number lead to its sheet
        assertThat(links).allSatisfy(l -> assertThat(pdf.text.get(l.target() - 1)).contains("Werkzeugblatt\n"));
        assertThat(links.stream().map(PdfRead.Link::target).distinct().count()).isEqualTo(plan.cards().size());
        for (Card card : plan.cards()) {
            int sheet = pdf.pagesWith(sheetStart(card)).get(0);
            assertThat(links).as(card.title()).anySatisfy(l -> assertThat(l.target()).isEqualTo(sheet));
        }
    }

    @Test
    void withoutPersonalDataNoPersonIsNamedAnywhere() throws Exception {
        assertThat(people).isNotEmpty();
        // the sample plan names people: the test could fail
        assertThat(people).anySatisfy(name -> assertThat(pdf.all()).contains(name));
        PdfRead anonymous = print(new PdfExport.Request(PdfExport.Kind.PLAN, null, null, null, null, null, null, false, false));
        String text = anonymous.all().toLowerCase(Locale.GERMAN);
        for (String name : people) {
            assertThat(text).as(name).doesNotContain(name.toLowerCase(Locale.GERMAN));
        }
        assertThat(anonymous.author).isNullOrEmpty();
        assertThat(anonymous.page(1)).contains("ohne personenbezogene Daten");
    }

    @Test
    void oneHandlungsfeldOrOneColumnOnly() throws Exception {
        Card some = plan.cards().get(0);
        PdfRead field = print(new PdfExport.Request(PdfExport.Kind.PLAN, some.handlungsfeld(), null, null, null, null, null,
                true, false));
        for (Card card : plan.cards()) {
            assertThat(field.pagesWith(sheetStart(card)))
                    .as(card.title()).hasSize(card.handlungsfeld().equals(some.handlungsfeld()) ? 1 : 0);
        }
        var column = plan.columns().stream().filter(c -> !plan.cardsIn(c.id()).isEmpty()).findFirst().orElseThrow();
        PdfRead inColumn = print(new PdfExport.Request(PdfExport.Kind.PLAN, null, column.name().toUpperCase(Locale.GERMAN),
                null, null, null, null, true, false));
        long started = inColumn.text.stream().filter(t -> t.contains("Werkzeugblatt\n")).count();
        assertThat(started).isEqualTo(plan.cardsIn(column.id()).size());
        PdfRead filtered = print(new PdfExport.Request(PdfExport.Kind.PLAN, null, null, java.util.Set.of(some.id()), null,
                null, null, true, false));
        assertThat(filtered.text.stream().filter(t -> t.contains("Werkzeugblatt\n")).count()).isEqualTo(1);
        assertThat(filtered.all()).contains(sheetStart(some), "wie auf dem Board gefiltert");
    }
}
