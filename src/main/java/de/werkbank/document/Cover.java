package de.werkbank.document;

import java.util.List;

/** The first page of a document: what it is, for whom, and a few facts (date, version, counts). */
final class Cover {

    private Cover() {
    }

    /** @param facts label and value pairs; a pair with an empty value is left out */
    static void write(Pages p, String title, String kreis, List<String[]> facts) {
        Xhtml x = p.x();
        x.open("div", "class", "cover");
        x.element("div", kreis.isBlank() ? p.t("pdf.cover.kicker") : p.t("pdf.cover.kickerKreis", kreis),
                "class", "kicker");
        x.element("h1", title);
        x.open("table", "class", "facts");
        for (String[] fact : facts) {
            if (fact[1] != null && !fact[1].isBlank()) {
                x.open("tr");
                x.element("td", fact[0], "class", "muted");
                x.element("td", fact[1]);
                x.close("tr");
            }
        }
        x.close("table");
        x.close("div");
    }
}
