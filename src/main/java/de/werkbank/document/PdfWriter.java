package de.werkbank.document;

import de.werkbank.chart.Drawing;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.XRLog;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.werkbank.i18n.UserFacingException;
import org.apache.pdfbox.pdmodel.PDDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Turns a {@link PrintDocument} into a PDF with openhtmltopdf (on PDFBox): A4 pages as the document's
 * CSS says, DejaVu Sans embedded (shipped in the jar), the pictures drawn as vector graphics. A file is
 * written to a temporary file next to it and moved into place when complete, so a failed or cancelled
 * run leaves nothing half-written under the name.
 */
public final class PdfWriter {

    /** The font family the documents' CSS names. */
    public static final String FONT = "DejaVu Sans";
    static final String DRAWING_TYPE = "werkbank/drawing";

    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    static {
        XRLog.setLoggerImpl(new PdfLog());
    }

    /** What a written PDF has: its pages and its size. */
    public record Written(Path file, int pages, long bytes) {
    }

    private PdfWriter() {
    }

    /**
     * Writes {@code document} to {@code target}, replacing a file there.
     *
     * @param cancelled asked before the file is put in place; when it says yes, nothing is written
     * @throws UserFacingException when the file cannot be written
     * @throws CancellationException when {@code cancelled} said yes
     */
    public static Written write(PrintDocument document, Path target, BooleanSupplier cancelled) {
        Path file = target.toAbsolutePath();
        Path temp = null;
        try {
            Path parent = file.getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new UserFacingException("pdf.noFolder", parent == null ? file : parent);
            }
            temp = parent.resolve("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
            int pages;
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                pages = write(document, out);
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            move(temp, file);
            return new Written(file, pages, Files.size(file));
        } catch (IOException | UncheckedIOException e) {
            throw new UserFacingException(e, "pdf.cannotWrite", file, e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a stray temporary file is harmless; the target is either whole or untouched
                }
            }
        }
    }

    /** Writes the PDF to {@code out}; returns its number of pages. */
    public static int write(PrintDocument document, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("Werkbank");
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, FontStyle.NORMAL, true);
        // no italic face is shipped: italic text is set upright in the same font rather than in another one
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, FontStyle.ITALIC, true);
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(DRAWING_TYPE, drawer(document));
        builder.useObjectDrawerFactory(drawers);
        builder.withHtmlContent(document.xhtml(), null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument pdf = renderer.createPDFKeepOpen()) {
            pdf.save(out);
            return pdf.getNumberOfPages();
        }
    }

    private static FSObjectDrawer drawer(PrintDocument document) {
        DrawingFonts fonts = new DrawingFonts(REGULAR, BOLD);
        return (element, x, y, width, height, device, context, dotsPerPixel) -> {
            Drawing drawing = document.drawings().get(element.getAttribute("data-drawing"));
            if (drawing == null || drawing.width() <= 0 || drawing.height() <= 0) {
                return null;
            }
            float w = (float) (width / dotsPerPixel);
            float h = (float) (height / dotsPerPixel);
            device.drawWithGraphics((float) x, (float) y, w, h, g -> {
                if (g instanceof PdfBoxGraphics2D pdf) {
                    pdf.setFontTextDrawer(fonts);
                }
                double scale = Math.min(w / drawing.width(), h / drawing.height());
                g.scale(scale, scale);
                g.clipRect(0, 0, (int) Math.ceil(drawing.width()), (int) Math.ceil(drawing.height()));
                drawing.paint(g);
            });
            return null;
        };
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfWriter.class.getResourceAsStream("/document/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
