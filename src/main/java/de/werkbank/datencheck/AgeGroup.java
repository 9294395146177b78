package de.werkbank.datencheck;

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
    private static final Pattern UNDER = Pattern.compile("unter (\\d{1,3})");

    /** The group a label names, or empty for a label that is none (or the empty "all ages"). */
    public static Optional<AgeGroup> parse(String label) {
        Matcher m = RANGE.matcher(label.strip());
        if (m.matches() && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2))) {
            return Optional.of(new AgeGroup(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        m = OPEN.matcher(label.strip());
        if (m.matches()) {
            return Optional.of(new AgeGroup(Integer.parseInt(m.group(1)), null));
        }
        m = UNDER.matcher(label.strip());
        if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
            return Optional.of(new AgeGroup(0, Integer.parseInt(m.group(1)) - 1));
        }
        return Optional.empty();
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
