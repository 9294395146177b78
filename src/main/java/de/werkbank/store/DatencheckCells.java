package de.werkbank.store;

import de.werkbank.datencheck.Observation;
import de.werkbank.datencheck.Sex;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Consumer;

/**
 * The text of a {@code datencheck_series} row (schema 22, ADR 33): the values of one area, indicator and
 * year, one cell a line — age group, sex code, amount (four decimals, empty when missing), mark (empty
 * when none) separated by tabs; a backslash, tab or line break inside an age group or mark is written
 * {@code \\}, {@code \t}, {@code \n}. The migration {@code V22} writes the same from the old value rows.
 */
final class DatencheckCells {

    /** The amount's decimals, as {@code decimal(20, 4)} kept them before (rounded half up, as both databases did). */
    static final int SCALE = 4;

    private DatencheckCells() {
    }

    /** The cells of values that share their area, indicator and year, in their order. */
    static String encode(List<Observation> values) {
        StringBuilder s = new StringBuilder(values.size() * 24);
        for (Observation v : values) {
            if (!s.isEmpty()) {
                s.append('\n');
            }
            escape(s, v.ageGroup());
            s.append('\t').append(v.sex().code()).append('\t');
            if (v.value() != null) {
                s.append(v.value().setScale(SCALE, RoundingMode.HALF_UP).toPlainString());
            }
            s.append('\t');
            if (v.mark() != null) {
                escape(s, v.mark());
            }
        }
        return s.toString();
    }

    /**
     * The values a row's cells hold, in their order, handed to {@code sink}; age groups are taken from
     * (and added to) {@code ageGroups}, so half a million values share a few strings.
     */
    static void decode(String areaKey, String indicatorKey, int year, String unit, String cells,
                       java.util.Map<String, String> ageGroups, Consumer<Observation> sink) {
        int at = 0;
        int end = cells.length();
        String[] fields = new String[4];
        while (at <= end) {
            int line = cells.indexOf('\n', at);
            if (line < 0) {
                line = end;
            }
            int field = 0;
            int from = at;
            for (int i = at; i <= line && field < 4; i++) {
                if (i == line || cells.charAt(i) == '\t') {
                    fields[field++] = cells.substring(from, i);
                    from = i + 1;
                }
            }
            if (field != 4) {
                throw new StoreException("store.sqlError", "datencheck_series: a damaged cell of " + areaKey);
            }
            Sex sex = Sex.fromCode(fields[1]).orElseThrow(
                    () -> new StoreException("store.sqlError", "datencheck_series: unknown sex " + fields[1]));
            String ageGroup = ageGroups.computeIfAbsent(fields[0], DatencheckCells::unescape);
            sink.accept(new Observation(areaKey, indicatorKey, year, ageGroup, sex,
                    fields[2].isEmpty() ? null : new BigDecimal(fields[2]),
                    fields[3].isEmpty() ? null : unescape(fields[3]), unit));
            at = line + 1;
        }
    }

    private static void escape(StringBuilder s, String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> s.append("\\\\");
                case '\t' -> s.append("\\t");
                case '\n' -> s.append("\\n");
                default -> s.append(ch);
            }
        }
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                s.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                s.append(ch);
            }
        }
        return s.toString();
    }
}
