package de.werkbank.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeBoxTest {

    @Test
    void runsDownPausesExtendsAndEnds() {
        HandClock clock = new HandClock();
        TimeBox box = new TimeBox(clock, Duration.ofMinutes(5));
        assertThat(box.state()).isEqualTo(TimeBox.State.READY);
        clock.advance(Duration.ofMinutes(1));
        assertThat(box.remaining()).isEqualTo(Duration.ofMinutes(5));

        box.start();
        clock.advance(Duration.ofSeconds(90));
        assertThat(box.remaining()).isEqualTo(Duration.ofSeconds(210));
        box.pause();
        assertThat(box.state()).isEqualTo(TimeBox.State.PAUSED);
        clock.advance(Duration.ofMinutes(10));
        assertThat(box.remaining()).isEqualTo(Duration.ofSeconds(210));

        box.start();
        box.extend(Duration.ofMinutes(1));
        clock.advance(Duration.ofSeconds(269));
        assertThat(box.remaining()).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(5));
        assertThat(box.state()).isEqualTo(TimeBox.State.ENDED);
        assertThat(box.remaining()).isZero();

        box.extend(Duration.ofMinutes(1));
        assertThat(box.state()).isEqualTo(TimeBox.State.RUNNING);
        clock.advance(Duration.ofSeconds(30));
        assertThat(box.remaining()).isEqualTo(Duration.ofSeconds(30));
    }
}
