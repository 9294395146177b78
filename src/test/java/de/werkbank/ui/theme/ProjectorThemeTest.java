package de.werkbank.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text/background pair of the projector theme reaches the WCAG contrast of 7:1 (level AAA). */
class ProjectorThemeTest {

    /** Text colour on background colour, as the stylesheet pairs them. */
    private static final List<String[]> PAIRS = List.of(
            new String[] {"-pj-text", "-pj-bg"},
            new String[] {"-pj-text", "-pj-column-bg"},
            new String[] {"-pj-text", "-pj-card-bg"},
            new String[] {"-pj-text", "-pj-focus-bg"},
            new String[] {"-pj-muted", "-pj-card-bg"},
            new String[] {"-pj-muted", "-pj-column-bg"},
            new String[] {"-pj-muted", "-pj-focus-bg"},
            new String[] {"-pj-muted", "-pj-bg"},
            new String[] {"-pj-hidden", "-pj-card-bg"},
            new String[] {"-pj-hidden", "-pj-focus-bg"},
            new String[] {"-pj-on-accent", "-pj-accent"},
            new String[] {"-pj-on-bar", "-pj-bar-bg"},
            new String[] {"-pj-bar-bg", "-pj-on-bar"},
            new String[] {"-pj-on-alert", "-pj-alert-bg"});

    private static Map<String, String> colours() throws IOException {
        try (InputStream in = ProjectorThemeTest.class.getResourceAsStream("/css/projector.css")) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(-pj-[a-z-]+):\\s*(#[0-9A-Fa-f]{6});").matcher(css);
            Map<String, String> colours = new HashMap<>();
            while (m.find()) {
                colours.put(m.group(1), m.group(2));
            }
            return colours;
        }
    }

    /** Relative luminance after WCAG 2.x. */
    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void theContrastFormulaGivesTheKnownValues() {
        assertThat(contrast("#000000", "#FFFFFF")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#777777", "#FFFFFF")).isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void everyTextColourReachesSevenToOneOnItsBackground() throws IOException {
        Map<String, String> colours = colours();
        for (String[] pair : PAIRS) {
            assertThat(colours).as("colour defined").containsKeys(pair[0], pair[1]);
            assertThat(contrast(colours.get(pair[0]), colours.get(pair[1])))
                    .as(pair[0] + " on " + pair[1]).isGreaterThanOrEqualTo(7.0);
        }
    }
}
