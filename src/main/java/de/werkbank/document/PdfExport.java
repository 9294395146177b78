package de.werkbank.document;

import de.werkbank.area.Area;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.store.Store;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * The documents Werkbank prints, read from a store: what the CLI's {@code export-pdf} and the window's
 * „Drucken / PDF…“ both ask for.
 */
public final class PdfExport {

    /** Which document. */
    public enum Kind {
        CATALOGUE, PLAN, REVIEW, DATENCHECK;

        /** The word the command line uses: catalogue, plan, review, datencheck. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What to print.
     *
     * @param handlungsfeld the plan's measures of this Handlungsfeld only ({@code null}: all)
     * @param column the plan's measures of this column only (its name; {@code null}: all)
     * @param review the review's id or its first characters (at least four), for {@link Kind#REVIEW}
     * @param year the Datencheck's year ({@code null}: the newest with data)
     * @param baseYear the year the Datencheck compares with ({@code null}: ten years before, or the oldest)
     * @param personalData whether names of people are printed (as for snapshots)
     * @param withRetired whether the catalogue prints retired tools too
     */
    public record Request(Kind kind, String handlungsfeld, String column, String review, Integer year, Integer baseYear,
                          boolean personalData, boolean withRetired) {

        public static Request of(Kind kind) {
            return new Request(kind, null, null, null, null, null, true, false);
        }
    }

    private PdfExport() {
    }

    /** The document {@code request} asks for, built from what {@code store} holds now. */
    public static PrintDocument build(Store store, Request request, DocumentInfo info) {
        return switch (request.kind()) {
            case CATALOGUE -> CatalogueDocument.of(store.catalogue(), store.catalogueVersion(),
                    new CatalogueDocument.Options(kreis(store), request.withRetired()), info);
            default -> throw new UserFacingException("pdf.notYet", request.kind().word());
        };
    }

    /** Builds and writes the document; see {@link PdfWriter#write(PrintDocument, Path, BooleanSupplier)}. */
    public static PdfWriter.Written export(Store store, Request request, DocumentInfo info, Path file,
                                           BooleanSupplier cancelled) {
        return PdfWriter.write(build(store, request, info), file, cancelled);
    }

    /** The Kreis's name, as the store's areas have it ("" without areas). */
    static String kreis(Store store) {
        return store.areas().stream().filter(a -> a.level() == Area.Level.KREIS).map(Area::name).findFirst().orElse("");
    }
}
