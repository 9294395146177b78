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

    /**
     * The present values of a row's cells handed to {@code sink} as {@link #decode(String, String, int, String, String,
     * java.util.Map, Consumer)} reads them, without a string or number object per value: the age group compared in
     * place with those met before, the amount parsed from its digits.
     */
    static void decode(String areaKey, String cells, Labels labels, de.werkbank.datencheck.ValueSink sink) {
        int end = cells.length();
        int at = 0;
        while (at <= end) {
            int line = cells.indexOf('\n', at);
            if (line < 0) {
                line = end;
            }
            int sexAt = tab(cells, at, line) + 1;
            int amountAt = sexAt == 0 ? 0 : tab(cells, sexAt, line) + 1;
            int markAt = amountAt == 0 ? 0 : tab(cells, amountAt, line) + 1;
            if (markAt == 0) {
                throw new StoreException("store.sqlError", "datencheck_series: a damaged cell of " + areaKey);
            }
            Sex sex = sex(cells, sexAt, amountAt - 1);
            if (markAt - 1 > amountAt) {
                sink.value(labels.of(cells, at, sexAt - 1), sex, amount(cells, amountAt, markAt - 1));
            }
            at = line + 1;
        }
    }

    /** The next tab from {@code from} before {@code to}, or −1. */
    private static int tab(String s, int from, int to) {
        int i = s.indexOf('\t', from);
        return i < 0 || i >= to ? -1 : i;
    }

    private static Sex sex(String s, int from, int to) {
        if (to - from == 1) {
            switch (s.charAt(from)) {
                case 'm':
                    return Sex.M;
                case 'w':
                    return Sex.W;
                case 'd':
                    return Sex.D;
                default:
                    break;
            }
        } else if (s.startsWith("insgesamt", from) && to - from == 9) {
            return Sex.INSGESAMT;
        }
        String code = s.substring(from, to);
        return Sex.fromCode(code).orElseThrow(
                () -> new StoreException("store.sqlError", "datencheck_series: unknown sex " + code));
    }

    /** Powers of ten that a double holds exactly. */
    private static final double[] TEN_POW = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * The amount as {@code new BigDecimal(text).doubleValue()} gives it: both are the double nearest to the decimal
     * (an exact integer of at most 15 digits divided by an exact power of ten, IEEE rounding the quotient once).
     */
    static double amount(String s, int from, int to) {
        int i = from;
        boolean negative = s.charAt(i) == '-';
        if (negative) {
            i++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (; i < to; i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                unscaled = unscaled * 10 + (ch - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (ch == '.' && scale < 0) {
                scale = 0;
            } else {
                digits = Integer.MAX_VALUE;
                break;
            }
        }
        if (digits == 0 || digits > 15 || scale == 0) {
            return new BigDecimal(s.substring(from, to)).doubleValue();
        }
        // BigDecimal has no −0: a negative zero amount is 0.0
        return (double) (negative ? -unscaled : unscaled) / TEN_POW[Math.max(scale, 0)];
    }

    /** The age group labels a read met, as stored and as meant: the same few, compared in place, row after row. */
    static final class Labels {
        private static final int COMPARED = 64;
        private final java.util.List<String> stored = new java.util.ArrayList<>();
        private final java.util.List<String> meant = new java.util.ArrayList<>();
        private final java.util.Map<String, String> more = new java.util.HashMap<>();
        private int last = -1;

        String of(String cells, int from, int to) {
            int length = to - from;
            int n = stored.size();
            // the rows list their groups in the same order (each for its sexes): the last one or the next is likely
            for (int k = 0; k < n; k++) {
                int i = (last + k + n) % n;
                String s = stored.get(i);
                if (s.length() == length && cells.regionMatches(from, s, 0, length)) {
                    last = i;
                    return meant.get(i);
                }
            }
            String text = cells.substring(from, to);
            if (n < COMPARED) {
                stored.add(text);
                meant.add(unescape(text));
                last = n;
                return meant.get(n);
            }
            return more.computeIfAbsent(text, DatencheckCells::unescape);
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
