package de.werkbank.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowJvmTest {

    @Test
    void onlyNoArgumentsOrAStoreAloneAskForTheWindow() {
        assertThat(WindowJvm.asksForWindow(new String[0])).isTrue();
        assertThat(WindowJvm.asksForWindow(new String[] {"--store", "/daten/werkbank"})).isTrue();

        assertThat(WindowJvm.asksForWindow(new String[] {"--store", "/daten/werkbank", "status"})).isFalse();
        assertThat(WindowJvm.asksForWindow(new String[] {"status"})).isFalse();
        assertThat(WindowJvm.asksForWindow(new String[] {"--help"})).isFalse();
        assertThat(WindowJvm.asksForWindow(new String[] {"--store", " "})).isFalse();
        assertThat(WindowJvm.asksForWindow(new String[] {"--version", "x"})).isFalse();
    }

    @Test
    void anAppImageStartedWithTheOptionsTheBuildPrintsRunsTheWindowItself() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            WindowJvm.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        List<String> options = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(options).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

        // as the image's launcher passes them, with its own archive and version around them
        List<String> image = new ArrayList<>(List.of("-Djpackage.app-version=0.1.0"));
        image.addAll(options);
        image.add("-XX:SharedArchiveFile=/opt/werkbank/lib/app/werkbank.jsa");
        assertThat(WindowJvm.startedForWindow(image)).isTrue();

        // java -jar with default options, or only one of the two, still starts the window's JVM
        assertThat(WindowJvm.startedForWindow(List.of())).isFalse();
        assertThat(WindowJvm.startedForWindow(List.of("-Xmx512m", "-XX:+UseSerialGC"))).isFalse();
        assertThat(WindowJvm.startedForWindow(List.of("-XX:TieredStopAtLevel=1"))).isFalse();
    }
}
