package de.werkbank.document;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The text of a picture (the timeline's labels, a map's legend) set in the shipped DejaVu Sans,
 * embedded as a subset like the text around it, instead of PDFBox's unembedded standard fonts.
 * One instance per PDF: it loads the two faces into that document when first needed.
 */
final class DrawingFonts extends PdfBoxGraphics2DFontTextDrawer {

    private final byte[] regular;
    private final byte[] bold;
    private PDDocument document;
    private PDFont regularFont;
    private PDFont boldFont;

    DrawingFonts(byte[] regular, byte[] bold) {
        this.regular = regular;
        this.bold = bold;
    }

    @Override
    protected boolean hasDynamicFontMapping() {
        return true;
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
        if (document != env.getDocument()) {
            document = env.getDocument();
            regularFont = null;
            boldFont = null;
        }
        if (font.isBold()) {
            if (boldFont == null) {
                boldFont = PDType0Font.load(document, new ByteArrayInputStream(bold), true);
            }
            return boldFont;
        }
        if (regularFont == null) {
            regularFont = PDType0Font.load(document, new ByteArrayInputStream(regular), true);
        }
        return regularFont;
    }
}
