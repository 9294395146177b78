package de.werkbank.document;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.i18n.Messages;
import de.werkbank.review.Assessment;
import de.werkbank.review.Decision;
import de.werkbank.review.Review;
import de.werkbank.review.ReviewEntry;
import de.werkbank.review.ReviewSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Halbzeitbilanz as a document: cover, the summary per Handlungsfeld, then per Handlungsfeld every
 * measure with its assessment, what helped, what blocked, the next steps, the decision and its
 * indicators as frozen at the review's date.
 */
public final class ReviewDocument {

    private ReviewDocument() {
    }

    public static PrintDocument of(Review review, Catalogue catalogue, String kreis, String author, DocumentInfo info) {
        Messages m = info.messages();
        Pages p = new Pages(m, review.title(), author, m.text("pdf.review.subject", kreis, m.date(review.date())), info.date());
        Cover.write(p, review.title(), kreis, List.of(
                new String[] {m.text("pdf.cover.kreis"), kreis},
                new String[] {m.text("pdf.review.date"), m.date(review.date())},
                new String[] {m.text("pdf.review.state"), m.text("review.state." + review.state().name())},
                new String[] {m.text("pdf.review.judged"), m.text("pdf.review.judgedValue", review.judged(),
                        review.entries().size())},
                new String[] {m.text("pdf.cover.date"), m.date(info.date())}));
        Map<String, List<ReviewEntry>> byField = new LinkedHashMap<>();
        review.entries().forEach(e -> byField.computeIfAbsent(e.handlungsfeld(), k -> new ArrayList<>()).add(e));
        contents(p, catalogue, byField);
        summary(p, review, catalogue);
        for (Map.Entry<String, List<ReviewEntry>> field : byField.entrySet()) {
            Handlungsfeld h = catalogue.handlungsfeld(field.getKey()).orElse(null);
            Xhtml x = p.x();
            x.open("div", "class", "chapter", "id", Pages.anchor("hf", field.getKey()));
            p.section(h == null ? field.getKey() : h.shortName());
            x.empty("div", "class", "band", "style", "background-color: " + (h == null ? "#888888" : h.colour()) + ";");
            x.element("h2", h == null ? field.getKey() : h.title());
            for (ReviewEntry e : field.getValue()) {
                entry(p, review, e);
            }
            x.close("div");
        }
        return p.finish();
    }

    /** The table of contents: the summary, then each Handlungsfeld with its measures. */
    private static void contents(Pages p, Catalogue catalogue, Map<String, List<ReviewEntry>> byField) {
        Xhtml x = p.x();
        x.open("div", "class", "chapter");
        p.section(p.t("pdf.toc"));
        x.element("h2", p.t("pdf.toc"));
        x.open("div", "class", "toc");
        CatalogueDocument.tocEntry(x, "chapterEntry", "#review-summary", p.t("pdf.review.summary"));
        byField.forEach((key, entries) -> {
            Handlungsfeld h = catalogue.handlungsfeld(key).orElse(null);
            CatalogueDocument.tocEntry(x, "chapterEntry", "#" + Pages.anchor("hf", key), h == null ? key : h.title());
            entries.forEach(e -> CatalogueDocument.tocEntry(x, "toolEntry", "#" + Pages.anchor("entry", e.card().toString()),
                    e.title()));
        });
        x.close("div");
        x.close("div");
    }

    private static void summary(Pages p, Review review, Catalogue catalogue) {
        Xhtml x = p.x();
        Messages m = p.messages();
        x.open("div", "class", "chapter", "id", "review-summary");
        p.section(p.t("pdf.review.summary"));
        x.element("h2", p.t("pdf.review.summary"));
        x.open("table", "class", "grid");
        x.open("thead").open("tr");
        x.element("th", p.t("pdf.plan.field"));
        x.element("th", p.t("pdf.plan.measures"), "class", "num");
        x.element("th", p.t("pdf.review.assessments"));
        x.element("th", p.t("pdf.review.decisions"));
        x.element("th", p.t("pdf.review.indicators"));
        x.close("tr").close("thead").open("tbody");
        for (ReviewSummary.Field f : ReviewSummary.of(review)) {
            Handlungsfeld h = catalogue.handlungsfeld(f.handlungsfeld()).orElse(null);
            x.open("tr");
            x.element("td", h == null ? f.handlungsfeld() : h.shortName());
            x.element("td", String.valueOf(f.measures()), "class", "num");
            List<String> assessed = new ArrayList<>();
            f.byAssessment().forEach((a, n) -> {
                if (n > 0) {
                    assessed.add(m.text("review.assessment." + a.name()) + " " + n);
                }
            });
            if (f.notJudged() > 0) {
                assessed.add(p.t("pdf.review.notJudged") + " " + f.notJudged());
            }
            x.element("td", assessed.isEmpty() ? "–" : String.join(", ", assessed));
            List<String> decided = new ArrayList<>();
            f.byDecision().forEach((d, n) -> {
                if (n > 0) {
                    decided.add(m.text("review.decision." + d.name()) + " " + n);
                }
            });
            x.element("td", decided.isEmpty() ? "–" : String.join(", ", decided));
            x.element("td", p.t("pdf.review.indicatorsValue", f.onTrack(), f.behind(), f.unknown()));
            x.close("tr");
        }
        x.close("tbody").close("table");
        x.close("div");
    }

    private static void entry(Pages p, Review review, ReviewEntry e) {
        Xhtml x = p.x();
        Messages m = p.messages();
        x.open("div", "class", "tool", "id", Pages.anchor("entry", e.card().toString()));
        x.element("div", e.title(), "class", "head");
        x.element("p", p.t("pdf.review.entryLine", e.columnName(), e.stepsDone(), e.stepsTotal()), "class", "muted");
        x.open("table", "class", "fields");
        CatalogueDocument.row(x, p.t("pdf.review.assessment"), label(m, e.assessment()));
        text(x, p.t("pdf.review.helped"), e.helped());
        text(x, p.t("pdf.review.blocked"), e.blocked());
        text(x, p.t("pdf.review.nextSteps"), e.nextSteps());
        CatalogueDocument.row(x, p.t("pdf.review.decision"), label(m, e.decision()));
        x.close("table");
        if (!e.indicators().isEmpty()) {
            x.element("div", p.t("pdf.review.indicatorsAt", m.date(review.date())), "class", "small muted");
            SheetPage.indicatorTable(p, m, e.indicators().stream().map(i -> new SheetPage.IndicatorRow(i.name(), i.unit(),
                    i.baseline(), i.latest(), i.latestDate(), i.target(), i.targetDate(), i.onTrack())).toList());
        }
        x.close("div");
    }

    private static void text(Xhtml x, String label, String value) {
        x.open("tr").element("td", label, "class", "label");
        x.open("td").lines(value == null || value.isBlank() ? "–" : value).close("td").close("tr");
    }

    private static String label(Messages m, Assessment a) {
        return a == null ? m.text("pdf.review.notJudged") : m.text("review.assessment." + a.name());
    }

    private static String label(Messages m, Decision d) {
        return d == null ? "–" : m.text("review.decision." + d.name());
    }
}
