package de.werkbank.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a title into lines no wider than a given room: between words where it can, and a word wider
 * than a line at a place where German hyphenates, with a hyphen. Dictionary-light: a word breaks first
 * at a soft hyphen (U+00AD) in the text, else at a compound joint known from a small list of common
 * word parts (from the sample catalogue) and from the linking „-ungs-“, „-heits-“ … of German compounds
 * („Senioren-begegnungs-stätte“), else between syllables (before the last consonant between two
 * vowels), and only as a last resort between two letters. Pure, no JavaFX: the caller measures.
 */
public final class Hyphenation {

    /** The soft hyphen: marks where a word may break; never shown. */
    public static final char SOFT_HYPHEN = '\u00AD';

    private static final int MIN_PART = 3;

    /** Common parts of German compounds in the catalogue's titles, linking „s“ and „n“ included. */
    private static final Set<String> PARTS = Set.of(
            "senioren", "begegnungs", "stätte", "stätten", "pflege", "stütz", "punkt", "punkte", "ausbildungs",
            "messe", "willkommens", "paket", "fachkräfte", "portal", "ehrenamts", "börse", "karte", "akademie",
            "lern", "paten", "patenschaften", "familien", "zentren", "zentrum", "zentrale", "hebammen",
            "generationen", "mehr", "treff", "treffs", "dorf", "gemeinschafts", "häuser", "haus", "schul",
            "entwicklungs", "planung", "konzept", "konzepte", "qualifizierungs", "offensive", "weiter",
            "bildungs", "beratung", "nah", "versorgungs", "leer", "stands", "management", "brach", "flächen",
            "kataster", "anerkennungs", "arbeit", "arbeitgeber", "kampagne", "übergangs", "langzeit",
            "arbeitslose", "gestaltungs", "quartiers", "wohnungs", "tausch", "nachbarschafts", "hilfe",
            "integrations", "lotsen", "teilzeit", "ausbildung", "mobilitäts", "radverkehrs", "rad", "verkehrs",
            "medizin", "studierende", "wohn", "gemeinschaften", "grund", "kurse", "bürger", "beteiligung",
            "hochschul", "partnern", "alphabetisierungs", "sozial", "gemeinde", "schwester", "allein",
            "erziehende", "kinder", "sprach", "förderung", "ferien", "betreuung", "glasfaser", "ausbau",
            "schüler", "medien", "kompetenz", "bewegungs", "takt", "verdichtung", "energie", "praktikums",
            "talent", "scouting", "kultur", "rucksack", "programm", "altbau", "besitzer", "gründer", "mobil",
            "stationen", "demenz", "netzwerk", "nachfolge", "gewerbe", "gebiet", "besuchs", "dienst", "lebens",
            "mittel", "liefer", "betriebs", "kita", "eltern", "briefe", "teilhabe", "pass", "haltestellen",
            "digital", "quer", "einstieg", "labor", "botschafter", "verbund", "bänke", "laden", "bus",
            "welcome", "center", "parks", "neu", "förder", "arzt", "praxen", "struktur", "wandel",
            "raum", "räumiges", "klein", "bildung", "kurs", "alltags", "integrierte", "freundlicher", "freundliche",
            "wohnen", "inter", "kulturelle");

    /** The endings of a first part that link it to the next („Ausbildungs|messe“). */
    private static final List<String> LINKS = List.of("ungs", "heits", "keits", "schafts", "tions", "täts", "ments", "lings",
            "amts", "arbeits");

    /** Endings that never begin a part of a compound. */
    private static final List<String> SUFFIXES = List.of("ung", "heit", "keit", "schaft", "ität", "isch", "innen", "lich");

    private static final String VOWELS = "aeiouäöüy";

    private Hyphenation() {
    }

    /** The title as shown: without its soft hyphens. */
    public static String plain(String text) {
        return text.replace(String.valueOf(SOFT_HYPHEN), "");
    }

    /**
     * The lines of {@code text} in a room {@code width} wide: words stay whole where they fit a line (a
     * hyphen already in the text is a place to break), a word wider than a line breaks with a hyphen at
     * the best place that fits (see the class comment).
     *
     * @param measure the width of a string as shown
     */
    public static List<String> wrap(String text, double width, ToDoubleFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : words(text)) {
            String joined = line.isEmpty() ? word : line + (line.endsWith("-") || line.endsWith("/") ? "" : " ") + word;
            if (measure.applyAsDouble(plain(joined)) <= width) {
                line = joined;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(plain(line));
                line = "";
            }
            String rest = word;
            while (measure.applyAsDouble(plain(rest)) > width) {
                int at = breakAt(rest, width, measure);
                lines.add(plain(rest.substring(0, at)) + "-");
                rest = rest.substring(at);
            }
            line = rest;
        }
        if (!line.isEmpty()) {
            lines.add(plain(line));
        }
        return lines;
    }

    /** The words of a text: split at spaces, and after a hyphen or slash that is part of the text. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.trim().split("\\s+|(?<=[-/–](?=\\p{L}))")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Where a word too wide for a line breaks: the last place of the best kind whose head fits with its hyphen. */
    private static int breakAt(String word, double width, ToDoubleFunction<String> measure) {
        List<Set<Integer>> kinds = List.of(softHyphens(word), joints(plain(word)), syllables(plain(word)));
        for (int kind = 0; kind < kinds.size(); kind++) {
            int best = -1;
            for (int place : kinds.get(kind)) {
                int at = kind == 0 ? place : inText(word, place);
                if (measure.applyAsDouble(plain(word.substring(0, at)) + "-") <= width) {
                    best = Math.max(best, at);
                }
            }
            if (best > 0) {
                return best;
            }
        }
        int at = 1; // nothing fits: as many letters as fit, at least one
        while (at < word.length() - 1 && measure.applyAsDouble(plain(word.substring(0, at + 1)) + "-") <= width) {
            at++;
        }
        return at;
    }

    /** The index in the text (soft hyphens counted) of the index {@code plain} in the word without them. */
    private static int inText(String word, int plain) {
        int seen = 0;
        for (int i = 0; i < word.length(); i++) {
            if (seen == plain) {
                return i;
            }
            if (word.charAt(i) != SOFT_HYPHEN) {
                seen++;
            }
        }
        return word.length();
    }

    private static Set<Integer> softHyphens(String word) {
        Set<Integer> places = new TreeSet<>();
        for (int i = 1; i < word.length(); i++) {
            if (word.charAt(i) == SOFT_HYPHEN) {
                places.add(i + 1);
            }
        }
        return places;
    }

    /**
     * The compound joints of a word (indices where the next part begins): after a linking ending, where
     * a known part ends that starts at the word's start or at a joint, and where a known part ends the
     * word. Each side keeps at least {@value #MIN_PART} letters.
     */
    public static Set<Integer> joints(String word) {
        String w = word.toLowerCase(Locale.GERMAN);
        int n = w.length();
        Set<Integer> joints = new TreeSet<>();
        Set<Integer> starts = new TreeSet<>(Set.of(0));
        for (int i = 1; i <= n; i++) {
            for (int start : starts.toArray(new Integer[0])) {
                if (start < i && PARTS.contains(w.substring(start, i))) {
                    starts.add(i);
                }
            }
            for (String link : LINKS) {
                if (i - link.length() >= 1 && w.startsWith(link, i - link.length()) && i < n) {
                    starts.add(i);
                }
            }
            if (i < n && PARTS.contains(w.substring(i))) {
                joints.add(i);
            }
        }
        joints.addAll(starts);
        // a part never begins with a suffix („Wohn|ungs…“), and a linking „s“ stays with its part
        // („Ausbildungs|messe“, not „Ausbildung|smesse“)
        joints.removeIf(i -> i < MIN_PART || n - i < MIN_PART
                || SUFFIXES.stream().anyMatch(suffix -> w.startsWith(suffix, i))
                || w.charAt(i) == 's' && LINKS.stream().anyMatch(link -> w.startsWith(link, i - link.length() + 1)));
        return joints;
    }

    /**
     * The syllable breaks of a word by the simple German rule: between two vowels the last consonant
     * begins the next syllable („Pfle-ge“, „Mes-se“); „sch“, „ch“, „ck“ and „ph“ stay together („Ta-sche“).
     */
    static Set<Integer> syllables(String word) {
        String w = word.toLowerCase(Locale.GERMAN);
        Set<Integer> places = new TreeSet<>();
        int i = 0;
        while (i < w.length() && !isVowel(w.charAt(i))) {
            i++;
        }
        while (i < w.length()) {
            while (i < w.length() && isVowel(w.charAt(i))) {
                i++;
            }
            int first = i;
            while (i < w.length() && !isVowel(w.charAt(i))) {
                i++;
            }
            if (i >= w.length() || i == first) {
                break;
            }
            int at = i - 1;
            for (String group : List.of("sch", "ch", "ck", "ph")) {
                if (i - group.length() >= first && w.startsWith(group, i - group.length())) {
                    at = i - group.length();
                    break;
                }
            }
            places.add(at);
        }
        places.removeIf(p -> p < 2 || w.length() - p < 2);
        return places;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
