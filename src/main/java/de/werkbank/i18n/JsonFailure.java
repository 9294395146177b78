package de.werkbank.i18n;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Why Jackson gave up on a JSON file, in the user's language: the place (line, column) and what is
 * wrong there. Jackson reports in English ("Unexpected character ('o' (code 111)): was expecting
 * double-quote to start field name").
 */
public final class JsonFailure {

    private static final Pattern CHARACTER = Pattern.compile("^Unexpected (?:character \\('(.+?)' \\(code|close marker '(.)')");

    private JsonFailure() {
    }

    /** The place and the reason, to follow "the file … cannot be read:". */
    public static String reason(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String what = what(e);
        if (at == null || at.getLineNr() < 1) {
            return what;
        }
        return Messages.tr("json.at", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()), what);
    }

    private static String what(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException || e.getCause() instanceof JsonEOFException
                || message.startsWith("Unexpected end-of-input")) {
            return Messages.tr("json.endsEarly");
        }
        StreamConstraintsException limit = cause(e, StreamConstraintsException.class);
        if (limit != null) {
            // Jackson's limits (nesting 1,000 deep, numbers of 1,000 digits, …) say it in English
            String text = limit.getOriginalMessage() == null ? "" : limit.getOriginalMessage();
            return Messages.tr(text.startsWith("Document nesting depth") ? "json.tooDeep" : "json.tooLarge");
        }
        if (cause(e, InputCoercionException.class) != null || message.contains(") out of range of ")) {
            return Messages.tr("json.numberOutOfRange");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Messages.tr("json.unknownField", unknown.getPropertyName());
        }
        if (e instanceof MismatchedInputException wrong) {
            return Messages.tr("json.wrongKind", path(wrong));
        }
        Matcher character = CHARACTER.matcher(message);
        if (character.find()) {
            return Messages.tr("json.unexpectedCharacter",
                    character.group(1) != null ? character.group(1) : character.group(2));
        }
        return Messages.tr("json.syntax");
    }

    /** {@code e} or the first of its causes of the given type (databind wraps the parser's), or {@code null}. */
    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "$" : path.replace(".[", "[");
    }
}
