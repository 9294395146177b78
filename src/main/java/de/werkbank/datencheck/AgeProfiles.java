package de.werkbank.datencheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The population by age of every area and year, built from the values of {@code bevoelkerung} as they come
 * (from the store's text through {@link ValueSink}, or as {@link Observation}s): each year's sexes resolved
 * and totals left beside their parts as {@link TotalsAndParts#byAgeGroup} does, then the groups added to an
 * {@link AgeProfile} in the order the values name them. Without an object per value: a table of all Germany's
 * Gemeinden holds more than half a million (ADR 34).
 */
public final class AgeProfiles implements ValueSink {

    private static final int SEXES = Sex.values().length;

    /** The age group labels met, by id; the same label may come as several equal strings. */
    private final List<String> labels = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, Year> years = new LinkedHashMap<>();
    private Year current;
    private String lastArea;
    private int lastYear;
    private int lastLabel = -1;

    /** One area's values of one year: per label id the sum of each sex's values, and which sexes came. */
    private static final class Year {
        final String areaKey;
        final int year;
        int[] order = new int[20];
        int count;
        double[] sums = new double[20 * SEXES];
        byte[] sexes = new byte[20];

        Year(String areaKey, int year) {
            this.areaKey = areaKey;
            this.year = year;
        }

        void add(int label, Sex sex, double amount) {
            if (label >= sexes.length) {
                int size = Math.max(label + 1, sexes.length * 2);
                sexes = Arrays.copyOf(sexes, size);
                sums = Arrays.copyOf(sums, size * SEXES);
            }
            if (sexes[label] == 0) {
                if (count == order.length) {
                    order = Arrays.copyOf(order, count * 2);
                }
                order[count++] = label;
            }
            sexes[label] |= (byte) (1 << sex.ordinal());
            sums[label * SEXES + sex.ordinal()] += amount;
        }
    }

    @Override
    public void areaYear(String areaKey, int year) {
        // the store hands out a year's values together: most need no look-up
        if (current == null || lastYear != year || !lastArea.equals(areaKey)) {
            current = years.computeIfAbsent(areaKey + '|' + year, k -> new Year(areaKey, year));
            lastArea = areaKey;
            lastYear = year;
        }
    }

    @Override
    public void value(String ageGroup, Sex sex, double amount) {
        current.add(label(ageGroup), sex, amount);
    }

    /** Adds an observation of {@code bevoelkerung} (a missing value counts as absent). */
    public void add(Observation o) {
        if (o.value() != null) {
            areaYear(o.areaKey(), o.year());
            value(o.ageGroup(), o.sex(), o.value().doubleValue());
        }
    }

    private int label(String ageGroup) {
        // the groups come in the same order year after year, each for its sexes: the last one or the next is likely
        if (lastLabel >= 0 && labels.get(lastLabel).equals(ageGroup)) {
            return lastLabel;
        }
        int next = lastLabel + 1 < labels.size() ? lastLabel + 1 : 0;
        if (next < labels.size() && labels.get(next).equals(ageGroup)) {
            lastLabel = next;
            return next;
        }
        Integer id = ids.get(ageGroup);
        if (id == null) {
            id = labels.size();
            labels.add(ageGroup);
            ids.put(ageGroup, id);
        }
        lastLabel = id;
        return id;
    }

    /**
     * The profiles by area key and year: those of the years with at least one value. A group of its
     * own for all ages ({@code ""}) counts only where the values have no age groups.
     */
    Map<String, Map<Integer, AgeProfile>> byAreaAndYear() {
        AgeGroup[] groups = new AgeGroup[labels.size()];
        for (int i = 0; i < groups.length; i++) {
            String label = labels.get(i);
            // all ages only (no groups): a total whose shares cannot be computed
            groups[i] = label.isEmpty() ? new AgeGroup(0, null) : AgeGroup.parse(label).orElse(null);
        }
        Map<String, Map<Integer, AgeProfile>> profiles = new HashMap<>();
        double[] sexSums = new double[SEXES];
        for (Year y : years.values()) {
            if (y.count == 0) {
                continue;
            }
            AgeProfile profile = new AgeProfile();
            for (int k = 0; k < y.count; k++) {
                int label = y.order[k];
                if (groups[label] == null || y.count > 1 && labels.get(label).isEmpty()) {
                    continue;
                }
                System.arraycopy(y.sums, label * SEXES, sexSums, 0, SEXES);
                profile.add(groups[label], TotalsAndParts.resolve(y.sexes[label], sexSums));
            }
            profiles.computeIfAbsent(y.areaKey, a -> new HashMap<>()).put(y.year, profile);
        }
        return profiles;
    }
}
