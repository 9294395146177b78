package de.werkbank.bench;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.content.StoreContent;
import de.werkbank.document.CatalogueDocument;
import de.werkbank.document.DocumentInfo;
import de.werkbank.document.PdfWriter;
import de.werkbank.document.PlanDocument;
import de.werkbank.document.PrintDocument;
import de.werkbank.i18n.Messages;
import de.werkbank.plan.Card;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanColumn;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Measurement;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.StepStatus;
import de.werkbank.sheet.Werkzeugblatt;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The PDF documents, built and written in memory: the Werkzeugkatalog of 100 tools (5 Handlungsfelder)
 * and a generated Werkstattplan of 200 measures over three years, each with a sheet of 8 steps and 2
 * indicators with values, timeline included. Median of 3 runs after a warm-up; pages and bytes of each.
 */
final class PdfBench implements Benchmark {

    private static final int TOOLS = 100;
    private static final int MEASURES = 200;
    private static final int RUNS = 3;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Override
    public Map<String, Object> run() throws Exception {
        DocumentInfo info = new DocumentInfo(Messages.forLocale(Locale.GERMAN), "Bench", TODAY);
        Random random = new Random(18);
        List<Handlungsfeld> fields = new ArrayList<>();
        String[] colours = {"#E67E22", "#8E44AD", "#C0392B", "#546E7A", "#8D6E63"};
        for (int i = 0; i < 5; i++) {
            fields.add(new Handlungsfeld(UUID.randomUUID(), "HF" + i, "Feld " + i, "Handlungsfeld Nummer " + i + " für Ältere",
                    colours[i], i));
        }
        List<Werkzeug> tools = new ArrayList<>();
        for (int i = 1; i <= TOOLS; i++) {
            tools.add(new Werkzeug(UUID.randomUUID(), String.format("W-%03d", i), "Werkzeug " + i + " – Straßenfest für Jung und Alt",
                    "Beschreibung des Werkzeugs mit Umlauten: Bürgerinnen, Größe, Maß. ".repeat(2 + random.nextInt(5)),
                    "HF" + (i % 5), i % 2 == 0 ? Kind.BLUE : Kind.GREEN, List.of("Seniorinnen", "Familien"), "Amt " + (i % 7),
                    List.of("tag" + (i % 12), "tag" + (i % 5))));
        }
        Catalogue catalogue = new Catalogue(fields, Map.of("HF0", "Ein Zukunftsbild."), tools);
        StoreContent content = plan(catalogue, random);
        var planOptions = new PlanDocument.Options("Kreis Bench", null, null, null, Indicator::measurements, true);

        Map<String, Object> figures = new LinkedHashMap<>();
        measure(figures, "catalogue", () -> CatalogueDocument.of(catalogue, 1, new CatalogueDocument.Options("Kreis Bench",
                false), info));
        figures.put("measures", MEASURES);
        measure(figures, "plan", () -> PlanDocument.of(content, planOptions, info));
        return figures;
    }

    private static void measure(Map<String, Object> figures, String name, Supplier<PrintDocument> build) throws Exception {
        double[] ms = new double[RUNS];
        double[] buildMs = new double[RUNS];
        byte[] pdf = null;
        int pages = 0;
        for (int round = -1; round < RUNS; round++) {
            long start = System.nanoTime();
            PrintDocument doc = build.get();
            long built = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pages = PdfWriter.write(doc, out);
            double elapsed = (System.nanoTime() - start) / 1e6;
            pdf = out.toByteArray();
            if (round >= 0) {
                ms[round] = elapsed;
                buildMs[round] = (built - start) / 1e6;
            }
        }
        figures.put(name + "_pdf_ms", Math.round(BenchReport.median(ms)));
        // of which building the XHTML (the rest is openhtmltopdf's layout and PDFBox writing)
        figures.put(name + "_xhtml_ms", Math.round(BenchReport.median(buildMs) * 10) / 10.0);
        figures.put(name + "_pages", pages);
        figures.put(name + "_bytes", pdf.length);
    }

    private static StoreContent plan(Catalogue catalogue, Random random) {
        List<PlanColumn> columns = new ArrayList<>();
        String[] names = {"Vorschlag", "Ausgewählt", "In Planung", "In Umsetzung", "Verstetigt"};
        for (int i = 0; i < names.length; i++) {
            columns.add(new PlanColumn(UUID.randomUUID(), names[i], i, null, 0));
        }
        Actor office = Actor.office("Amt für Kreisentwicklung", "A 61");
        List<Card> cards = new ArrayList<>();
        Map<UUID, Werkzeugblatt> sheets = new HashMap<>();
        for (int i = 0; i < MEASURES; i++) {
            Werkzeug tool = catalogue.werkzeuge().get(i % TOOLS);
            Card card = new Card(UUID.randomUUID(), tool.id(), tool.handlungsfeld(), columns.get(i % columns.size()).id(),
                    (i / columns.size() + 1) * 1024L, "Maßnahme " + (i + 1) + ": " + tool.title(), Instant.EPOCH, 0);
            cards.add(card);
            LocalDate start = TODAY.minusDays(400).plusDays(random.nextInt(700));
            LocalDate end = start.plusDays(120 + random.nextInt(600));
            List<Step> steps = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                steps.add(new Step(UUID.randomUUID(), "Schritt " + (s + 1) + " der Maßnahme vorbereiten und abstimmen",
                        office.id(), "Gemeinden", start.plusDays(s * 30L), StepStatus.values()[random.nextInt(4)], ""));
            }
            List<Indicator> indicators = List.of(
                    new Indicator(UUID.randomUUID(), "Teilnehmende", "Personen", BigDecimal.ZERO, BigDecimal.valueOf(200), end,
                            List.of(new Measurement(start.plusDays(60), BigDecimal.valueOf(random.nextInt(150)), "")), null),
                    new Indicator(UUID.randomUUID(), "Zufriedenheit", "%", BigDecimal.valueOf(50), BigDecimal.valueOf(80), end,
                            List.of(new Measurement(start.plusDays(90), BigDecimal.valueOf(50 + random.nextInt(30)), "")), null));
            List<UUID> depends = i > 10 && i % 4 == 0 ? List.of(cards.get(i - 7).id()) : List.of();
            sheets.put(card.id(), new Werkzeugblatt(card.id(), "Ziel der Maßnahme " + (i + 1), "Beschreibung.", List.of("Ältere"),
                    office.id(), null, List.of("Gemeinde"), List.of(), start, end, null, indicators, depends, steps, 0));
        }
        Plan plan = new Plan(UUID.randomUUID(), "Werkstattplan Bench", false, columns, cards);
        return new StoreContent(1, catalogue, List.of(), List.of(office), plan, List.of(), sheets, List.of());
    }
}
