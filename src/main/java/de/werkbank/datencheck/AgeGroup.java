package de.werkbank.datencheck;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An age group as statistics offices write it: {@code 0-4} (from 0 to 4 years, both included),
 * {@code 85+} (85 and older) or {@code unter 3} (0 to 2).
 *
 * @param to the last age in the group, or {@code null} for an open group ({@code 85+})
 */
public record AgeGroup(int from, Integer to) {

    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})-(\\d{1,3})");
    private static final Pattern OPEN = Pattern.compile("(\\d{1,3})\\+");
    private static final Pattern UNDER = Pattern.compile("unter (\\d{1,3})( jahre?n?)?");
    private static final Pattern OFFICE_RANGE = Pattern.compile("(\\d{1,3}) bis (unter )?(\\d{1,3})( jahre?n?)?");
    /** Labels already parsed, at most {@value #PARSED_KEPT} (a file's headings are few; fuzzed ones are not). */
    private static final int PARSED_KEPT = 2_000;
    private static final java.util.Map<String, Optional<AgeGroup>> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern OFFICE_OPEN = Pattern.compile("(\\d{1,3})( jahre?n?)? und (mehr|älter|darüber)");

    /**
     * The group a label names, or empty for a label that is none (or the empty "all ages"). Besides the
     * short forms the offices' long ones are understood: {@code 3 bis unter 6 Jahre}, {@code 65 bis 74
     * Jahre}, {@code 75 Jahre und mehr}, {@code unter 3 Jahre}, and their abbreviations {@code 75 u.m.},
     * {@code 80 u. älter}; blanks around a dash are ignored ({@code  3 - 5}).
     */
    public static Optional<AgeGroup> parse(String label) {
        // a table of all Germany's Gemeinden asks for the same few labels half a million times
        Optional<AgeGroup> known = PARSED.get(label);
        if (known != null) {
            return known;
        }
        Optional<AgeGroup> parsed = parseText(label);
        if (PARSED.size() < PARSED_KEPT) {
            PARSED.put(label, parsed);
        }
        return parsed;
    }

    private static Optional<AgeGroup> parseText(String label) {
        // the offices' abbreviations: "75 u.m." (und mehr), "80 u. älter", "65 J. und älter"
        String text = label.strip().toLowerCase(Locale.GERMAN).replaceAll("\\bu\\.\\s*m\\.?", " und mehr")
                .replaceAll("\\bu\\.\\s*", " und ").replaceAll("\\bj\\.", " jahre").replaceAll("\\s+", " ").strip();
        Matcher office = OFFICE_RANGE.matcher(text);
        if (office.matches()) {
            int from = Integer.parseInt(office.group(1));
            int to = Integer.parseInt(office.group(3)) - (office.group(2) == null ? 0 : 1);
            return from <= to ? Optional.of(new AgeGroup(from, to)) : Optional.empty();
        }
        office = OFFICE_OPEN.matcher(text);
        if (office.matches()) {
            return Optional.of(new AgeGroup(Integer.parseInt(office.group(1)), null));
        }
        Matcher m = RANGE.matcher(text.replace(" ", ""));
        if (m.matches() && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2))) {
            return Optional.of(new AgeGroup(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        m = OPEN.matcher(text.replace(" ", ""));
        if (m.matches()) {
            return Optional.of(new AgeGroup(Integer.parseInt(m.group(1)), null));
        }
        m = UNDER.matcher(text);
        if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
            return Optional.of(new AgeGroup(0, Integer.parseInt(m.group(1)) - 1));
        }
        return Optional.empty();
    }

    /** The group as the Datencheck stores it: {@code 0-4}, {@code 85+}. */
    public String label() {
        return to == null ? from + "+" : from + "-" + to;
    }

    /** Whether the whole group lies within ages {@code from} to {@code to} ({@code to} null: no upper end). */
    boolean within(int lower, Integer upper) {
        return from >= lower && (upper == null || to != null && to <= upper);
    }

    /** Whether the group lies partly inside and partly outside ages {@code lower} to {@code upper}. */
    boolean straddles(int lower, Integer upper) {
        boolean overlaps = (to == null || to >= lower) && (upper == null || from <= upper);
        return overlaps && !within(lower, upper);
    }
}
