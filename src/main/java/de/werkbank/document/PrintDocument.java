package de.werkbank.document;

import de.werkbank.chart.Drawing;
import java.util.Map;
import java.util.Objects;

/**
 * A document ready for {@link PdfWriter}: its XHTML (with {@code <object type="werkbank/drawing"
 * data-drawing="ID">} where a picture goes) and the pictures by id.
 *
 * @param title the PDF's title, as its metadata say (the XHTML's head carries it too)
 */
public record PrintDocument(String title, String xhtml, Map<String, Drawing> drawings) {

    public PrintDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xhtml, "xhtml");
        drawings = Map.copyOf(drawings);
    }
}
