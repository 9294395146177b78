package de.werkbank.timeline;

import java.time.LocalDate;
import java.time.Period;

/**
 * How much time the Strategie view's axis shows: years, quarters or months. Each zoom has a width per
 * day and a unit, the step by which the keyboard moves a measure and the spacing of the axis' labels.
 */
public enum Zoom {
    YEARS(0.5, Period.ofYears(1)),
    QUARTERS(2.0, Period.ofMonths(3)),
    MONTHS(6.0, Period.ofMonths(1));

    private final double pixelsPerDay;
    private final Period unit;

    Zoom(double pixelsPerDay, Period unit) {
        this.pixelsPerDay = pixelsPerDay;
        this.unit = unit;
    }

    /** The width of one day on the axis, in pixels. */
    public double pixelsPerDay() {
        return pixelsPerDay;
    }

    /** One step of the keyboard and of the axis' labels: a year, a quarter, a month. */
    public Period unit() {
        return unit;
    }

    /** The finer zoom, or this one if there is none. */
    public Zoom in() {
        return this == MONTHS ? MONTHS : values()[ordinal() + 1];
    }

    /** The coarser zoom, or this one if there is none. */
    public Zoom out() {
        return this == YEARS ? YEARS : values()[ordinal() - 1];
    }

    /** The first day of the unit {@code date} lies in (1 January, the quarter's or the month's first day). */
    public LocalDate unitStart(LocalDate date) {
        return switch (this) {
            case YEARS -> date.withDayOfYear(1);
            case QUARTERS -> date.withDayOfMonth(1).withMonth((date.getMonthValue() - 1) / 3 * 3 + 1);
            case MONTHS -> date.withDayOfMonth(1);
        };
    }

    /** The key of the zoom's name in the UI messages. */
    public String messageKey() {
        return "timeline.zoom." + name();
    }
}
