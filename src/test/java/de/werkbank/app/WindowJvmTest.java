package de.werkbank.app;

import static org.assertj.core.api.Assertions.assertThat;

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
}
