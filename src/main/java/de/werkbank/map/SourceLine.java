package de.werkbank.map;

import de.werkbank.i18n.Messages;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A map's source line in the UI language: the store keeps it as it was imported, often in German; the
 * parts Werkbank itself wrote (the sample map's line, „Grenzen: Datei“ for an import without a
 * source) are shown in the UI language, a line the user gave stays as given.
 */
public final class SourceLine {

    /** The sample maps' lines (Kommunen, Ortsteile). */
    private static final java.util.List<String> SAMPLES = java.util.List.of("map.source.schematic", "map.source.schematicOrtsteile");
    private static final String DEFAULT = "geo.defaultSource";

    private SourceLine() {
    }

    /** The stored source line as shown in the UI language. */
    public static String shown(String stored) {
        Messages german = Messages.forLocale(Locale.GERMAN);
        for (String sample : SAMPLES) {
            if (stored.equals(german.text(sample))) {
                return Messages.tr(sample);
            }
        }
        // „Grenzen: {0}“ with the file name in place of {0}
        String[] around = german.bundle().getString(DEFAULT).split(Pattern.quote("{0}"), -1);
        Matcher m = Pattern.compile(Pattern.quote(around[0]) + "(.+)" + Pattern.quote(around.length > 1 ? around[1] : ""))
                .matcher(stored);
        return m.matches() ? Messages.tr(DEFAULT, m.group(1)) : stored;
    }

    /** The line as it fits {@code width}: whole, or cut with an ellipsis. */
    static String cut(String text, java.awt.FontMetrics metrics, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }
}
