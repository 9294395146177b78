package de.werkbank.timeline;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.i18n.Messages;
import de.werkbank.sheet.Progress;
import de.werkbank.sheet.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Lays out the Strategie view's chart: one lane per Handlungsfeld in catalogue order (a card of a
 * field the catalogue no longer has gets a grey lane of its own after them), the dated measures as
 * bars stacked in their lane so that none overlaps another (first fit, by start), the steps' due dates
 * as ticks, progress, overdue and blocked as the board's cards reckon them ({@link Progress}), arrows
 * from each prerequisite's end to its dependent's start, and the mark of a measure that starts before
 * a prerequisite ends (on or before its last day), with the reason.
 */
public final class TimelineLayout {

    private static final String UNKNOWN_COLOUR = "#888888";

    private final List<Handlungsfeld> fields;
    private final Map<String, String> zukunftsbilder;
    private final int stages;

    /**
     * @param fields the catalogue's Handlungsfelder (in catalogue order, by their position)
     * @param zukunftsbilder the Zukunftsbild per Handlungsfeld key
     * @param stages the number of the board's columns
     */
    public TimelineLayout(List<Handlungsfeld> fields, Map<String, String> zukunftsbilder, int stages) {
        this.fields = fields.stream().sorted(Comparator.comparingInt(Handlungsfeld::position)).toList();
        this.zukunftsbilder = Map.copyOf(zukunftsbilder);
        this.stages = Math.max(1, stages);
    }

    /**
     * @param measures all measures of the plan (a hidden one still counts as a prerequisite)
     * @param shown which cards the chart shows (the board's filter)
     * @param today the day progress, overdue and the today line are reckoned for
     */
    public Timeline layout(List<TimelineMeasure> measures, Predicate<UUID> shown, Zoom zoom, LocalDate today) {
        Map<String, Integer> laneIndex = new LinkedHashMap<>();
        List<String[]> laneInfo = new ArrayList<>(); // key, name, title, colour
        for (Handlungsfeld f : fields) {
            laneIndex.put(f.key(), laneInfo.size());
            laneInfo.add(new String[] {f.key(), f.shortName(), f.title(), f.colour()});
        }
        Map<UUID, TimelineMeasure> byCard = new HashMap<>();
        List<List<TimelineMeasure>> dated = new ArrayList<>();
        List<Timeline.Undated> undated = new ArrayList<>();
        LocalDate first = today;
        LocalDate last = today;
        for (TimelineMeasure m : measures) {
            byCard.put(m.card(), m);
        }
        List<TimelineMeasure> visible = measures.stream().filter(m -> shown.test(m.card())).toList();
        for (TimelineMeasure m : visible) {
            laneIndex.computeIfAbsent(m.handlungsfeld(), key -> {
                laneInfo.add(new String[] {key, key, key, UNKNOWN_COLOUR});
                return laneInfo.size() - 1;
            });
        }
        for (int i = 0; i < laneInfo.size(); i++) {
            dated.add(new ArrayList<>());
        }
        for (TimelineMeasure m : visible) {
            int lane = laneIndex.get(m.handlungsfeld());
            if (m.dated() && !m.end().isBefore(m.start())) {
                dated.get(lane).add(m);
                first = m.start().isBefore(first) ? m.start() : first;
                last = m.end().isAfter(last) ? m.end() : last;
            } else {
                String[] info = laneInfo.get(lane);
                undated.add(new Timeline.Undated(m, info[1], info[3]));
            }
        }
        undated.sort(Comparator.comparingInt((Timeline.Undated u) -> laneIndex.get(u.measure().handlungsfeld()))
                .thenComparing(u -> u.measure().title()));
        LocalDate from = first.minusMonths(3).withDayOfYear(1);
        LocalDate to = last.plusMonths(3).withDayOfYear(1).plusYears(1).minusDays(1);
        double ppd = zoom.pixelsPerDay();

        List<Lane> lanes = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        Map<UUID, Bar> barsByCard = new HashMap<>();
        double y = 0;
        for (int lane = 0; lane < laneInfo.size(); lane++) {
            List<TimelineMeasure> inLane = dated.get(lane);
            inLane.sort(Comparator.comparing(TimelineMeasure::start).thenComparing(TimelineMeasure::end)
                    .thenComparing(TimelineMeasure::title).thenComparing(TimelineMeasure::card));
            List<LocalDate> rowEnds = new ArrayList<>();
            for (TimelineMeasure m : inLane) {
                int row = 0;
                while (row < rowEnds.size() && !m.start().isAfter(rowEnds.get(row))) {
                    row++;
                }
                if (row == rowEnds.size()) {
                    rowEnds.add(m.end());
                } else {
                    rowEnds.set(row, m.end());
                }
                double x = days(from, m.start()) * ppd;
                double w = Math.max(2, (days(m.start(), m.end()) + 1) * ppd);
                double top = y + Timeline.LANE_PAD + row * Timeline.ROW + (Timeline.ROW - Timeline.BAR_HEIGHT) / 2;
                Bar bar = new Bar(m, lane, row, x, top, w, Timeline.BAR_HEIGHT, Math.min(m.column(), stages - 1),
                        stages, Progress.of(m.steps(), today), ticks(m, from, ppd, today),
                        beforePrerequisite(m, byCard));
                bars.add(bar);
                barsByCard.put(m.card(), bar);
            }
            int rows = Math.max(1, rowEnds.size());
            double height = rows * Timeline.ROW + 2 * Timeline.LANE_PAD;
            String[] info = laneInfo.get(lane);
            lanes.add(new Lane(info[0], info[1], info[2], info[3], zukunftsbilder.getOrDefault(info[0], ""), y,
                    height, rows));
            y += height;
        }
        return new Timeline(zoom, today, from, to, lanes, bars, arrows(bars, barsByCard), undated, barsByCard);
    }

    private static List<Arrow> arrows(List<Bar> bars, Map<UUID, Bar> barsByCard) {
        List<Arrow> arrows = new ArrayList<>();
        for (Bar dependent : bars) {
            for (UUID prerequisite : dependent.measure().dependsOn()) {
                Bar before = barsByCard.get(prerequisite);
                if (before != null && before != dependent) {
                    boolean late = !dependent.measure().start().isAfter(before.measure().end());
                    arrows.add(new Arrow(prerequisite, dependent.measure().card(), before.right(), before.middleY(),
                            dependent.x(), dependent.middleY(), late));
                }
            }
        }
        return arrows;
    }

    private static List<Bar.Tick> ticks(TimelineMeasure m, LocalDate from, double ppd, LocalDate today) {
        List<Bar.Tick> ticks = new ArrayList<>();
        for (Step s : m.steps()) {
            if (s.due() != null) {
                boolean outside = s.due().isBefore(m.start()) || s.due().isAfter(m.end());
                ticks.add(new Bar.Tick(s.due(), (days(from, s.due()) + 0.5) * ppd, s.done(), s.overdueOn(today),
                        outside));
            }
        }
        return ticks;
    }

    /** Why the measure is marked: each prerequisite with an end that it starts on or before. */
    private static String beforePrerequisite(TimelineMeasure m, Map<UUID, TimelineMeasure> byCard) {
        StringBuilder reasons = new StringBuilder();
        for (UUID id : m.dependsOn()) {
            TimelineMeasure before = byCard.get(id);
            if (before != null && before != m && before.end() != null && !m.start().isAfter(before.end())) {
                if (!reasons.isEmpty()) {
                    reasons.append('\n');
                }
                reasons.append(Messages.tr("timeline.beforePrerequisite", m.start(), before.title(), before.end()));
            }
        }
        return reasons.isEmpty() ? null : reasons.toString();
    }

    private static long days(LocalDate a, LocalDate b) {
        return b.toEpochDay() - a.toEpochDay();
    }
}
