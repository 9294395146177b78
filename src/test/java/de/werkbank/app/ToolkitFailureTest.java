package de.werkbank.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolkitFailureTest {

    @Test
    void aMissingGtkIsSaidInPlainWordsNamingThePackage() {
        // as JavaFX reports it: the launcher wraps the toolkit's failure
        var failure = new RuntimeException("Application launch exception",
                new UnsupportedOperationException("Unable to load glass GTK library."));
        assertThat(ToolkitFailure.describe(failure)).hasValueSatisfying(text -> assertThat(text)
                .contains("GTK 3", "libgtk-3-0").doesNotContain("Exception"));
    }

    @Test
    void anyOtherFailureIsNotExplainedAway() {
        assertThat(ToolkitFailure.describe(new IllegalStateException("something else"))).isEmpty();
    }
}
