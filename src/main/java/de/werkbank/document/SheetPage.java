package de.werkbank.document;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import de.werkbank.plan.Card;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.IndicatorProgress;
import de.werkbank.sheet.Measurement;
import de.werkbank.sheet.Progress;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.Werkzeugblatt;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A measure's Werkzeugblatt on a page of its own: every field, the steps (who, with whom, due,
 * status) and the indicators (baseline, latest value, target, on course or not).
 */
final class SheetPage {

    private SheetPage() {
    }

    static String anchor(Card card) {
        return Pages.anchor("sheet", card.id().toString());
    }

    static void write(Pages p, PlanDocument.Context c, Card card) {
        Xhtml x = p.x();
        Messages m = c.messages();
        Werkzeugblatt s = c.sheet(card);
        Handlungsfeld h = c.field(card.handlungsfeld());
        x.open("div", "class", "sheet", "id", anchor(card));
        p.section(h == null ? card.handlungsfeld() : h.shortName());
        x.empty("div", "class", "band", "style", "background-color: " + (h == null ? "#888888" : h.colour()) + ";");
        x.element("div", p.t("pdf.sheet.kicker"), "class", "small muted");
        x.open("h2");
        String code = c.code(card);
        if (!code.isEmpty()) {
            x.element("span", code + "  ", "class", "code muted");
        }
        x.text(card.title());
        x.close("h2");
        x.open("p");
        x.text((h == null ? card.handlungsfeld() : h.title()) + " · " + p.t("pdf.plan.stage") + ": "
                + stageName(c, card) + "  ");
        Werkzeug w = c.tools().get(card.werkzeug());
        if (w != null) {
            Kinds.badge(x, m, w.kind());
        }
        x.close("p");

        x.open("table", "class", "fields");
        CatalogueDocument.row(x, p.t("pdf.sheet.goal"), s.goal());
        x.open("tr").element("td", p.t("pdf.sheet.description"), "class", "label");
        x.open("td").lines(s.description().isBlank() ? "–" : s.description()).close("td").close("tr");
        CatalogueDocument.row(x, p.t("pdf.catalogue.targetGroups"), String.join(", ", s.targetGroups()));
        CatalogueDocument.row(x, p.t("pdf.sheet.lead"), c.actor(s.leadOffice()));
        CatalogueDocument.row(x, p.t("pdf.sheet.contact"), c.actor(s.contact()));
        CatalogueDocument.row(x, p.t("pdf.sheet.partners"), String.join(", ", s.partners()));
        CatalogueDocument.row(x, p.t("pdf.sheet.areas"), String.join(", ",
                s.areas().stream().map(k -> c.areaNames().getOrDefault(k, k)).toList()));
        CatalogueDocument.row(x, p.t("pdf.sheet.period"), PlanDocument.period(m, s));
        CatalogueDocument.row(x, p.t("pdf.sheet.budget"), s.budget() == null ? "" : money(m, s.budget().amount())
                + (s.budget().source().isBlank() ? "" : " · " + s.budget().source()));
        CatalogueDocument.row(x, p.t("pdf.sheet.dependsOn"), String.join(", ", s.dependsOn().stream()
                .map(id -> title(c, id)).filter(Objects::nonNull).toList()));
        CatalogueDocument.row(x, p.t("pdf.plan.progress"), PlanDocument.progress(m, Progress.of(s.steps(), c.today())));
        x.close("table");

        steps(p, c, s.steps());
        indicators(p, c, s);
        x.close("div");
    }

    private static String stageName(PlanDocument.Context c, Card card) {
        return c.content().plan().columns().stream().filter(col -> col.id().equals(card.column())).findFirst()
                .map(col -> col.name()).orElse("");
    }

    private static String title(PlanDocument.Context c, UUID card) {
        return c.content().allCards().stream().filter(k -> k.id().equals(card)).findFirst().map(Card::title).orElse(null);
    }

    private static void steps(Pages p, PlanDocument.Context c, List<Step> steps) {
        Xhtml x = p.x();
        x.element("h3", p.t("pdf.sheet.steps", steps.size()));
        if (steps.isEmpty()) {
            x.element("p", p.t("pdf.plan.noSteps"), "class", "muted");
            return;
        }
        x.open("table", "class", "grid");
        x.open("thead").open("tr").element("th", "#", "class", "num");
        for (String key : List.of("pdf.sheet.step", "pdf.sheet.who", "pdf.sheet.withWhom", "pdf.sheet.due", "pdf.sheet.status")) {
            x.element("th", p.t(key));
        }
        x.close("tr").close("thead").open("tbody");
        int n = 1;
        for (Step step : steps) {
            x.open("tr").element("td", String.valueOf(n++), "class", "num");
            x.open("td").text(step.text());
            if (!step.note().isBlank()) {
                x.open("div", "class", "small muted").lines(step.note()).close("div");
            }
            x.close("td");
            x.element("td", c.actor(step.who()));
            x.element("td", step.withWhom());
            x.element("td", step.due() == null ? "" : c.messages().date(step.due()));
            String status = c.messages().text(step.status().messageKey());
            x.element("td", step.overdueOn(c.today()) ? status + ", " + p.t("pdf.plan.overdue") : status);
            x.close("tr");
        }
        x.close("tbody").close("table");
    }

    private static void indicators(Pages p, PlanDocument.Context c, Werkzeugblatt s) {
        Xhtml x = p.x();
        Messages m = c.messages();
        x.element("h3", p.t("pdf.sheet.indicators", s.indicators().size()));
        if (s.indicators().isEmpty()) {
            x.element("p", p.t("pdf.sheet.noIndicators"), "class", "muted");
            return;
        }
        List<IndicatorRow> rows = new ArrayList<>();
        for (Indicator i : s.indicators()) {
            IndicatorProgress progress = IndicatorProgress.of(i, c.options().values().apply(i), s.start());
            Measurement latest = progress.latest();
            rows.add(new IndicatorRow(i.name(), i.unit(), i.baseline(), latest == null ? null : latest.value(),
                    latest == null ? null : latest.date(), i.target(), i.targetDate(), switch (progress.verdict()) {
                        case ON_TRACK -> Boolean.TRUE;
                        case BEHIND -> Boolean.FALSE;
                        case NOT_JUDGED -> null;
                    }));
        }
        indicatorTable(p, m, rows);
    }

    /** One line of an indicator table: as the sheet has it now, or as a review froze it. */
    record IndicatorRow(String name, String unit, BigDecimal baseline, BigDecimal latest, LocalDate latestDate,
                        BigDecimal target, LocalDate targetDate, Boolean onTrack) {
    }

    /** The indicators' table of a Werkzeugblatt and of a measure in the Halbzeitbilanz. */
    static void indicatorTable(Pages p, Messages m, List<IndicatorRow> rows) {
        Xhtml x = p.x();
        x.open("table", "class", "grid");
        x.open("thead").open("tr");
        for (String key : List.of("pdf.sheet.indicator", "pdf.sheet.baseline", "pdf.sheet.latest", "pdf.sheet.target",
                "pdf.sheet.verdict")) {
            x.element("th", p.t(key));
        }
        x.close("tr").close("thead").open("tbody");
        for (IndicatorRow i : rows) {
            x.open("tr");
            x.element("td", i.name() + (i.unit().isBlank() ? "" : " (" + i.unit() + ")"));
            x.element("td", number(m, i.baseline()));
            x.element("td", i.latest() == null ? "–"
                    : number(m, i.latest()) + (i.latestDate() == null ? "" : " (" + m.date(i.latestDate()) + ")"));
            x.element("td", number(m, i.target()) + (i.targetDate() == null ? "" : " (" + m.date(i.targetDate()) + ")"));
            x.element("td", i.onTrack() == null ? p.t("pdf.sheet.notJudged")
                    : p.t(i.onTrack() ? "pdf.sheet.onTrack" : "pdf.sheet.behind"));
            x.close("tr");
        }
        x.close("tbody").close("table");
    }

    static String number(Messages m, BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(m.locale());
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    private static String money(Messages m, BigDecimal amount) {
        NumberFormat f = NumberFormat.getNumberInstance(m.locale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(amount) + " €";
    }
}
