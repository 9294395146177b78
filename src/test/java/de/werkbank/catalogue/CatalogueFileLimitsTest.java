package de.werkbank.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalogue files that would exhaust the machine or confuse the reader are refused at once with a
 * message naming the file and the place, before anything is allocated by a size the file states.
 */
class CatalogueFileLimitsTest {

    @TempDir
    Path dir;

    private final Handlungsfeld wohnen = new Handlungsfeld(UUID.randomUUID(), "WOHNEN", "Leben & Wohnen",
            "Leben & Wohnen gestalten", "#8E44AD", 0);
    private final Catalogue catalogue = new Catalogue(List.of(wohnen), Map.of("WOHNEN", "Alle wohnen gut."),
            List.of(new Werkzeug(UUID.randomUUID(), "W-001", "Dorfladen", "Genossenschaftlich", "WOHNEN", Kind.BLUE,
                    List.of("Familien"), "Kreisentwicklung", List.of("dorf"))));

    /** The catalogue's workbook with its first sheet's XML changed by {@code edit}. */
    private Path workbookWithSheet(String name, UnaryOperator<String> edit) throws IOException {
        Path good = dir.resolve("good.xlsx");
        CatalogueTable.write(catalogue, good);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(good.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        Path file = dir.resolve(name);
        Files.write(file, out.toByteArray());
        return file;
    }

    @Test
    void aCellNamingSharedStringNumber999999999IsRefusedAtOnceInsteadOfFillingTheMemory() throws IOException {
        Path file = workbookWithSheet("riesig.xlsx", xml -> xml.replaceFirst("(<c r=\"A2\"[^>]*t=\"s\"[^>]*><v>)\\d+(</v>)",
                "$1999999999$2"));
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).isNotEmpty();
        assertThat(Files.size(file)).isLessThan(30_000);
        assertThatThrownBy(() -> CatalogueTable.read(file)).isInstanceOf(CatalogueFileException.class)
                .hasMessageContaining("riesig.xlsx").hasMessageContaining("A2").hasMessageContaining("999999999");
    }

    @Test
    void aCellReferenceFarBeyondExcelsColumnsIsRefused() throws IOException {
        Path file = workbookWithSheet("breit.xlsx", xml -> xml.replaceFirst("<c r=\"B2\"", "<c r=\"ZZZZZZ2\""));
        assertThatThrownBy(() -> CatalogueTable.read(file)).isInstanceOf(CatalogueFileException.class)
                .hasMessageContaining("breit.xlsx").hasMessageContaining("ZZZZZZ2");
    }

    @Test
    void aZipPartThatInflatesBeyondItsLimitIsRefusedWhileItIsInflated() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/media/nullen.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < WorkbookGuard.MAX_PART_BYTES / zeros.length + 1; i++) {
                zip.write(zeros);
            }
        }
        Path file = dir.resolve("bombe.xlsx");
        Files.write(file, out.toByteArray());
        assertThat(Files.size(file)).isLessThan(1_000_000);
        assertThatThrownBy(() -> CatalogueTable.read(file)).isInstanceOf(CatalogueFileException.class)
                .hasMessageContaining("bombe.xlsx").hasMessageContaining("xl/media/nullen.bin");
    }

    @Test
    void aCsvOfMoreThan100000RowsIsRefusedNamingTheLimit() throws IOException {
        StringBuilder csv = new StringBuilder("ID;Titel;Handlungsfeld;Art\n");
        csv.append(";Werkzeug;WOHNEN;blau\n".repeat(CatalogueTable.MAX_ROWS + 1));
        Path file = dir.resolve("lang.csv");
        Files.writeString(file, csv);
        assertThatThrownBy(() -> CatalogueTable.read(file)).isInstanceOf(CatalogueFileException.class)
                .hasMessageContaining("lang.csv").hasMessageContaining("100.000");
    }

    @Test
    void aDoubledOrChangedHeadingIsNamedForCsvAndWorkbook() throws IOException {
        Path doubled = dir.resolve("doppelt.csv");
        Files.writeString(doubled, "ID;Titel;Titel;Handlungsfeld;Art\nW-9;A;B;WOHNEN;blau\n");
        assertThatThrownBy(() -> CatalogueTable.read(doubled)).isInstanceOf(CatalogueFileException.class)
                .hasMessageContaining("doppelt.csv").hasMessageContaining("„Titel“ kommt zweimal vor");
        Path changed = dir.resolve("anders.csv");
        Files.writeString(changed, "ID;Tittel;Handlungsfeld;Art\nW-9;A;WOHNEN;blau;zuviel;mehr\n");
        assertThatThrownBy(() -> CatalogueTable.read(changed)).isInstanceOf(CatalogueFileException.class)
                .hasMessageContaining("anders.csv").hasMessageContaining("Spalte B").hasMessageContaining("„Tittel“");
        Path book = dir.resolve("doppelt.xlsx");
        try (OutputStream out = Files.newOutputStream(book)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet sheet = wb.newWorksheet(CatalogueTable.TOOLS_SHEET);
            List<String> cells = List.of("ID", "Titel", "Handlungsfeld", "Art", "Art");
            for (int c = 0; c < cells.size(); c++) {
                sheet.value(0, c, cells.get(c));
                sheet.value(1, c, "x");
            }
            wb.finish();
        }
        assertThatThrownBy(() -> CatalogueTable.read(book)).isInstanceOf(CatalogueFileException.class)
                .hasMessageContaining("doppelt.xlsx").hasMessageContaining("„Art“ kommt zweimal vor");
    }

    @Test
    void aRowWithMoreCellsThanHeadingsIsReadWithoutAnIndexError() throws IOException {
        Path file = dir.resolve("mehr.csv");
        Files.writeString(file, "ID;Titel;Handlungsfeld;Art\n;Neu;WOHNEN;blau;überzählig;noch eine\n;Kurz\n");
        CatalogueImport.Preview preview = CatalogueImport.preview(catalogue, CatalogueTable.read(file));
        assertThat(preview.added()).extracting(Werkzeug::title).containsExactly("Neu");
        assertThat(preview.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.row()).isEqualTo(3));
    }

    @Test
    void fieldsLongerThanTheStoreHoldsAreProblemsNamingSheetRowAndColumn() throws IOException {
        Path csv = dir.resolve("titel.csv");
        Files.writeString(csv, "ID;Titel;Handlungsfeld;Art;Schlagwörter\n;" + "t".repeat(201) + ";WOHNEN;blau;\n"
                + ";Gut;WOHNEN;blau;" + "s".repeat(101) + "\n");
        CatalogueImport.Preview preview = CatalogueImport.preview(catalogue, CatalogueTable.read(csv));
        assertThat(preview.problems()).extracting(Object::toString).containsExactly(
                "Werkzeuge, Zeile 2: Die Spalte „Titel“ ist länger als 200 Zeichen.",
                "Werkzeuge, Zeile 3: Die Spalte „Schlagwörter“ ist länger als 100 Zeichen.");

        Catalogue longVision = new Catalogue(catalogue.handlungsfelder(), Map.of("WOHNEN", "z".repeat(20_001)),
                catalogue.werkzeuge());
        Path book = dir.resolve("vision.xlsx");
        CatalogueTable.write(longVision, book);
        assertThat(CatalogueImport.preview(catalogue, CatalogueTable.read(book)).problems()).extracting(Object::toString)
                .containsExactly("Zukunftsbilder, Zeile 2: Die Spalte „Zukunftsbild“ ist länger als 20.000 Zeichen.");
    }
}
