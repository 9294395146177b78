package de.werkbank.document;

import de.werkbank.area.Area;
import de.werkbank.content.StoreContent;
import de.werkbank.datencheck.ProfileTable;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.map.IndicatorValues;
import de.werkbank.map.MapData;
import de.werkbank.review.Review;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Measurement;
import de.werkbank.snapshot.Snapshots;
import de.werkbank.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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
     * @param cards the plan's measures the board's filter shows ({@code null}: all)
     * @param review the review's id or its first characters (at least four), for {@link Kind#REVIEW}
     * @param year the Datencheck's year ({@code null}: the newest with data)
     * @param baseYear the year the Datencheck compares with ({@code null}: ten years before, or the oldest)
     * @param personalData whether names of people are printed (as for snapshots)
     * @param withRetired whether the catalogue prints retired tools too
     */
    public record Request(Kind kind, String handlungsfeld, String column, Set<UUID> cards, String review, Integer year,
                          Integer baseYear, boolean personalData, boolean withRetired) {

        public Request {
            cards = cards == null ? null : Set.copyOf(cards);
        }

        public static Request of(Kind kind) {
            return new Request(kind, null, null, null, null, null, null, true, false);
        }
    }

    private PdfExport() {
    }

    /** The document {@code request} asks for, built from what {@code store} holds now. */
    public static PrintDocument build(Store store, Request request, DocumentInfo info) {
        return switch (request.kind()) {
            case CATALOGUE -> CatalogueDocument.of(store.catalogue(), store.catalogueVersion(),
                    new CatalogueDocument.Options(kreis(store), request.withRetired()), info);
            case PLAN -> plan(store, request, info);
            case REVIEW -> {
                StoreContent content = content(store, request);
                yield ReviewDocument.of(review(content.reviews(), request.review()), content.catalogue(), kreis(store),
                        request.personalData() ? info.author() : "", info);
            }
            case DATENCHECK -> DatencheckDocument.of(new DatencheckDocument.Data(store.areas(), MapData.profile(store),
                    store.values(ProfileTable.POPULATION), store.boundaries()), request.year(), request.baseYear(),
                    kreis(store), info);
        };
    }

    /** The review whose id is {@code id} or begins with it. */
    static Review review(List<Review> reviews, String id) {
        String prefix = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        List<Review> found = prefix.isEmpty() ? List.of()
                : reviews.stream().filter(r -> r.id().toString().startsWith(prefix)).toList();
        if (found.size() != 1) {
            throw new UserFacingException(found.isEmpty() ? "cli.reviews.notFound" : "cli.reviews.ambiguous", id);
        }
        return found.get(0);
    }

    private static PrintDocument plan(Store store, Request request, DocumentInfo info) {
        StoreContent content = content(store, request);
        if (request.handlungsfeld() != null && content.catalogue().handlungsfeld(request.handlungsfeld()).isEmpty()) {
            throw new UserFacingException("pdf.unknownField", request.handlungsfeld(), String.join(", ",
                    content.catalogue().handlungsfelder().stream().map(h -> h.key()).toList()));
        }
        if (request.column() != null && content.plan() != null && content.plan().columns().stream()
                .noneMatch(c -> c.name().strip().equalsIgnoreCase(request.column().strip()))) {
            throw new UserFacingException("pdf.unknownColumn", request.column(), String.join(", ",
                    content.plan().columns().stream().map(c -> c.name()).toList()));
        }
        var options = new PlanDocument.Options(kreis(store), request.handlungsfeld(),
                request.column() == null ? null : request.column().strip(), request.cards(), values(store),
                request.personalData());
        return PlanDocument.of(content, options, info);
    }

    /** What the store holds, without the names of people when the request says so (the snapshots' rule). */
    private static StoreContent content(Store store, Request request) {
        StoreContent content = store.content();
        return request.personalData() ? content : Snapshots.withoutPersonalData(content);
    }

    /** An indicator's values as the sheet shows them ({@link IndicatorValues}). */
    static Function<Indicator, List<Measurement>> values(Store store) {
        return new IndicatorValues(store)::of;
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
