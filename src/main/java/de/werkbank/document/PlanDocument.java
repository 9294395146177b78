package de.werkbank.document;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.content.StoreContent;
import de.werkbank.i18n.Messages;
import de.werkbank.plan.Card;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanColumn;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Measurement;
import de.werkbank.sheet.Progress;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.timeline.Timeline;
import de.werkbank.timeline.TimelineLayout;
import de.werkbank.timeline.TimelineMeasure;
import de.werkbank.timeline.Zoom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The Werkstattplan as a document for the Kreistag, the Kommunen and partners: cover, the plan as a
 * table (stage × Handlungsfeld, with lead office, dates, progress), the timeline on landscape pages,
 * then every measure's Werkzeugblatt on a page of its own.
 */
public final class PlanDocument {

    /** Landscape A4 less its margins and the page's heading, for the timeline's pieces. */
    private static final double WIDE_WIDTH_MM = 297 - 28;
    private static final double WIDE_HEIGHT_MM = 210 - 36 - 14;

    /**
     * What the document holds.
     *
     * @param handlungsfeld only this Handlungsfeld's measures ({@code null}: all)
     * @param column only the measures in the column of this name ({@code null}: all)
     * @param cards only these cards, as the board's filter shows them ({@code null}: all)
     * @param values the values of an indicator, oldest first (typed in, or from the Datencheck)
     */
    public record Options(String kreis, String handlungsfeld, String column, Set<UUID> cards,
                          Function<Indicator, List<Measurement>> values, boolean personalData) {
    }

    /** What the pages of the document share: the content and its look-ups. */
    record Context(StoreContent content, Options options, Messages messages, Map<UUID, Werkzeug> tools,
                   Map<UUID, Actor> actors, Map<String, String> areaNames, Map<UUID, Integer> stageOf,
                   java.time.LocalDate today) {

        Werkzeugblatt sheet(Card card) {
            return content.sheets().getOrDefault(card.id(), Werkzeugblatt.blank(card.id()));
        }

        String code(Card card) {
            Werkzeug w = tools.get(card.werkzeug());
            return w == null ? "" : w.code();
        }

        String actor(UUID id) {
            Actor a = id == null ? null : actors.get(id);
            if (a == null) {
                return "";
            }
            return a.shortName().isEmpty() ? a.name() : a.name() + " (" + a.shortName() + ")";
        }

        Handlungsfeld field(String key) {
            return content.catalogue().handlungsfeld(key).orElse(null);
        }

        String fieldName(String key) {
            Handlungsfeld h = field(key);
            return h == null ? key : h.shortName();
        }
    }

    private PlanDocument() {
    }

    public static PrintDocument of(StoreContent content, Options options, DocumentInfo info) {
        Messages m = info.messages();
        Plan plan = content.plan();
        if (plan == null) {
            throw new de.werkbank.i18n.UserFacingException("pdf.plan.none");
        }
        Map<UUID, Integer> stageOf = new HashMap<>();
        for (int i = 0; i < plan.columns().size(); i++) {
            stageOf.put(plan.columns().get(i).id(), i);
        }
        Map<UUID, Actor> actors = new HashMap<>();
        content.registry().forEach(a -> actors.put(a.id(), a));
        Map<String, String> areaNames = new HashMap<>();
        content.areas().forEach(a -> areaNames.put(a.key(), a.name()));
        Context c = new Context(content, options, m, content.catalogue().werkzeugeById(), actors, areaNames, stageOf,
                info.date());
        List<Card> shown = shown(c, plan);

        String title = plan.name() == null || plan.name().isBlank() ? m.text("pdf.plan.title") : plan.name();
        Pages p = new Pages(m, title, options.personalData() ? info.author() : "", m.text("pdf.plan.subject", options.kreis()),
                info.date());
        Cover.write(p, title, options.kreis(), List.of(
                new String[] {m.text("pdf.cover.kreis"), options.kreis()},
                new String[] {m.text("pdf.cover.date"), m.date(info.date())},
                new String[] {m.text("pdf.plan.measures"), String.valueOf(shown.size())},
                new String[] {m.text("pdf.plan.selection"), selection(c)},
                new String[] {m.text("pdf.plan.personal"), options.personalData() ? "" : m.text("pdf.plan.noPersonalData")}));
        List<TimelinePages.Piece> pieces = new ArrayList<>();
        Timeline chart = chart(c, plan, shown, pieces);
        contents(p, shown, !pieces.isEmpty());
        table(p, c, plan, shown);
        timeline(p, c, chart, pieces);
        for (Card card : shown) {
            SheetPage.write(p, c, card);
        }
        return p.finish();
    }

    /** The cards the options keep, in board order (column by column, top to bottom). */
    private static List<Card> shown(Context c, Plan plan) {
        List<Card> shown = new ArrayList<>();
        Options o = c.options();
        for (PlanColumn column : plan.columns()) {
            if (o.column() != null && !o.column().equalsIgnoreCase(column.name().strip())) {
                continue;
            }
            for (Card card : plan.cardsIn(column.id())) {
                if ((o.handlungsfeld() == null || o.handlungsfeld().equals(card.handlungsfeld()))
                        && (o.cards() == null || o.cards().contains(card.id()))) {
                    shown.add(card);
                }
            }
        }
        return shown;
    }

    private static String selection(Context c) {
        List<String> parts = new ArrayList<>();
        Options o = c.options();
        if (o.handlungsfeld() != null) {
            Handlungsfeld h = c.field(o.handlungsfeld());
            parts.add(h == null ? o.handlungsfeld() : h.title());
        }
        if (o.column() != null) {
            parts.add(c.messages().text("pdf.plan.column", o.column()));
        }
        if (o.cards() != null) {
            parts.add(c.messages().text("pdf.plan.filtered"));
        }
        return parts.isEmpty() ? c.messages().text("pdf.plan.all") : String.join(", ", parts);
    }

    private static void table(Pages p, Context c, Plan plan, List<Card> shown) {
        Xhtml x = p.x();
        Catalogue catalogue = c.content().catalogue();
        x.open("div", "class", "chapter", "id", "plan-table");
        p.section(p.t("pdf.plan.overview"));
        x.element("h2", p.t("pdf.plan.overview"));
        x.open("table", "class", "grid");
        x.open("thead").open("tr").element("th", p.t("pdf.plan.stage"));
        for (Handlungsfeld h : catalogue.handlungsfelder()) {
            x.element("th", h.shortName(), "class", "num");
        }
        x.element("th", p.t("pdf.plan.sum"), "class", "num").close("tr").close("thead");
        x.open("tbody");
        for (PlanColumn column : plan.columns()) {
            List<Card> in = shown.stream().filter(k -> k.column().equals(column.id())).toList();
            x.open("tr").element("td", column.name());
            for (Handlungsfeld h : catalogue.handlungsfelder()) {
                long n = in.stream().filter(k -> k.handlungsfeld().equals(h.key())).count();
                x.element("td", n == 0 ? "·" : String.valueOf(n), "class", "num");
            }
            x.element("td", String.valueOf(in.size()), "class", "num").close("tr");
        }
        x.close("tbody").close("table");

        for (PlanColumn column : plan.columns()) {
            List<Card> in = shown.stream().filter(k -> k.column().equals(column.id())).toList();
            if (in.isEmpty()) {
                continue;
            }
            x.element("h3", p.t("pdf.plan.stageHeading", column.name(), in.size()));
            x.open("table", "class", "grid");
            x.open("thead").open("tr");
            x.empty("th", "class", "swatch");
            x.element("th", p.t("pdf.plan.measure"), "class", "w-measure");
            x.element("th", p.t("pdf.plan.field"), "class", "w-field");
            x.element("th", p.t("pdf.sheet.lead"), "class", "w-lead");
            x.element("th", p.t("pdf.sheet.period"), "class", "w-period");
            x.element("th", p.t("pdf.plan.progress"), "class", "w-progress");
            x.element("th", p.t("pdf.plan.page"), "class", "num");
            x.close("tr").close("thead").open("tbody");
            for (Handlungsfeld h : catalogue.handlungsfelder()) {
                for (Card card : in.stream().filter(k -> k.handlungsfeld().equals(h.key())).toList()) {
                    row(p, c, card, h);
                }
            }
            for (Card card : in.stream().filter(k -> c.field(k.handlungsfeld()) == null).toList()) {
                row(p, c, card, null);
            }
            x.close("tbody").close("table");
        }
        x.close("div");
    }

    private static void row(Pages p, Context c, Card card, Handlungsfeld h) {
        Xhtml x = p.x();
        Werkzeugblatt s = c.sheet(card);
        x.open("tr");
        x.empty("td", "class", "swatch", "style", "background-color: " + (h == null ? "#888888" : h.colour()) + ";");
        x.open("td");
        x.element("a", (c.code(card) + " " + card.title()).strip(), "href", "#" + SheetPage.anchor(card));
        x.close("td");
        x.element("td", h == null ? card.handlungsfeld() : h.shortName());
        x.element("td", c.actor(s.leadOffice()));
        x.element("td", period(c.messages(), s));
        x.element("td", progress(c.messages(), Progress.of(s.steps(), c.today())));
        x.open("td", "class", "num");
        x.element("a", "", "class", "pageNo", "href", "#" + SheetPage.anchor(card));
        x.close("td");
        x.close("tr");
    }

    static String period(Messages m, Werkzeugblatt s) {
        if (s.start() == null && s.end() == null) {
            return "–";
        }
        return (s.start() == null ? "?" : m.date(s.start())) + " – " + (s.end() == null ? "?" : m.date(s.end()));
    }

    static String progress(Messages m, Progress progress) {
        if (progress.total() == 0) {
            return m.text("pdf.plan.noSteps");
        }
        String text = m.text("pdf.plan.steps", progress.done(), progress.total());
        if (progress.overdue()) {
            text += ", " + m.text("pdf.plan.overdue");
        }
        if (progress.blocked()) {
            text += ", " + m.text("pdf.plan.blocked");
        }
        return text;
    }

    /** The table of contents: the overview, the timeline (if any measure has dates), every Werkzeugblatt. */
    private static void contents(Pages p, List<Card> shown, boolean withTimeline) {
        Xhtml x = p.x();
        x.open("div", "class", "chapter");
        p.section(p.t("pdf.toc"));
        x.element("h2", p.t("pdf.toc"));
        x.open("div", "class", "toc");
        CatalogueDocument.tocEntry(x, "chapterEntry", "#plan-table", p.t("pdf.plan.overview"));
        if (withTimeline) {
            CatalogueDocument.tocEntry(x, "chapterEntry", "#plan-timeline", p.t("pdf.plan.timeline"));
        }
        if (!shown.isEmpty()) {
            x.element("div", p.t("pdf.plan.sheets"), "class", "entry chapterEntry");
            for (Card card : shown) {
                CatalogueDocument.tocEntry(x, "toolEntry", "#" + SheetPage.anchor(card), card.title());
            }
        }
        x.close("div");
        x.close("div");
    }

    /** The chart of the plan and its pieces as pages cut it ({@code pieces} filled). */
    private static Timeline chart(Context c, Plan plan, List<Card> shown, List<TimelinePages.Piece> into) {
        List<TimelineMeasure> measures = new ArrayList<>();
        for (Card card : plan.cards()) {
            Werkzeugblatt s = c.sheet(card);
            int stage = c.stageOf().getOrDefault(card.column(), 0);
            measures.add(new TimelineMeasure(card.id(), card.title(), card.handlungsfeld(), stage,
                    plan.columns().get(stage).name(), s.start(), s.end(), s.steps(), s.dependsOn()));
        }
        Set<UUID> ids = new java.util.HashSet<>();
        shown.forEach(k -> ids.add(k.id()));
        Catalogue catalogue = c.content().catalogue();
        TimelineLayout layout = new TimelineLayout(catalogue.handlungsfelder(), catalogue.zukunftsbilder(),
                plan.columns().size());
        Timeline t = layout.layout(measures, ids::contains, Zoom.QUARTERS, c.today());
        if (t.width() > 2.5 * (WIDE_WIDTH_MM / TimelinePages.MM_PER_PX)) {
            t = layout.layout(measures, ids::contains, Zoom.YEARS, c.today());
        }
        into.addAll(TimelinePages.cut(t, WIDE_WIDTH_MM, WIDE_HEIGHT_MM));
        return t;
    }

    private static void timeline(Pages p, Context c, Timeline t, List<TimelinePages.Piece> pieces) {
        Xhtml x = p.x();
        int columns = pieces.stream().mapToInt(TimelinePages.Piece::column).max().orElse(0) + 1;
        int rows = pieces.stream().mapToInt(TimelinePages.Piece::row).max().orElse(0) + 1;
        for (TimelinePages.Piece piece : pieces) {
            x.open("div", "class", "wideChapter", "id", piece.column() == 0 && piece.row() == 0 ? "plan-timeline" : null);
            p.section(p.t("pdf.plan.timeline"));
            x.element("h2", columns * rows == 1 ? p.t("pdf.plan.timeline")
                    : p.t("pdf.plan.timelinePart", p.t("pdf.plan.timeline"), piece.row() * columns + piece.column() + 1,
                    columns * rows,
                    c.messages().date(t.dateAt(piece.view().scrollX())),
                    c.messages().date(t.dateAt(Math.min(t.width() - 1, piece.view().scrollX() + piece.width()
                            - de.werkbank.timeline.TimelinePainter.HEADER_WIDTH)))));
            p.drawing(piece, piece.width() * TimelinePages.MM_PER_PX, piece.height() * TimelinePages.MM_PER_PX);
            if (piece == pieces.get(pieces.size() - 1)) {
                undated(p, t.undated());
            }
            x.close("div");
        }
    }

    /** The measures without dates, under the last piece of the chart (on its landscape page). */
    private static void undated(Pages p, List<Timeline.Undated> undated) {
        if (undated.isEmpty()) {
            return;
        }
        Xhtml x = p.x();
        x.open("div", "class", "keep");
        x.element("h3", p.t("pdf.plan.undated", undated.size()));
        x.open("p", "class", "small");
        x.text(String.join(" · ", undated.stream().map(u -> u.measure().title() + " (" + u.fieldName() + ")").toList()));
        x.close("p");
        x.close("div");
    }
}
