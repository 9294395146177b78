package de.werkbank.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.werkbank.area.Area;
import de.werkbank.datencheck.AgeLimits;
import de.werkbank.datencheck.ProfileTable;
import de.werkbank.i18n.Messages;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.map.MapData;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Datencheck booklet of the sample data, read back: a page per area with its figures, charts and map. */
class DatencheckDocumentTest {

    @TempDir
    Path dir;

    @Test
    void everyAreaWithDataHasItsPageWithTheFiguresOfTheChosenYear() throws Exception {
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            ProfileTable table = MapData.profile(store);
            int year = 2015;
            List<ProfileTable.Row> rows = table.rows(year, 2010, AgeLimits.STANDARD);
            assertThat(rows).hasSizeGreaterThan(3);
            PdfRead pdf = print(store, year, 2010);
            assertThat(pdf.allA4()).isTrue();
            assertThat(pdf.page(1)).contains("Datencheck", "Jahr 2015", "Basisjahr 2010", "Gebiete " + rows.size());
            NumberFormat people = NumberFormat.getIntegerInstance(Locale.GERMAN);
            for (ProfileTable.Row row : rows) {
                Area a = row.area();
                // the area's page: its name in the running header and as heading, its population in the year
                String population = people.format(Math.round(row.figures().get(ProfileTable.Column.POPULATION).getAsDouble()));
                List<Integer> pages = pdf.pagesWith(a.name() + " Kennzahl 2015 2010 Einwohner " + population);
                assertThat(pages).as(a.name()).hasSize(1);
                assertThat(pdf.page(pages.get(0))).as(a.name()).contains("Bevölkerung nach Alter und Geschlecht, 2015",
                        "Bevölkerung, Index 2010 = 100");
                if (!a.name().startsWith("Kreis")) {
                    // the pyramid's legend, the base year's outline included, as the window draws it
                    assertThat(pdf.page(pages.get(0))).as(a.name()).contains("Männer 2015", "2010 (Umriss)", "Frauen 2015");
                }
            }
            assertThat(pdf.fonts).allSatisfy(f -> assertThat(f.embedded()).as(f.name()).isTrue());
            assertThatThrownBy(() -> print(store, 1950, null)).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("1950");
        }
    }

    @Test
    void anOrtsteilIsMappedAmongItsKommunesOrtsteile() throws Exception {
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            PdfRead pdf = print(store, 2019, 2009);
            int merken = pdf.pagesWith("Merken Kennzahl 2019 2009").get(0);
            String page = pdf.page(merken);
            // the map on Merken's page: Düren's Stadtteile (labels drawn in the PDF's own font), not the Kommunen
            List<String> others = store.areas().stream().filter(a -> "05358008".equals(a.parentKey()) && !a.name().equals("Merken"))
                    .map(Area::name).toList();
            assertThat(others).hasSize(14).anySatisfy(name -> assertThat(page).contains(name));
            assertThat(page).doesNotContain("Nörvenich").doesNotContain("Vettweiß");
            // a Kommune's page keeps the map of the Kommunen
            int noervenich = pdf.pagesWith("Nörvenich Kennzahl 2019 2009").get(0);
            assertThat(pdf.page(noervenich)).contains("Vettweiß");
        }
    }

    @Test
    void inEnglishTheBookletSpeaksEnglishThroughoutItsTextsAndCharts() throws Exception {
        // as with the window or the command line in English: the UI language is the document's
        Messages.use(Locale.ENGLISH);
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            var english = new DocumentInfo(Messages.get(), "Demography team", LocalDate.of(2026, 12, 2));
            PdfRead pdf = print(store, 2019, 2009, english);
            ProfileTable.Row row = MapData.profile(store).rows(2019, 2009, AgeLimits.STANDARD).stream()
                    .filter(r -> r.area().name().equals("Jülich")).findFirst().orElseThrow();
            String population = NumberFormat.getIntegerInstance(Locale.ENGLISH)
                    .format(Math.round(row.figures().get(ProfileTable.Column.POPULATION).getAsDouble()));
            List<Integer> pages = pdf.pagesWith("Jülich Figure 2019 2009 Population " + population);
            assertThat(pages).hasSize(1);
            int juelich = pages.get(0);
            assertThat(pdf.page(juelich)).contains("Population by age and sex, 2019", "Men 2019", "Women 2019",
                    "2009 (outline)", "Population, index 2009 = 100", "Page " + juelich + " of " + pdf.pages);
            // German words of the German booklet appear nowhere (place names aside)
            for (String german : List.of("Bevölkerung", "Kennzahl", "Einwohner", "Männer", "Frauen", "Umriss", "Seite",
                    "Inhalt", "Stand", "Basisjahr", "Anteil")) {
                assertThat(pdf.all()).as(german).doesNotContain(german);
            }
        } finally {
            Messages.use(null);
        }
    }

    private static PdfRead print(Store store, Integer year, Integer base) throws Exception {
        return print(store, year, base, CatalogueDocumentTest.INFO);
    }

    private static PdfRead print(Store store, Integer year, Integer base, DocumentInfo info) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(PdfExport.build(store, new PdfExport.Request(PdfExport.Kind.DATENCHECK, null, null, null, null, year,
                base, true, false), info), out);
        return new PdfRead(out.toByteArray());
    }
}
