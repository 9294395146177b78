package de.werkbank.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No message says „1 Änderungen“ or „1 new tools“: every count before a plural noun goes through a
 * choice ({@code {0,choice,1#…|1<…}}). Each message is formatted with 1 for every argument.
 */
class PluralsTest {

    private static final Pattern GERMAN = Pattern.compile("(?<![\\d.,])1 (?!keine )(\\p{L}+ )?(Änderungen|Werkzeuge|Werkzeugen"
            + "|Probleme|Punkte|Punkten|Karten|Schritte|Schritten|Maßnahmen|Handlungsfeldern|Zeilen|Stimmen"
            + "|Einträge|Einträgen|Kennzahlen|Gebiete|Gebieten|Dateien|Werte|Werten|Spalten|Kommunen|Messwerte"
            + "|Sicherungen|Teilnehmende|Teilnehmenden|Bilanzen|Abstimmungen|Datensätze|Minuten|Tage)\\b");
    private static final Pattern ENGLISH = Pattern.compile("(?<![\\d.,])1 (\\p{L}+ )?(changes|tools|problems|dots|cards"
            + "|steps|measures|rows|votes|items|indicators|areas|files|values|columns|backups|participants|reviews"
            + "|records|minutes|days|Handlungsfelder|Kommunen)\\b");

    @Test
    void germanCountsOfOneAreSingular() {
        assertThat(pluralsAfterOne(Locale.GERMAN, GERMAN)).isEmpty();
    }

    @Test
    void englishCountsOfOneAreSingular() {
        assertThat(pluralsAfterOne(Locale.ENGLISH, ENGLISH)).isEmpty();
    }

    /** English keeps the users' German domain words, but then everywhere: no „field of action“ beside „Handlungsfeld“. */
    @Test
    void englishNamesTheHandlungsfeldAlike() {
        ResourceBundle bundle = Messages.forLocale(Locale.ENGLISH).bundle();
        assertThat(bundle.keySet()).allSatisfy(key -> assertThat(bundle.getString(key)).as(key)
                .doesNotContainIgnoringCase("field of action").doesNotContainIgnoringCase("fields of action"));
    }

    private static List<String> pluralsAfterOne(Locale locale, Pattern plural) {
        ResourceBundle bundle = Messages.forLocale(locale).bundle();
        List<String> found = new ArrayList<>();
        for (String key : bundle.keySet()) {
            String pattern = bundle.getString(key);
            if (!pattern.contains("{")) {
                continue;
            }
            Object[] ones = new Object[10];
            Arrays.fill(ones, 1);
            String text;
            try {
                text = new MessageFormat(pattern, locale).format(ones);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (plural.matcher(text).find()) {
                found.add(key + " = " + text);
            }
        }
        return found;
    }
}
