package de.werkbank.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Titles break between words, and a long compound at its joints with a hyphen, never mid-syllable. */
class HyphenationTest {

    /** Every letter one unit wide: a line of n units holds n letters. */
    private static final ToDoubleFunction<String> LETTERS = String::length;

    @Test
    void aLongCompoundBreaksAtItsJointsWithAHyphen() {
        assertThat(Hyphenation.wrap("Seniorenbegegnungsstätte", 12, LETTERS))
                .containsExactly("Senioren-", "begegnungs-", "stätte");
        assertThat(Hyphenation.wrap("Pflegestützpunkt Kreis Düren", 12, LETTERS))
                .containsExactly("Pflegestütz-", "punkt Kreis", "Düren");
        assertThat(Hyphenation.wrap("Ausbildungsmesse Nordkreis", 14, LETTERS))
                .containsExactly("Ausbildungs-", "messe", "Nordkreis");
        assertThat(Hyphenation.wrap("Mehrgenerationentreffpunkte", 18, LETTERS))
                .containsExactly("Mehrgenerationen-", "treffpunkte");
    }

    @Test
    void wordsThatFitStayWholeAndAHyphenInTheTextIsAPlaceToBreak() {
        assertThat(Hyphenation.wrap("Dorfladen in Bürgerhand", 14, LETTERS)).containsExactly("Dorfladen in", "Bürgerhand");
        assertThat(Hyphenation.wrap("Bürgerbus Nideggen-Heimbach", 18, LETTERS))
                .containsExactly("Bürgerbus", "Nideggen-Heimbach");
        assertThat(Hyphenation.wrap("Bürgerbus Nideggen-Heimbach", 12, LETTERS))
                .containsExactly("Bürgerbus", "Nideggen-", "Heimbach");
    }

    @Test
    void aSoftHyphenInTheTitleComesFirstAndIsNeverShown() {
        String title = "Kreis\u00ADwohn\u00ADberatung";
        assertThat(Hyphenation.wrap(title, 10, LETTERS)).containsExactly("Kreiswohn-", "beratung");
        assertThat(Hyphenation.wrap(title, 40, LETTERS)).containsExactly("Kreiswohnberatung");
    }

    @Test
    void anUnknownWordBreaksBetweenSyllables() {
        // not a compound: „Ka-na-li-sa-tio-nen“ breaks where a syllable ends
        assertThat(Hyphenation.wrap("Kanalisationen", 9, LETTERS)).containsExactly("Kanalisa-", "tionen");
        assertThat(Hyphenation.wrap("Kanalisationen", 6, LETTERS)).containsExactly("Kana-", "lisa-", "tionen");
        assertThat(Hyphenation.wrap("Taschenrechner", 6, LETTERS)).first().isEqualTo("Ta-");
    }

    /**
     * With the sample catalogue's titles in a narrow room: no line is wider than the room, and each
     * line that ends in an added hyphen was broken at a place of the word's own (a joint listed here by
     * hand for the longest words, or a syllable break); put together, the lines give back the title.
     */
    @Test
    void theSampleTitlesFitAndBreakOnlyAtJointsOrSyllables() throws IOException {
        List<String> titles = titles();
        assertThat(titles).hasSizeGreaterThan(90);
        for (String title : titles) {
            List<String> lines = Hyphenation.wrap(title, 14, LETTERS);
            assertThat(lines).allSatisfy(line -> assertThat(line.length()).as(title).isLessThanOrEqualTo(14));
            String joined = String.join(" ", lines).replaceAll("(?<=\\p{L})- ", "");
            assertThat(joined.replace(" ", "").replace("-", "")).as(title).isEqualTo(title.replace(" ", "").replace("-", ""));
        }
        assertThat(Hyphenation.joints("Mehrgenerationentreffpunkte")).containsExactly(4, 16, 21);
        assertThat(Hyphenation.joints("Dorfgemeinschaftshäuser")).containsExactly(4, 17);
        assertThat(Hyphenation.joints("Schulentwicklungsplanung")).containsExactly(5, 17);
        assertThat(Hyphenation.joints("Qualifizierungsoffensive")).containsExactly(15);
        assertThat(Hyphenation.joints("Willkommenspaket")).containsExactly(11);
        assertThat(Hyphenation.joints("Brachflächenkataster")).containsExactly(5, 12);
        // every long word of the sample titles has a compound joint: none falls back to syllables
        for (String title : titles) {
            for (String word : title.split("[\\s/()–]+")) {
                if (word.length() >= 15 && !word.contains("-")) {
                    assertThat(Hyphenation.joints(word)).as(word).isNotEmpty();
                }
            }
        }
    }

    private static List<String> titles() throws IOException {
        String json = Files.readString(Path.of("sample-data/catalogue.json"), StandardCharsets.UTF_8);
        int tools = json.indexOf("\"werkzeuge\"");
        Matcher m = Pattern.compile("\"title\"\\s*:\\s*\"([^\"]+)\"").matcher(json.substring(tools));
        List<String> titles = new ArrayList<>();
        while (m.find()) {
            titles.add(m.group(1));
        }
        return titles;
    }
}
