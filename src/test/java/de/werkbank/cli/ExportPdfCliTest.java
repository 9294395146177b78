package de.werkbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** export-pdf as a user types it, on a new store with the sample data. */
class ExportPdfCliTest extends CliTest {

    @Test
    void theCatalogueOfTheSampleDataIsWrittenAsPdf() throws Exception {
        String store = dir.resolve("sample").toString();
        assertThat(run("--store", store, "init")).isZero();
        Path file = dir.resolve("Katalog.pdf");
        assertThat(run("--store", store, "export-pdf", "catalogue", file.toString())).isZero();
        assertThat(out()).contains("PDF geschrieben:", "Katalog.pdf", "Seiten");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(out()).contains("(" + pdf.getNumberOfPages() + " Seiten");
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Werkzeugkatalog", "Kreis Düren", "Ausbildungsmesse Kreis Düren");
        }
        assertThat(leftovers()).containsExactly(file);
    }

    @Test
    void badUsageAndFilesThatCannotBeWrittenAreSaidPlainlyAndLeaveNothingBehind() throws Exception {
        String store = dir.resolve("sample").toString();
        assertThat(run("--store", store, "init")).isZero();
        assertThat(run("--store", store, "export-pdf", "poster", dir.resolve("a.pdf").toString())).isEqualTo(2);
        assertThat(err()).contains("Unbekanntes Dokument: poster");
        assertThat(run("--store", store, "export-pdf", "catalogue", dir.resolve("a.txt").toString())).isEqualTo(2);
        assertThat(err()).contains("a.txt: Die Datei muss auf .pdf enden.");
        assertThat(run("--store", store, "export-pdf", "catalogue")).isEqualTo(2);
        assertThat(run("--store", store, "export-pdf", "catalogue", dir.resolve("a.pdf").toString(), "--year", "2020"))
                .isEqualTo(2);

        assertThat(run("--store", store, "export-pdf", "review", dir.resolve("a.pdf").toString())).isEqualTo(2);
        assertThat(run("--store", store, "export-pdf", "review", dir.resolve("a.pdf").toString(), "--review", "ab"))
                .isEqualTo(2);
        assertThat(run("--store", store, "export-pdf", "review", dir.resolve("a.pdf").toString(), "--review", "ffffffff"))
                .isEqualTo(1);
        assertThat(err()).contains("keine Bilanz „ffffffff“");
        assertThat(run("--store", store, "export-pdf", "plan", dir.resolve("a.pdf").toString(), "--handlungsfeld", "MOND"))
                .isEqualTo(1);
        assertThat(err()).contains("Unbekanntes Handlungsfeld: MOND");

        assertThat(run("--store", store, "export-pdf", "catalogue", dir.resolve("nowhere").resolve("a.pdf").toString()))
                .isEqualTo(1);
        assertThat(err()).contains("nowhere").contains("gibt es nicht").doesNotContain("Exception");

        // a folder where the file should go: the move fails, the folder stays, no temporary file is left
        Path folder = Files.createDirectories(dir.resolve("taken.pdf"));
        Files.writeString(folder.resolve("inside.txt"), "x");
        assertThat(run("--store", store, "export-pdf", "catalogue", folder.toString())).isEqualTo(1);
        assertThat(err()).contains("lässt sich nicht schreiben").doesNotContain("\tat ");
        assertThat(leftovers()).containsExactly(folder);
    }

    /** The files in the test's folder besides the store. */
    private java.util.List<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().equals("sample")).toList();
        }
    }
}
