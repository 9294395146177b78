package de.werkbank.document;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Werkzeugkatalog as a bound copy: cover, table of contents, a chapter per Handlungsfeld (its
 * colour as a band, full title, Zukunftsbild, its tools), an index of the tools by title and by tag.
 * Retired tools are left out unless asked for.
 */
public final class CatalogueDocument {

    /**
     * @param kreis the Kreis's name for the cover ("" when the store knows none)
     * @param withRetired whether retired tools are printed too (marked as such)
     */
    public record Options(String kreis, boolean withRetired) {
    }

    private CatalogueDocument() {
    }

    public static PrintDocument of(Catalogue catalogue, int catalogueVersion, Options options, DocumentInfo info) {
        Messages m = info.messages();
        List<Werkzeug> tools = options.withRetired() ? catalogue.werkzeuge() : catalogue.active();
        Pages p = new Pages(m, m.text("pdf.catalogue.title"), info.author(), m.text("pdf.catalogue.subject", options.kreis()),
                info.date());
        Xhtml x = p.x();
        Cover.write(p, m.text("pdf.catalogue.title"), options.kreis(), List.of(
                new String[] {m.text("pdf.cover.kreis"), options.kreis()},
                new String[] {m.text("pdf.cover.date"), m.date(info.date())},
                new String[] {m.text("pdf.catalogue.version"), String.valueOf(catalogueVersion)},
                new String[] {m.text("pdf.catalogue.count"), m.text("pdf.catalogue.countValue", tools.size(),
                        catalogue.handlungsfelder().size())}));

        x.open("div", "class", "chapter");
        p.section(m.text("pdf.toc"));
        x.element("h2", m.text("pdf.toc"));
        x.open("div", "class", "toc");
        for (Handlungsfeld h : catalogue.handlungsfelder()) {
            tocEntry(x, "chapterEntry", "#" + Pages.anchor("hf", h.key()), h.title());
            for (Werkzeug w : inField(tools, h)) {
                tocEntry(x, "toolEntry", "#" + toolAnchor(w), w.code() + "  " + w.title());
            }
        }
        tocEntry(x, "chapterEntry", "#index-title", m.text("pdf.catalogue.indexTitle"));
        tocEntry(x, "chapterEntry", "#index-tag", m.text("pdf.catalogue.indexTag"));
        x.close("div");
        x.close("div");

        for (Handlungsfeld h : catalogue.handlungsfelder()) {
            chapter(p, catalogue, h, inField(tools, h));
        }
        index(p, tools);
        return p.finish();
    }

    /** A line of a table of contents: a link whose page number the style sheet adds. */
    static void tocEntry(Xhtml x, String kind, String href, String text) {
        x.open("div", "class", "entry " + kind);
        x.element("a", text, "href", href);
        x.close("div");
    }

    private static List<Werkzeug> inField(List<Werkzeug> tools, Handlungsfeld h) {
        return tools.stream().filter(w -> w.handlungsfeld().equals(h.key())).toList();
    }

    static String toolAnchor(Werkzeug w) {
        return Pages.anchor("tool", w.id().toString());
    }

    private static void chapter(Pages p, Catalogue catalogue, Handlungsfeld h, List<Werkzeug> tools) {
        Xhtml x = p.x();
        x.open("div", "class", "chapter", "id", Pages.anchor("hf", h.key()));
        p.section(h.shortName());
        x.empty("div", "class", "band", "style", "background-color: " + h.colour() + ";");
        x.element("h2", h.title());
        String vision = catalogue.zukunftsbild(h.key());
        if (!vision.isBlank()) {
            x.open("div", "class", "vision", "style", "border-left-color: " + h.colour() + ";");
            x.element("div", p.t("pdf.catalogue.vision"), "class", "small muted");
            x.open("p").lines(vision).close("p");
            x.close("div");
        }
        if (tools.isEmpty()) {
            x.element("p", p.t("pdf.catalogue.noTools"), "class", "muted");
        }
        for (Werkzeug w : tools) {
            tool(p, w);
        }
        x.close("div");
    }

    private static void tool(Pages p, Werkzeug w) {
        Xhtml x = p.x();
        x.open("div", "class", "tool", "id", toolAnchor(w));
        x.open("div", "class", "head");
        x.element("span", w.code() + "  ", "class", "code");
        x.text(w.title() + "  ");
        Kinds.badge(x, p.messages(), w.kind());
        if (w.retired()) {
            x.element("span", "  " + p.t("pdf.catalogue.retired"), "class", "small muted");
        }
        x.close("div");
        if (!w.description().isBlank()) {
            x.open("p").lines(w.description()).close("p");
        }
        x.open("table", "class", "fields");
        row(x, p.t("pdf.catalogue.targetGroups"), String.join(", ", w.targetGroups()));
        row(x, p.t("pdf.catalogue.leadOffice"), w.leadOffice());
        row(x, p.t("pdf.catalogue.tags"), String.join(", ", w.tags()));
        x.close("table");
        x.close("div");
    }

    static void row(Xhtml x, String label, String value) {
        x.open("tr");
        x.element("td", label, "class", "label");
        x.element("td", value == null || value.isBlank() ? "–" : value);
        x.close("tr");
    }

    private static void index(Pages p, List<Werkzeug> tools) {
        Xhtml x = p.x();
        Collator collator = Collator.getInstance(p.messages().locale());
        x.open("div", "class", "chapter", "id", "index-title");
        p.section(p.t("pdf.catalogue.index"));
        x.element("h2", p.t("pdf.catalogue.indexTitle"));
        x.open("div", "class", "index");
        List<Werkzeug> byTitle = new ArrayList<>(tools);
        byTitle.sort(Comparator.comparing(Werkzeug::title, collator).thenComparing(Werkzeug::code));
        for (Werkzeug w : byTitle) {
            x.open("div", "class", "entry");
            x.element("a", w.title() + " (" + w.code() + ")", "href", "#" + toolAnchor(w));
            x.close("div");
        }
        x.close("div");
        x.close("div");

        x.open("div", "class", "chapter", "id", "index-tag");
        x.element("h2", p.t("pdf.catalogue.indexTag"));
        x.open("div", "class", "index");
        Map<String, List<Werkzeug>> byTag = new TreeMap<>(collator);
        for (Werkzeug w : tools) {
            for (String tag : w.tags()) {
                if (!tag.isBlank()) {
                    byTag.computeIfAbsent(tag.strip(), k -> new ArrayList<>()).add(w);
                }
            }
        }
        for (Map.Entry<String, List<Werkzeug>> e : byTag.entrySet()) {
            x.element("div", e.getKey(), "class", "tag");
            for (Werkzeug w : e.getValue()) {
                x.open("div", "class", "entry");
                x.element("a", w.code() + "  " + w.title(), "href", "#" + toolAnchor(w));
                x.close("div");
            }
        }
        if (byTag.isEmpty()) {
            x.element("p", p.t("pdf.catalogue.noTags"), "class", "muted");
        }
        x.close("div");
        x.close("div");
    }
}
