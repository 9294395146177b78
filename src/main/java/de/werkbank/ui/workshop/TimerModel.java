package de.werkbank.ui.workshop;

import de.werkbank.workshop.TimeBox;
import java.time.Clock;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The time-box timer as the presentation shows it: the countdown as "mm:ss", its state, and a signal
 * when it ends. It asks its {@link TimeBox} (and so the clock) a few times a second; tests call
 * {@link #tick()} after moving their clock.
 */
public final class TimerModel {

    private final TimeBox box;
    private final Timeline ticker = new Timeline(new KeyFrame(javafx.util.Duration.millis(250), e -> tick()));
    private final StringProperty text = new SimpleStringProperty(this, "text");
    private final ObjectProperty<TimeBox.State> state = new SimpleObjectProperty<>(this, "state");
    private final IntegerProperty minutes = new SimpleIntegerProperty(this, "minutes", 10);
    private final BooleanProperty sound = new SimpleBooleanProperty(this, "sound", false);
    private Runnable onEnd = () -> { };

    public TimerModel(Clock clock) {
        box = new TimeBox(clock, java.time.Duration.ofMinutes(minutes.get()));
        ticker.setCycleCount(Animation.INDEFINITE);
        tick();
    }

    /** Called once when the time is up (besides the state turning {@code ENDED}). */
    public void setOnEnd(Runnable action) {
        onEnd = action;
    }

    /** The length the timer is set to, in minutes. */
    public IntegerProperty minutesProperty() {
        return minutes;
    }

    /** Whether the end is also signalled by a sound. */
    public BooleanProperty soundProperty() {
        return sound;
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<TimeBox.State> stateProperty() {
        return state;
    }

    /** Starts, or pauses when it runs; after the end, sets it again and starts. */
    public void startOrPause() {
        switch (box.state()) {
            case RUNNING -> box.pause();
            case ENDED -> {
                box.set(java.time.Duration.ofMinutes(minutes.get()));
                box.start();
            }
            default -> box.start();
        }
        tick();
    }

    public void extendByAMinute() {
        box.extend(java.time.Duration.ofMinutes(1));
        tick();
    }

    /** Sets the timer to its length in minutes again, stopped. */
    public void reset() {
        box.set(java.time.Duration.ofMinutes(Math.max(1, minutes.get())));
        tick();
    }

    /** Reads the time left from the clock and updates the countdown. */
    public void tick() {
        TimeBox.State now = box.state();
        TimeBox.State before = state.get();
        long seconds = (box.remaining().toMillis() + 999) / 1000;
        text.set(String.format("%02d:%02d", seconds / 60, seconds % 60));
        state.set(now);
        if (now == TimeBox.State.RUNNING && ticker.getStatus() != Animation.Status.RUNNING) {
            ticker.play();
        } else if (now != TimeBox.State.RUNNING) {
            ticker.stop();
        }
        if (now == TimeBox.State.ENDED && before == TimeBox.State.RUNNING) {
            if (sound.get()) {
                EndSound.play();
            }
            onEnd.run();
        }
    }

    /** Stops asking the clock. */
    public void stop() {
        ticker.stop();
    }
}
