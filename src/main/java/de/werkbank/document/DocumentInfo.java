package de.werkbank.document;

import de.werkbank.i18n.Messages;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What every document is printed with: the language, the name in the PDF's author field (the
 * settings' name of the person printing) and the date on the cover and in the footer.
 */
public record DocumentInfo(Messages messages, String author, LocalDate date) {

    public DocumentInfo {
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(date, "date");
        author = author == null ? "" : author;
    }
}
