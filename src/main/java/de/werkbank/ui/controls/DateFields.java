package de.werkbank.ui.controls;

import de.werkbank.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * Date fields that are always readable in full: the date in the UI language's numeric form (German
 * dd.MM.yyyy, English yyyy-MM-dd), and a field never narrower than that date.
 */
public final class DateFields {

    private DateFields() {
    }

    /** The pattern the UI language writes dates in. */
    public static DateTimeFormatter format() {
        return Messages.get().locale().getLanguage().equals(Locale.GERMAN.getLanguage())
                ? DateTimeFormatter.ofPattern("dd.MM.yyyy") : DateTimeFormatter.ISO_LOCAL_DATE;
    }

    /** A date picker that shows its date in full; a text it cannot read leaves the value as it was. */
    public static DatePicker picker() {
        var picker = new DatePicker();
        DateTimeFormatter format = format();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : format.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), format);
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
        picker.getEditor().setPrefColumnCount(8);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        return picker;
    }
}
