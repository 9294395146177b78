package de.werkbank.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts users read, in the UI language. German is the default whatever the operating system's
 * locale; English is chosen with {@code -Dwerkbank.lang=en} or the environment variable
 * {@code WERKBANK_LANG=en}.
 */
public final class Messages {

    private static final String BUNDLE = "i18n.messages";
    private static volatile Messages current;

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages in the configured UI language. */
    public static Messages get() {
        Messages m = current;
        if (m == null) {
            m = new Messages(configuredLocale());
            current = m;
        }
        return m;
    }

    /** Messages in a given language, e.g. for tests of the English bundle. */
    public static Messages forLocale(Locale locale) {
        return new Messages(locale);
    }

    /** Switches the UI language for what is built from now on ({@code null}: back to the configured one); for tests. */
    public static void use(Locale locale) {
        current = locale == null ? null : new Messages(locale);
    }

    static Locale configuredLocale() {
        String lang = System.getProperty("werkbank.lang");
        if (lang == null || lang.isBlank()) {
            lang = System.getenv("WERKBANK_LANG");
        }
        return "en".equalsIgnoreCase(lang == null ? "" : lang.trim()) ? Locale.ENGLISH : Locale.GERMAN;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {@code args} put in its {0}, {1}… places. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalDate date) {
                shown[i] = date(date);
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** A date as the UI language writes it (26.11.2026, Nov 26, 2026). */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** Shorthand for {@code Messages.get().text(key, args)}. */
    public static String tr(String key, Object... args) {
        return get().text(key, args);
    }
}
