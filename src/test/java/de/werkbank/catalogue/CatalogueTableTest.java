package de.werkbank.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue as an Excel workbook: written, read back, and compared with what is stored. */
class CatalogueTableTest {

    @TempDir
    Path dir;

    private final Handlungsfeld wohnen = new Handlungsfeld(UUID.randomUUID(), "WOHNEN", "Leben & Wohnen",
            "Leben & Wohnen gestalten", "#8E44AD", 0);
    private final Werkzeug dorfladen = new Werkzeug(UUID.randomUUID(), "W-001", "Dorfladen", "Genossenschaftlich",
            "WOHNEN", Kind.BLUE, List.of("Ältere Menschen", "Familien"), "Kreisentwicklung", List.of("dorf"));
    private final Werkzeug retired = new Werkzeug(UUID.randomUUID(), "W-002", "Alter Plan", "", "WOHNEN", Kind.GREEN,
            List.of(), "", List.of(), true);
    private final Catalogue catalogue = new Catalogue(List.of(wohnen), Map.of("WOHNEN", "Alle wohnen gut.\nAuch im Alter."),
            List.of(dorfladen, retired));

    @Test
    void aWorkbookReadBackChangesNothingAndMarksTheRetiredTool() {
        Path file = dir.resolve("katalog.xlsx");
        CatalogueTable.write(catalogue, file);
        CatalogueTable.Content content = CatalogueTable.read(file);
        assertThat(content.tools()).hasSize(2);
        assertThat(content.tools().get(1).get(CatalogueTable.Column.RETIRED)).isEqualTo("ja");
        assertThat(content.fields()).hasSize(1);

        CatalogueImport.Preview preview = CatalogueImport.preview(catalogue, content);
        assertThat(preview.changesNothing()).isTrue();
        assertThat(preview.unchanged()).isEqualTo(2);
        assertThat(preview.problems()).isEmpty();
        assertThat(catalogue.nextFreeCode()).isEqualTo("W-003");
    }

    @Test
    void intoAnEmptyCatalogueTheFileBringsBackEveryToolTheRetiredOneRetired() {
        for (String name : List.of("katalog.xlsx", "katalog.csv")) {
            Path file = dir.resolve(name);
            CatalogueTable.write(catalogue, file);
            Catalogue empty = new Catalogue(List.of(wohnen), Map.of(), List.of());
            CatalogueImport.Preview preview = CatalogueImport.preview(empty, CatalogueTable.read(file));
            assertThat(preview.problems()).as(name).isEmpty();
            assertThat(preview.added()).as(name).extracting(Werkzeug::code, Werkzeug::retired)
                    .containsExactly(tuple("W-001", false), tuple("W-002", true));
        }
    }

    @Test
    void aRetiredToolStaysRetiredUnlessTheFileSaysItIsRetiredAndOtherMarksAreRefused() throws Exception {
        Path file = dir.resolve("katalog.csv");
        Files.writeString(file, "ID;Titel;Handlungsfeld;Art;Ausgemustert\r\nW-002;Alter Plan;WOHNEN;grün;\r\n"
                + "W-001;Dorfladen;WOHNEN;blau;vielleicht\r\n", StandardCharsets.UTF_8);
        CatalogueImport.Preview preview = CatalogueImport.preview(catalogue, CatalogueTable.read(file));
        assertThat(preview.problems()).extracting(CatalogueImport.Problem::message)
                .anySatisfy(m -> assertThat(m).contains("W-002", "ausgemusterten"))
                .anySatisfy(m -> assertThat(m).contains("„vielleicht“"));
    }

    @Test
    void theZukunftsbilderSheetRecoloursAndRewritesAField() throws Exception {
        Path file = workbook(tools -> row(tools, 1, "w-001", "Dorfladen", "Genossenschaftlich", "Leben & Wohnen", "Blau",
                "Ältere Menschen, Familien", "Kreisentwicklung", "dorf"), true);
        CatalogueImport.Preview preview = CatalogueImport.preview(catalogue, CatalogueTable.read(file));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.unchanged()).as("ids and kinds in any case, fields by short name").isEqualTo(1);
        assertThat(preview.fields()).singleElement().satisfies(f -> {
            assertThat(f.changedParts()).containsExactly("Farbe", "Zukunftsbild");
            assertThat(f.after().colour()).isEqualTo("#123456");
        });
    }

    @Test
    void aSheetWithoutTheKindColumnIsRefusedNamingIt() throws Exception {
        Path file = dir.resolve("ohne-art.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook book = new Workbook(out, "Test", "1.0");
            Worksheet tools = book.newWorksheet("Werkzeuge");
            row(tools, 0, "ID", "Titel", "Handlungsfeld");
            row(tools, 1, "W-001", "Dorfladen", "WOHNEN");
            book.finish();
        }
        assertThatThrownBy(() -> CatalogueTable.read(file)).isInstanceOf(CatalogueFileException.class)
                .hasMessageContaining("ohne-art.xlsx › Werkzeuge, Zeile 1: Es fehlt: Art");
    }

    private Path workbook(java.util.function.Consumer<Worksheet> toolRows, boolean fields) throws Exception {
        Path file = dir.resolve("bearbeitet.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook book = new Workbook(out, "Test", "1.0");
            Worksheet tools = book.newWorksheet("Werkzeuge");
            row(tools, 0, "ID", "Titel", "Beschreibung", "Handlungsfeld", "Art", "Zielgruppen", "Federführung",
                    "Schlagwörter");
            toolRows.accept(tools);
            if (fields) {
                Worksheet visions = book.newWorksheet("Zukunftsbilder");
                row(visions, 0, "Schlüssel", "Kurzname", "Titel", "Farbe", "Zukunftsbild");
                row(visions, 1, "WOHNEN", "Leben & Wohnen", "Leben & Wohnen gestalten", "#123456", "Neu geschrieben.");
            }
            book.finish();
        }
        return file;
    }

    private static void row(Worksheet sheet, int r, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            sheet.value(r, c, cells[c]);
        }
    }
}
