package de.werkbank.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * A date in a cell as offices write them: a date cell, {@code 30.06.2026} (also {@code 30.6.26}),
 * {@code 2026-06-30}, the English Planner's {@code 6/30/2026}, or an Excel day number.
 */
final class DateText {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private DateText() {
    }

    /** Empty for an empty cell; {@code null} inside the optional is never returned. */
    static Optional<LocalDate> parse(IntakeTable.Value cell) throws DateTimeParseException {
        if (cell.date() != null) {
            return Optional.of(cell.date());
        }
        String text = cell.text();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (cell.number() != null || text.matches("\\d{5}")) {
            BigDecimal n = cell.number() != null ? cell.number() : new BigDecimal(text);
            if (n.signum() > 0 && n.compareTo(BigDecimal.valueOf(2_958_465)) < 0) {
                return Optional.of(EXCEL_EPOCH.plusDays(n.longValue()));
            }
        }
        // a date with a time ("30.06.2026 14:00", "6/30/2026 2:00 PM"): the date
        String date = text.split("[ T]", 2)[0];
        for (DateTimeFormatter f : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(date, f));
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        throw new DateTimeParseException("no date", text, 0);
    }
}
