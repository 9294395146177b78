package de.werkbank.ui.workshop;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** Three short beeps at the end of a time-box, made here (no sound file); silent where no audio device is. */
final class EndSound {

    private static final float RATE = 22_050f;

    private EndSound() {
    }

    static void play() {
        Thread player = new Thread(EndSound::beep, "timer-end-sound");
        player.setDaemon(true);
        player.start();
    }

    private static void beep() {
        AudioFormat format = new AudioFormat(RATE, 8, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            byte[] tone = tone(880, 0.25);
            byte[] pause = new byte[(int) (RATE * 0.12)];
            for (int i = 0; i < 3; i++) {
                line.write(tone, 0, tone.length);
                line.write(pause, 0, pause.length);
            }
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            // no audio here: the signal on screen is enough
        }
    }

    private static byte[] tone(double hertz, double seconds) {
        byte[] samples = new byte[(int) (RATE * seconds)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (byte) (Math.sin(2 * Math.PI * hertz * i / RATE) * 90);
        }
        return samples;
    }
}
