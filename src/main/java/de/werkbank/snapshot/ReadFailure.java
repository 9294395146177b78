package de.werkbank.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import de.werkbank.i18n.JsonFailure;
import de.werkbank.i18n.Messages;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Why Jackson could not bind a snapshot, as a {@link SnapshotException} in the UI language that names
 * the JSON path and the line and column; Jackson's own (English) text never reaches the user.
 */
final class ReadFailure {

    private static final int SHOWN_VALUE = 60;

    private ReadFailure() {
    }

    /**
     * @param parser the parser that read the file, for the place of failures Jackson reports without one
     */
    static SnapshotException of(JsonProcessingException e, JsonParser parser) {
        StreamConstraintsException limit = cause(e, StreamConstraintsException.class);
        if (limit != null) {
            String what = limit.getMessage() != null && limit.getMessage().contains("nesting depth")
                    ? "snapshot.tooDeep" : "snapshot.tooLong";
            return new SnapshotException(e, what, path(parser.getParsingContext()), line(parser), column(parser),
                    SnapshotCodec.MAX_DEPTH);
        }
        if (e instanceof InputCoercionException) {
            return new SnapshotException(e, "snapshot.numberTooLarge", path(parser.getParsingContext()), line(parser),
                    column(parser));
        }
        if (e instanceof JsonParseException) {
            return new SnapshotException(e, "snapshot.notJson", JsonFailure.reason(e));
        }
        if (e instanceof JsonMappingException m) {
            return mapping(m, parser);
        }
        return new SnapshotException(e, "snapshot.notJson", JsonFailure.reason(e));
    }

    private static SnapshotException mapping(JsonMappingException e, JsonParser parser) {
        String path = path(e);
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String line = String.valueOf(at.getLineNr());
        String column = String.valueOf(at.getColumnNr());
        if (e.getCause() instanceof InputCoercionException) {
            return new SnapshotException(e, "snapshot.numberTooLarge", path, line, column);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String object = path.endsWith("." + unknown.getPropertyName())
                    ? path.substring(0, path.length() - unknown.getPropertyName().length() - 1) : path;
            return new SnapshotException(e, "snapshot.unknownField", unknown.getPropertyName(), object, line, column);
        }
        if (e instanceof InvalidFormatException wrong) {
            return new SnapshotException(e, "snapshot.badFormat", shown(wrong.getValue()), path, line, column,
                    expected(wrong.getTargetType()));
        }
        if (e instanceof MismatchedInputException wrong) {
            return new SnapshotException(e, "snapshot.wrongType", path, line, column, expected(wrong.getTargetType()));
        }
        return new SnapshotException(e, "snapshot.unreadable", path, line, column);
    }

    /** What a value of {@code type} must look like, in the UI language. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return Messages.tr("snapshot.expect.other");
        }
        if (type == UUID.class) {
            return Messages.tr("snapshot.expect.uuid");
        }
        if (type == LocalDate.class) {
            return Messages.tr("snapshot.expect.date");
        }
        if (type == Instant.class) {
            return Messages.tr("snapshot.expect.instant");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Messages.tr("snapshot.expect.boolean");
        }
        if (type == String.class) {
            return Messages.tr("snapshot.expect.text");
        }
        if (Number.class.isAssignableFrom(type) || type == BigDecimal.class || type == BigInteger.class
                || type == int.class || type == double.class) {
            return Messages.tr("snapshot.expect.number");
        }
        if (type.isEnum()) {
            return Messages.tr("snapshot.expect.oneOf", Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")));
        }
        if (Collection.class.isAssignableFrom(type)) {
            return Messages.tr("snapshot.expect.list");
        }
        return Messages.tr("snapshot.expect.object");
    }

    /** A value as the message quotes it: short, on one line. */
    private static String shown(Object value) {
        String text = String.valueOf(value).replaceAll("\\s+", " ");
        return text.length() <= SHOWN_VALUE ? text : text.substring(0, SHOWN_VALUE) + "…";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The parser's place as a JSON path, e.g. {@code $.plan.cards[3].title}. */
    static String path(JsonStreamContext context) {
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                steps.add("." + c.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder("$");
        for (int i = steps.size() - 1; i >= 0; i--) {
            path.append(steps.get(i));
        }
        return path.toString();
    }

    private static String line(JsonParser parser) {
        return String.valueOf(parser.currentLocation().getLineNr());
    }

    private static String column(JsonParser parser) {
        return String.valueOf(parser.currentLocation().getColumnNr());
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
