package de.werkbank.intake;

import static de.werkbank.intake.IntakeFixtures.editor;
import static de.werkbank.intake.IntakeFixtures.options;
import static de.werkbank.intake.IntakeFixtures.sampleStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.plan.Card;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.StepStatus;
import de.werkbank.store.Store;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Kreis's earlier measure list, as CSV from German Excel (Windows-1252, ;) and as a workbook with a mapping. */
class ListImportTest {

    /** As „CSV (Trennzeichen-getrennt)“ of German Excel writes it: Windows-1252, ;, quoted line breaks. */
    static final String CSV = String.join("\r\n",
            "Nr.;Maßnahme;Kurzbeschreibung;Handlungsfeld;Art;Federführung;Beginn;Ende;Kosten (€);Stand;Schritte",
            "W-064;Dorfladen in Bürgerhand;Genossenschaftlicher Laden in Vettweiß;Mobilität & (Nah-)Versorgung;blau;"
                    + "Wirtschaftsförderung;01.10.2026;31.12.2028;60.000,00 €;In Planung;\"x Förderfähigkeit klären\r\n"
                    + "Infoabend organisieren\"",
            ";Jugendcafé Langerwehe;Offener Treff am Bahnhof;teilhabe;grün;Amt für Jugend und Familie;01.03.2027;;12.500;"
                    + "Vorschlag;",
            ";Hitzeschutzplan für Ältere;;Leben und Wohnen;;Stabsstelle Hitzeschutz;;;;;",
            ";;;;;;;;;;", "");

    @TempDir
    Path dir;

    private static Map<String, Card> cards(Store store) {
        List<Card> all = new ArrayList<>(store.plan().orElseThrow().cards());
        all.addAll(store.archivedCards());
        Map<String, Card> byTitle = new java.util.HashMap<>();
        all.forEach(c -> byTitle.put(c.title(), c));
        return byTitle;
    }

    private static String actor(Store store, UUID id) {
        return store.actors().stream().filter(a -> a.id().equals(id)).map(Actor::name).findFirst().orElse(null);
    }

    @Test
    void aCsvFromGermanExcelBecomesCardsWithSheetsAndTools() {
        byte[] bytes = CSV.getBytes(Charset.forName("windows-1252"));
        MeasureSource source = ListReader.read("Maßnahmen 2024.csv", bytes, IntakeMapping.none());
        assertThat(source.problems()).isEmpty();
        assertThat(source.measures()).hasSize(3);
        try (Store store = sampleStore(dir.resolve("s"))) {
            int before = store.plan().orElseThrow().cards().size();
            ImportPlan plan = MeasureImport.plan(source, IntakeContext.of(store), options(IntakeMapping.none()));
            assertThat(plan.problems()).isEmpty();
            assertThat(plan.byDefault()).isEqualTo(1);
            editor(store).execute(ImportMeasures.of(plan));
            Map<String, Card> cards = cards(store);
            Map<UUID, Werkzeug> tools = store.catalogue().werkzeugeById();

            // by the ID column; a second card of a tool already on the plan
            Card shop = cards.get("Dorfladen in Bürgerhand");
            assertThat(store.plan().orElseThrow().cards()).filteredOn(c -> c.werkzeug().equals(shop.werkzeug())).hasSize(2);
            assertThat(tools.get(shop.werkzeug()).code()).isEqualTo("W-064");
            var sheet = store.sheet(shop.id());
            assertThat(sheet.budget().amount()).isEqualByComparingTo(new BigDecimal("60000"));
            assertThat(sheet.start()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(sheet.end()).isEqualTo(LocalDate.of(2028, 12, 31));
            assertThat(sheet.description()).isEqualTo("Genossenschaftlicher Laden in Vettweiß");
            assertThat(actor(store, sheet.leadOffice())).isEqualTo("Wirtschaftsförderung");
            assertThat(sheet.steps()).extracting(Step::text, Step::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Förderfähigkeit klären", StepStatus.DONE),
                    org.assertj.core.groups.Tuple.tuple("Infoabend organisieren", StepStatus.OPEN));

            Card cafe = cards.get("Jugendcafé Langerwehe");
            assertThat(cafe.handlungsfeld()).isEqualTo("TEILHABE");
            assertThat(tools.get(cafe.werkzeug()).kind()).isEqualTo(Kind.GREEN);
            assertThat(store.sheet(cafe.id()).budget().amount()).isEqualByComparingTo(new BigDecimal("12500"));

            // a field the list names differently goes to the default; an unknown office joins the registry
            Card heat = cards.get("Hitzeschutzplan für Ältere");
            assertThat(heat.handlungsfeld()).isEqualTo("FACHKRAEFTE");
            assertThat(actor(store, store.sheet(heat.id()).leadOffice())).isEqualTo("Stabsstelle Hitzeschutz");
            assertThat(store.plan().orElseThrow().cards()).hasSize(before + 3);

            ImportPlan again = MeasureImport.plan(ListReader.read("Maßnahmen 2024.csv", bytes, IntakeMapping.none()),
                    IntakeContext.of(store), options(IntakeMapping.none()));
            assertThat(again.changesNothing()).isTrue();
            assertThat(again.unchanged()).isEqualTo(3);
        }
    }

    @Test
    void aWorkbookWithItsOwnHeadingsAndOneRowPerStepReadsThroughASavedMapping() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook book = new Workbook(out, "Microsoft Excel", "1.0");
        Worksheet ws = book.newWorksheet("Maßnahmenplan");
        ws.value(0, 0, "Demografiekonzept 2019 – Maßnahmen");
        String[] headings = {"Lfd.", "Projekttitel", "Arbeitsschritt", "Zeitraum bis", "Themenfeld"};
        for (int c = 0; c < headings.length; c++) {
            ws.value(2, c, headings[c]);
        }
        ws.value(3, 0, "1");
        ws.value(3, 1, "Ehrenamtsbörse Kreis Düren");
        ws.value(3, 2, "Börse online stellen");
        ws.value(3, 3, LocalDate.of(2026, 9, 30));
        ws.style(3, 3).format("dd.MM.yyyy").set();
        ws.value(3, 4, "Gesellschaftliche Teilhabe");
        ws.value(4, 2, "✓ Vereine anschreiben");
        ws.value(5, 2, "Presse informieren");
        ws.value(6, 1, "Kinderuni in den Sommerferien");
        ws.value(6, 4, "Bildung");
        book.finish();
        Path mappingFile = dir.resolve("zuordnung.json");
        new IntakeMapping(Map.of(), Map.of(), Map.of(),
                Map.of("title", "Projekttitel", "steps", "Arbeitsschritt", "end", "Zeitraum bis")).write(mappingFile);
        IntakeMapping mapping = IntakeMapping.read(mappingFile);

        MeasureSource source = ListReader.read("konzept.xlsx", out.toByteArray(), mapping);
        assertThat(source.problems()).isEmpty();
        assertThat(source.measures()).extracting(Measure::title)
                .containsExactly("Ehrenamtsbörse Kreis Düren", "Kinderuni in den Sommerferien");
        Measure exchange = source.measures().get(0);
        assertThat(exchange.steps()).extracting(Measure.Step::text, Measure.Step::done).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Börse online stellen", false),
                org.assertj.core.groups.Tuple.tuple("Vereine anschreiben", true),
                org.assertj.core.groups.Tuple.tuple("Presse informieren", false));
        assertThat(exchange.end()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(exchange.place()).isEqualTo("Zeile 4 („Ehrenamtsbörse Kreis Düren“)");
        try (Store store = sampleStore(dir.resolve("s"))) {
            ImportPlan plan = MeasureImport.plan(source, IntakeContext.of(store), options(mapping));
            assertThat(plan.newCards()).extracting(n -> n.tool().code(), n -> n.card().handlungsfeld())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("W-041", "TEILHABE"),
                            org.assertj.core.groups.Tuple.tuple("W-101", "BILDUNG"));
        }
    }

    @Test
    void aListWithoutATitleColumnOrWithABadDateIsRefusedNamingThePlace() throws Exception {
        byte[] noTitle = "Nr.;Beschreibung;Ende\r\n1;Etwas;31.12.2026\r\n".getBytes(Charset.forName("windows-1252"));
        assertThatThrownBy(() -> ListReader.read("liste.csv", noTitle, IntakeMapping.none()))
                .isInstanceOf(IntakeFileException.class).hasMessageContaining("liste.csv").hasMessageContaining("Titel");
        IntakeMapping wrong = new IntakeMapping(null, null, null, Map.of("title", "Maßnahme", "budget", "Etat"));
        assertThatThrownBy(() -> ListReader.read("liste.csv", CSV.getBytes(Charset.forName("windows-1252")), wrong))
                .isInstanceOf(IntakeFileException.class).hasMessageContaining("Etat");

        byte[] badDate = "Maßnahme;Beginn;Kosten\r\nBürgertreff;1.13.2026;viel\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MeasureSource source = ListReader.read("liste.csv", badDate, IntakeMapping.none());
        assertThat(source.problems()).extracting(IntakeProblem::toString).containsExactly(
                "Zeile 2 („Bürgertreff“): „1.13.2026“ ist kein Datum (Beginn).",
                "Zeile 2 („Bürgertreff“): „viel“ ist kein Betrag.");
        String many = "Maßnahme;Schritte\r\nLange Liste;\"" + "Schritt\n".repeat(1001) + "\"\r\n";
        try (Store store = sampleStore(dir.resolve("s"))) {
            ImportPlan plan = MeasureImport.plan(ListReader.read("liste.csv", many.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    IntakeMapping.none()), IntakeContext.of(store), options(IntakeMapping.none()));
            assertThat(plan.problems()).extracting(IntakeProblem::toString)
                    .containsExactly("Zeile 2 („Lange Liste“): Zu viele Schritte: 1001; ein Werkzeugblatt hält höchstens 1000.");
        }
        Path mapping = dir.resolve("m.json");
        Files.writeString(mapping, "{\"headings\": {\"titel\": \"Maßnahme\"}, \"extra\": 1}");
        assertThatThrownBy(() -> IntakeMapping.read(mapping)).isInstanceOf(IntakeFileException.class)
                .hasMessageContaining("m.json");
    }
}
