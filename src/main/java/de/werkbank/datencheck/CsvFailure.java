package de.werkbank.datencheck;

import de.werkbank.i18n.Messages;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why the CSV parser gave up on a file, in the user's language: Commons CSV reports in English
 * ("EOF reached before encapsulated token finished"), a user needs to hear which quote is not closed.
 */
public final class CsvFailure {

    private static final Pattern UNCLOSED = Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token");
    private static final Pattern AFTER_QUOTE = Pattern.compile("Invalid char between encapsulated token and delimiter"
            + " at line: (\\d+)");

    private CsvFailure() {
    }

    /** The reason for the failure, to follow "the file … cannot be read:". */
    public static String reason(Throwable failure) {
        Throwable e = failure instanceof UncheckedIOException && failure.getCause() != null ? failure.getCause() : failure;
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher unclosed = UNCLOSED.matcher(message);
        if (unclosed.find()) {
            return Messages.tr("csv.unclosedQuote", unclosed.group(1));
        }
        Matcher afterQuote = AFTER_QUOTE.matcher(message);
        if (afterQuote.find()) {
            return Messages.tr("csv.textAfterQuote", afterQuote.group(1));
        }
        return message.isBlank() ? Messages.tr("csv.broken") : message;
    }
}
