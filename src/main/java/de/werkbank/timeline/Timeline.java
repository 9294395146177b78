package de.werkbank.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Strategie view's chart without a screen: the axis from {@code from} to {@code to}, the lanes in
 * catalogue order, the bars stacked in them, the dependency arrows, and the measures without dates.
 * Chart coordinates start at the axis' first day (x) and at the first lane's top (y); a painter adds
 * the lane headers and the axis (see {@link TimelinePainter}). Built by {@link TimelineLayout}.
 *
 * @param to the axis' last day (inclusive)
 * @param undated the shown measures without start or end ("ohne Zeitraum"), in lane order
 */
public record Timeline(Zoom zoom, LocalDate today, LocalDate from, LocalDate to, List<Lane> lanes, List<Bar> bars,
                       List<Arrow> arrows, List<Undated> undated, Map<UUID, Bar> barsByCard) {

    /** A row's height; a bar is {@link #BAR_HEIGHT} high within it. */
    public static final double ROW = 26;
    public static final double BAR_HEIGHT = 20;
    /** Space above and below the rows of a lane. */
    public static final double LANE_PAD = 6;

    public Timeline {
        lanes = List.copyOf(lanes);
        bars = List.copyOf(bars);
        arrows = List.copyOf(arrows);
        undated = List.copyOf(undated);
        barsByCard = Map.copyOf(barsByCard);
    }

    /** A measure without dates, as the list beside the chart shows it. */
    public record Undated(TimelineMeasure measure, String fieldName, String colour) {
    }

    /** Where a day begins on the axis. */
    public double xOf(LocalDate date) {
        return ChronoUnit.DAYS.between(from, date) * zoom.pixelsPerDay();
    }

    /** The day at a place on the axis. */
    public LocalDate dateAt(double x) {
        return from.plusDays((long) Math.floor(x / zoom.pixelsPerDay()));
    }

    /** The chart's width: the whole axis. */
    public double width() {
        return xOf(to.plusDays(1));
    }

    /** The chart's height: all lanes. */
    public double height() {
        if (lanes.isEmpty()) {
            return 0;
        }
        Lane last = lanes.get(lanes.size() - 1);
        return last.y() + last.height();
    }

    public Optional<Bar> bar(UUID card) {
        return Optional.ofNullable(barsByCard.get(card));
    }

    /** The bar at a point in chart coordinates, if any. */
    public Optional<Bar> barAt(double x, double y) {
        for (Bar b : bars) {
            if (b.contains(x, y)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** The lane at a height in chart coordinates, if any. */
    public Optional<Lane> laneAt(double y) {
        return lanes.stream().filter(l -> l.contains(y)).findFirst();
    }
}
