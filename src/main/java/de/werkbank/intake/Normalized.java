package de.werkbank.intake;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names compared as people mean them: case, umlauts („Mobilität“ = „Mobilitaet“), accents, emoji and
 * punctuation do not count.
 */
final class Normalized {

    private Normalized() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String s = text.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.appendCodePoint(cp);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
