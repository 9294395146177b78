package de.werkbank.document;

import de.werkbank.chart.Drawing;
import de.werkbank.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The frame every document shares: the head with the PDF's metadata (title, author, subject) and the
 * print CSS, the running header (document on the left, Handlungsfeld or area on the right), the footer
 * (date, page x of y), and the pictures the pages hold.
 */
final class Pages {

    private static final String CSS = css();

    private final Xhtml x = new Xhtml();
    private final Map<String, Drawing> drawings = new LinkedHashMap<>();
    private final Messages messages;
    private final String title;

    /**
     * Opens the document: head and body, with the running header and footer.
     *
     * @param author the settings' name of the person printing it
     */
    Pages(Messages messages, String title, String author, String subject, LocalDate date) {
        this.messages = messages;
        this.title = title;
        x.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", messages.locale().getLanguage());
        x.open("head");
        x.empty("meta", "http-equiv", "Content-Type", "content", "text/html; charset=UTF-8");
        x.element("title", title);
        x.empty("meta", "name", "title", "content", title);
        x.empty("meta", "name", "author", "content", author == null ? "" : author);
        x.empty("meta", "name", "subject", "content", subject);
        x.empty("meta", "name", "creator", "content", "Werkbank");
        x.element("style", CSS + "\n@page { @bottom-right { content: " + cssString(messages.text("pdf.page")) + " counter(page) "
                + cssString(messages.text("pdf.pageOf")) + " counter(pages);"
                + " vertical-align: top; padding-top: 3mm; font-family: '" + PdfWriter.FONT + "'; font-size: 7.5pt; color: #57606a; } }\n");
        x.close("head");
        x.open("body");
        x.element("div", title, "class", "docTitle");
        x.element("div", messages.text("pdf.printedOn", messages.date(date)), "class", "footDate");
    }

    Xhtml x() {
        return x;
    }

    Messages messages() {
        return messages;
    }

    String t(String key, Object... args) {
        return messages.text(key, args);
    }

    /** The right side of the running header from here on (a Handlungsfeld, an area). */
    void section(String text) {
        x.element("div", text, "class", "section");
    }

    /**
     * Places {@code drawing} as a block {@code widthMm} wide, as high as its proportions ask.
     */
    void drawing(Drawing drawing, double widthMm) {
        drawing(drawing, widthMm, widthMm * drawing.height() / drawing.width());
    }

    /** Places {@code drawing} in a box of the given size; it is scaled to fit, keeping its proportions. */
    void drawing(Drawing drawing, double widthMm, double heightMm) {
        String id = "d" + drawings.size();
        drawings.put(id, drawing);
        x.empty("object", "type", PdfWriter.DRAWING_TYPE, "data-drawing", id, "class", "drawing",
                "style", String.format(java.util.Locale.ROOT, "width: %.1fmm; height: %.1fmm;", widthMm, heightMm));
    }

    PrintDocument finish() {
        x.close("body");
        x.close("html");
        return new PrintDocument(title, x.finish(), drawings);
    }

    /** {@code text} as a CSS string literal. */
    static String cssString(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20) {
                s.append(' ');
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }

    /** An id for an anchor from any key (letters, digits, '-' only). */
    static String anchor(String prefix, String key) {
        StringBuilder s = new StringBuilder(prefix).append('-');
        for (char c : key.toCharArray()) {
            s.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
        }
        return s.append('-').append(Integer.toHexString(key.hashCode())).toString();
    }

    private static String css() {
        try (InputStream in = Pages.class.getResourceAsStream("/document/print.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
