package de.werkbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.catalogue.edit.EditWerkzeug;
import de.werkbank.plan.PlanEditor;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** export-catalogue and import-catalogue as a user types them, with the files Excel users send back. */
class CatalogueCommandsCliTest extends CliTest {

    private String sample;
    private Path xlsx;
    private Path csv;

    @BeforeEach
    void sampleStoreAndItsExports() {
        sample = dir.resolve("sample").toString();
        xlsx = dir.resolve("katalog.xlsx");
        csv = dir.resolve("katalog.csv");
        assertThat(run("--store", sample, "init")).isZero();
        assertThat(run("--store", sample, "export-catalogue", xlsx.toString())).isZero();
        assertThat(out()).contains("100 Werkzeuge", "5 Handlungsfelder");
        assertThat(run("--store", sample, "export-catalogue", csv.toString())).isZero();
    }

    private Catalogue catalogue(String store) {
        try (Store s = Store.open(StoreLocation.in(Path.of(store)))) {
            return s.catalogue();
        }
    }

    private int version(String store) {
        try (Store s = Store.open(StoreLocation.in(Path.of(store)))) {
            return s.catalogueVersion();
        }
    }

    @Test
    void theCsvIsForGermanExcel() throws Exception {
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow())
                .isEqualTo("\uFEFFID;Titel;Beschreibung;Handlungsfeld;Art;Zielgruppen;Federführung;Schlagwörter;Ausgemustert");
        assertThat(text).contains("\r\n", "W-001;Ausbildungsmesse Kreis Düren;", ";blau;Jugendliche, Auszubildende, Unternehmen;");
    }

    @Test
    void exportThenImportIntoTheSameStoreChangesNothing() {
        Catalogue before = catalogue(sample);
        int version = version(sample);
        for (Path file : List.of(xlsx, csv)) {
            assertThat(run("--store", sample, "import-catalogue", file.toString())).isZero();
            assertThat(out()).contains("0 neue Werkzeuge, 0 geänderte, 100 unverändert", "Nichts zu ändern");
        }
        assertThat(catalogue(sample)).isEqualTo(before);
        assertThat(version(sample)).isEqualTo(version);
    }

    @Test
    void importIntoAnEmptyStoreRecreatesTheCatalogue() {
        String empty = dir.resolve("empty").toString();
        assertThat(run("--store", empty, "init", "--empty")).isZero();
        assertThat(run("--store", empty, "import-catalogue", xlsx.toString())).isZero();
        assertThat(out()).contains("100 neue Werkzeuge", "Eingelesen");

        Catalogue original = catalogue(sample);
        Catalogue copy = catalogue(empty);
        assertThat(copy.werkzeuge()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .containsExactlyElementsOf(original.werkzeuge());
        assertThat(copy.handlungsfelder()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .containsExactlyElementsOf(original.handlungsfelder());
        for (Handlungsfeld h : original.handlungsfelder()) {
            assertThat(copy.zukunftsbild(h.key())).isEqualTo(original.zukunftsbild(h.key()));
        }
    }

    @Test
    void aDryRunPrintsThePreviewAndStoresNothing() throws Exception {
        Path edited = editedCsv(lines -> {
            lines.set(1, lines.get(1).replace("Ausbildungsmesse Kreis Düren", "Ausbildungsmesse Düren"));
            lines.add(";Dorfladen-Netzwerk;Genossenschaftliche Dorfläden;Leben & Wohnen;grün;Ältere Menschen;;dorf");
            return lines;
        });
        Catalogue before = catalogue(sample);
        assertThat(run("--store", sample, "import-catalogue", edited.toString(), "--dry-run")).isZero();
        assertThat(out()).contains("1 neues Werkzeug, 1 geändertes, 99 unverändert",
                "neu       W-101 „Dorfladen-Netzwerk“ (WOHNEN", "geändert  W-001 „Ausbildungsmesse Düren“: Titel",
                "Probelauf");
        assertThat(catalogue(sample)).isEqualTo(before);

        assertThat(run("--store", sample, "import-catalogue", edited.toString())).isZero();
        assertThat(catalogue(sample).werkzeugByCode("W-101")).map(Werkzeug::handlungsfeld).contains("WOHNEN");

        // the import is one step: one undo takes all of it back
        try (Store s = Store.open(StoreLocation.in(Path.of(sample)))) {
            var editor = new PlanEditor(s, () -> "anna", Clock.systemUTC());
            assertThat(editor.undoDescription()).hasValueSatisfying(d -> assertThat(d).contains("1 neu, 1 geändert"));
            editor.undo();
            assertThat(s.catalogue()).isEqualTo(before);
        }
    }

    @Test
    void brokenFilesNameTheirRowsAndStoreNothing() throws Exception {
        Catalogue before = catalogue(sample);
        int version = version(sample);

        Path wrongColumns = editedCsv(lines -> {
            lines.set(0, lines.get(0).replace("Titel", "Name"));
            return lines;
        });
        assertThat(run("--store", sample, "import-catalogue", wrongColumns.toString())).isEqualTo(1);
        assertThat(err()).contains("Zeile 1", "Spalte B", "Unbekannte Spalte „Name“");

        Path badRows = editedCsv(lines -> {
            lines.set(3, lines.get(3).replace(";blau;", ";rot;").replace(";grün;", ";rot;"));
            lines.add(lines.get(5));
            lines.add("W-300;;ohne Titel;SPORT;blau;;;");
            return lines;
        });
        assertThat(run("--store", sample, "import-catalogue", badRows.toString())).isEqualTo(1);
        assertThat(err()).contains("nicht eingelesen: 4 Problem(e)", "Zeile 4: Unbekannte Art „rot“",
                "Zeile 102: Die ID W-005 kommt doppelt vor (zuerst in Zeile 6)", "Zeile 103: Der Titel fehlt",
                "Zeile 103: Unbekanntes Handlungsfeld „SPORT“");

        try (Store s = Store.open(StoreLocation.in(Path.of(sample)))) {
            Werkzeug tool = s.catalogue().werkzeugByCode("W-007").orElseThrow();
            new PlanEditor(s, () -> "anna", Clock.systemUTC()).execute(EditWerkzeug.retire(tool, true));
            before = s.catalogue();
            version = s.catalogueVersion();
        }
        assertThat(run("--store", sample, "import-catalogue", csv.toString(), "--dry-run")).isEqualTo(1);
        assertThat(err()).contains("Zeile 8: Die ID W-007 gehört zum ausgemusterten Werkzeug");

        Path notXlsx = dir.resolve("kaputt.xlsx");
        Files.writeString(notXlsx, "ID;Titel");
        assertThat(run("--store", sample, "import-catalogue", notXlsx.toString())).isEqualTo(1);
        assertThat(err()).contains("keine lesbare Excel-Arbeitsmappe");

        assertThat(catalogue(sample)).isEqualTo(before);
        assertThat(version(sample)).isEqualTo(version);
    }

    @Test
    void aWorkbookNamingSharedString999999999IsRefusedAtOnceWithoutAStackTraceAndStoresNothing() throws Exception {
        Catalogue before = catalogue(sample);
        Path bad = dir.resolve("riesig.xlsx");
        var out = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipFile(xlsx.toFile()); var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8)
                            .replaceFirst("(<c r=\"B5\"[^>]*t=\"s\"[^>]*><v>)\\d+(</v>)", "$1999999999$2")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        Files.write(bad, out.toByteArray());
        assertThat(run("--store", sample, "import-catalogue", bad.toString())).isEqualTo(1);
        assertThat(err()).contains("riesig.xlsx", "B5", "999999999").doesNotContain("Exception", "\tat ");
        assertThat(catalogue(sample)).isEqualTo(before);
    }

    @Test
    void otherFileTypesAreBadUsage() {
        assertThat(run("--store", sample, "export-catalogue", "katalog.ods")).isEqualTo(2);
        assertThat(err()).contains("weder .xlsx noch .csv");
        assertThat(run("--store", sample, "import-catalogue")).isEqualTo(2);
        assertThat(run("--store", sample, "import-catalogue", csv.toString(), "--force")).isEqualTo(2);
    }

    private Path editedCsv(UnaryOperator<List<String>> edit) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8).substring(1);
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\r\n")));
        Path file = dir.resolve("edited.csv");
        Files.writeString(file, "\uFEFF" + String.join("\r\n", edit.apply(lines)) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }
}
