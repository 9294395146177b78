package de.werkbank.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A review summed up per Handlungsfeld: its measures by assessment and by decision, and how many of their
 * indicators were on track (of those that could be judged).
 */
public final class ReviewSummary {

    /**
     * One Handlungsfeld's line.
     *
     * @param byAssessment measures per assessment (every assessment present, 0 where none)
     * @param byDecision measures per decision (every decision present, 0 where none)
     * @param notJudged measures without an assessment
     * @param indicators all frozen indicators of the field's measures
     * @param onTrack those judged on track
     * @param behind those judged behind plan
     */
    public record Field(String handlungsfeld, int measures, Map<Assessment, Integer> byAssessment,
                        Map<Decision, Integer> byDecision, int notJudged, int indicators, int onTrack, int behind) {

        /** Indicators that could not be judged (no value measured, no target). */
        public int unknown() {
            return indicators - onTrack - behind;
        }
    }

    private ReviewSummary() {
    }

    /** The fields in the order their first measure stands in the review (which is catalogue order). */
    public static List<Field> of(Review review) {
        Map<String, List<ReviewEntry>> byField = new LinkedHashMap<>();
        review.entries().forEach(e -> byField.computeIfAbsent(e.handlungsfeld(), k -> new ArrayList<>()).add(e));
        List<Field> fields = new ArrayList<>();
        byField.forEach((key, entries) -> fields.add(field(key, entries)));
        return fields;
    }

    private static Field field(String key, List<ReviewEntry> entries) {
        Map<Assessment, Integer> assessments = new EnumMap<>(Assessment.class);
        Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
        for (Assessment a : Assessment.values()) {
            assessments.put(a, 0);
        }
        for (Decision d : Decision.values()) {
            decisions.put(d, 0);
        }
        int notJudged = 0;
        int indicators = 0;
        int onTrack = 0;
        int behind = 0;
        for (ReviewEntry e : entries) {
            if (e.assessment() == null) {
                notJudged++;
            } else {
                assessments.merge(e.assessment(), 1, Integer::sum);
            }
            if (e.decision() != null) {
                decisions.merge(e.decision(), 1, Integer::sum);
            }
            for (FrozenIndicator i : e.indicators()) {
                indicators++;
                if (Boolean.TRUE.equals(i.onTrack())) {
                    onTrack++;
                } else if (Boolean.FALSE.equals(i.onTrack())) {
                    behind++;
                }
            }
        }
        return new Field(key, entries.size(), assessments, decisions, notJudged, indicators, onTrack, behind);
    }
}
