package de.werkbank.workshop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The timer of a time-box: set, started, paused, extended. It reads the time from a {@link Clock}
 * whenever asked, so a view polls it and a test moves the clock; it never ticks by itself.
 */
public final class TimeBox {

    /** What the timer is doing. */
    public enum State { READY, RUNNING, PAUSED, ENDED }

    private final Clock clock;
    private Duration remainingAtMark;
    private Instant runningSince;
    private boolean started;

    public TimeBox(Clock clock, Duration length) {
        this.clock = clock;
        set(length);
    }

    /** Stops the timer and sets it to a new length. */
    public void set(Duration length) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("time-box must be positive: " + length);
        }
        remainingAtMark = length;
        runningSince = null;
        started = false;
    }

    /** Starts or resumes; nothing happens when it runs or has ended. */
    public void start() {
        if (runningSince == null && remainingAtMark.compareTo(Duration.ZERO) > 0) {
            runningSince = clock.instant();
            started = true;
        }
    }

    public void pause() {
        if (runningSince != null) {
            remainingAtMark = remaining();
            runningSince = null;
        }
    }

    /** Adds time, also after the end (which then runs on). */
    public void extend(Duration more) {
        boolean ended = state() == State.ENDED;
        remainingAtMark = remaining().plus(more);
        if (runningSince != null || ended) {
            runningSince = clock.instant();
        }
    }

    /** The time left, never below zero. */
    public Duration remaining() {
        if (runningSince == null) {
            return remainingAtMark;
        }
        Duration left = remainingAtMark.minus(Duration.between(runningSince, clock.instant()));
        return left.isNegative() ? Duration.ZERO : left;
    }

    public State state() {
        if (remaining().isZero()) {
            return State.ENDED;
        }
        if (runningSince != null) {
            return State.RUNNING;
        }
        return started ? State.PAUSED : State.READY;
    }
}
