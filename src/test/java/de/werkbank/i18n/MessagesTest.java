package de.werkbank.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void germanAndEnglishHaveTheSameTexts() {
        var german = Messages.forLocale(Locale.GERMAN).bundle();
        var english = Messages.forLocale(Locale.ENGLISH).bundle();
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(german.keySet());
    }

    @Test
    void germanIsTheDefaultWhateverTheSystemLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Messages.configuredLocale()).isEqualTo(Locale.GERMAN);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void argumentsAreFilledInAndUmlautsSurvive() {
        assertThat(Messages.forLocale(Locale.GERMAN).text("command.moveCard", "Bürgerbus", "In Planung"))
                .isEqualTo("Karte „Bürgerbus“ nach „In Planung“ verschoben");
    }
}
