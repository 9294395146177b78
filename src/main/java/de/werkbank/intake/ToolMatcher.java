package de.werkbank.intake;

import de.werkbank.catalogue.Werkzeug;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the catalogue tool a measure uses: by the id the source names, else by the most similar title
 * (the Sørensen–Dice coefficient of the titles' letter pairs, compared case-, umlaut- and
 * punctuation-insensitively), if it reaches {@link #THRESHOLD}.
 */
final class ToolMatcher {

    /**
     * The lowest similarity taken as the same measure (the preview shows the score; the user changes a
     * wrong match). „Bürgerbus für Heimbach“ and „Bürgerbus Heimbach“ score 0.9, „Bürgertreff“ and
     * „Bürgerbus“ 0.6.
     */
    static final double THRESHOLD = 0.7;

    /** A tool and how similar its title is (1.0 for a match by id). */
    record Match(Werkzeug tool, double score, boolean byCode) {
    }

    private final List<Werkzeug> tools;
    private final Map<String, Werkzeug> byCode = new HashMap<>();

    /** @param tools the catalogue's tools not retired */
    ToolMatcher(List<Werkzeug> tools) {
        this.tools = List.copyOf(tools);
        tools.forEach(t -> byCode.put(t.code().toUpperCase(java.util.Locale.ROOT), t));
    }

    Optional<Werkzeug> byCode(String code) {
        return Optional.ofNullable(byCode.get(code.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    Optional<Match> match(Measure measure) {
        if (!measure.toolCode().isEmpty()) {
            Optional<Werkzeug> tool = byCode(measure.toolCode());
            if (tool.isPresent()) {
                return Optional.of(new Match(tool.get(), 1.0, true));
            }
        }
        Match best = null;
        for (Werkzeug t : tools) {
            double score = similarity(measure.title(), t.title());
            if (best == null || score > best.score()) {
                best = new Match(t, score, false);
            }
        }
        return best != null && best.score() >= THRESHOLD ? Optional.of(best) : Optional.empty();
    }

    /** 0 (nothing alike) to 1 (the same, as people read it). */
    static double similarity(String a, String b) {
        String x = Normalized.of(a).replace(" ", "");
        String y = Normalized.of(b).replace(" ", "");
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        if (x.equals(y)) {
            return 1;
        }
        if (x.length() < 2 || y.length() < 2) {
            return 0;
        }
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i < x.length() - 1; i++) {
            pairs.merge(x.substring(i, i + 2), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i < y.length() - 1; i++) {
            String p = y.substring(i, i + 2);
            Integer n = pairs.get(p);
            if (n != null && n > 0) {
                common++;
                pairs.put(p, n - 1);
            }
        }
        return 2.0 * common / ((x.length() - 1) + (y.length() - 1));
    }
}
