package de.werkbank.cli;

import de.werkbank.document.DocumentInfo;
import de.werkbank.document.PdfExport;
import de.werkbank.document.PdfWriter;
import de.werkbank.i18n.Messages;
import de.werkbank.session.UserSettings;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code export-pdf catalogue|plan|review|datencheck FILE.pdf [--handlungsfeld KEY] [--column NAME]
 * [--review ID] [--year YYYY] [--base-year YYYY] [--no-personal-data] [--with-retired]}: a document on
 * A4 as PDF, written to a temporary file and then moved into place.
 */
final class ExportPdfCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        List<String> rest = new ArrayList<>(args);
        String field = CliArgs.takeValue(rest, "--handlungsfeld");
        String column = CliArgs.takeValue(rest, "--column");
        String review = CliArgs.takeValue(rest, "--review");
        String year = CliArgs.takeValue(rest, "--year");
        String baseYear = CliArgs.takeValue(rest, "--base-year");
        CliArgs a = CliArgs.parse("export-pdf", rest, Set.of("--no-personal-data", "--with-retired"), 2, 2);
        PdfExport.Kind kind = Arrays.stream(PdfExport.Kind.values()).filter(k -> k.word().equals(a.get(0).toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new UsageException("cli.exportPdf.kind", a.get(0)));
        Path file = CliArgs.path(a.get(1));
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new UsageException("cli.exportPdf.extension", file.getFileName());
        }
        if (kind == PdfExport.Kind.REVIEW && review == null) {
            throw new UsageException("cli.missingValue", "--review");
        }
        if (review != null && review.strip().length() < 4) {
            throw new UsageException("cli.reviews.shortId", review);
        }
        if (kind != PdfExport.Kind.REVIEW && review != null) {
            throw new UsageException("cli.unexpectedArgument", "export-pdf " + kind.word(), "--review");
        }
        if (kind != PdfExport.Kind.PLAN && (field != null || column != null)) {
            throw new UsageException("cli.unexpectedArgument", "export-pdf " + kind.word(),
                    field != null ? "--handlungsfeld" : "--column");
        }
        if (kind != PdfExport.Kind.DATENCHECK && (year != null || baseYear != null)) {
            throw new UsageException("cli.unexpectedArgument", "export-pdf " + kind.word(), year != null ? "--year" : "--base-year");
        }
        var request = new PdfExport.Request(kind, field, column, null, review, year(year, "--year"), year(baseYear, "--base-year"),
                !a.has("--no-personal-data"), a.has("--with-retired"));
        var info = new DocumentInfo(Messages.get(), UserSettings.forCurrentUser().userName(), LocalDate.now());
        try (Store store = Store.open(location)) {
            PdfWriter.Written written = PdfExport.export(store, request, info, file, () -> false);
            out.println(Messages.tr("cli.exportPdf.done", written.file(), written.pages(), written.bytes() / 1024));
        }
        return ExitCodes.OK;
    }

    private static Integer year(String text, String option) {
        if (text == null) {
            return null;
        }
        try {
            int y = Integer.parseInt(text.strip());
            if (y >= 1900 && y <= 2200) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("cli.badNumber", option, text, 1900, 2200);
    }
}
