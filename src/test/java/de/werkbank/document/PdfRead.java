package de.werkbank.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox, as a reader would see it: the text of each page, its size, its fonts, its links. */
final class PdfRead {

    /** A link on a page: where it sits (its rectangle) and the page it goes to (from 1). */
    record Link(int page, PDRectangle area, int target) {
    }

    /** A font a page uses: its name and whether the PDF carries it. */
    record UsedFont(String name, boolean embedded) {
    }

    final int pages;
    final List<String> text = new ArrayList<>();
    final List<PDRectangle> sizes = new ArrayList<>();
    final List<UsedFont> fonts = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final String title;
    final String author;
    final String subject;
    PdfRead(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
            title = doc.getDocumentInformation().getTitle();
            author = doc.getDocumentInformation().getAuthor();
            subject = doc.getDocumentInformation().getSubject();
            for (int i = 1; i <= pages; i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                text.add(stripper.getText(doc));
                PDPage page = doc.getPage(i - 1);
                sizes.add(page.getMediaBox());
                fonts(page.getResources());
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link) {
                        int target = -1;
                        if (link.getAction() instanceof PDActionGoTo go && go.getDestination() instanceof PDPageDestination d) {
                            target = d.retrievePageNumber() + 1;
                        } else if (link.getDestination() instanceof PDPageDestination d) {
                            target = d.retrievePageNumber() + 1;
                        }
                        links.add(new Link(i, link.getRectangle(), target));
                    }
                }
            }
        }
    }

    private void fonts(PDResources resources) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(new UsedFont(font.getName(), font.isEmbedded()));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject o = resources.getXObject(name);
            if (o instanceof PDFormXObject form) {
                fonts(form.getResources());
            }
        }
    }

    /** The text of page {@code page} (from 1) with all white space as single spaces. */
    String page(int page) {
        return flat(text.get(page - 1));
    }

    /** All pages' text, flattened. */
    String all() {
        return flat(String.join(" ", text));
    }

    /** The pages (from 1) whose text contains {@code s} (white space flattened). */
    List<Integer> pagesWith(String s) {
        List<Integer> found = new ArrayList<>();
        for (int i = 1; i <= pages; i++) {
            if (page(i).contains(flat(s))) {
                found.add(i);
            }
        }
        return found;
    }

    static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Whether every page is A4 (portrait or landscape), within a point. */
    boolean allA4() {
        return sizes.stream().allMatch(r -> near(Math.min(r.getWidth(), r.getHeight()), PDRectangle.A4.getWidth())
                && near(Math.max(r.getWidth(), r.getHeight()), PDRectangle.A4.getHeight()));
    }

    boolean landscape(int page) {
        PDRectangle r = sizes.get(page - 1);
        return r.getWidth() > r.getHeight();
    }

    private static boolean near(float a, float b) {
        return Math.abs(a - b) < 1.5f;
    }
}
