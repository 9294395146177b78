package de.werkbank.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import de.werkbank.sheet.DataLink;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Measurement;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.StepStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A sheet's steps and indicators (with their measured values and Datencheck link) as the JSON arrays
 * its row holds: they are edited, versioned and
 * replaced with the sheet, never on their own. Objects with their fields' names as keys, sorted;
 * read with Jackson's streaming parser (the board reads every sheet's steps when the window opens,
 * before anything else needs data binding).
 */
final class SheetParts {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private SheetParts() {
    }

    static String steps(List<Step> steps) {
        return write(g -> {
            for (Step s : steps) {
                g.writeStartObject();
                text(g, "due", s.due());
                text(g, "id", s.id());
                g.writeStringField("note", s.note());
                g.writeStringField("status", s.status().name());
                g.writeStringField("text", s.text());
                text(g, "who", s.who());
                g.writeStringField("withWhom", s.withWhom());
                g.writeEndObject();
            }
        });
    }

    static String indicators(List<Indicator> indicators) {
        return write(g -> {
            for (Indicator x : indicators) {
                g.writeStartObject();
                number(g, "baseline", x.baseline());
                text(g, "id", x.id());
                if (x.link() != null) {
                    g.writeObjectFieldStart("link");
                    g.writeStringField("area", x.link().area());
                    g.writeStringField("figure", x.link().figure());
                    g.writeEndObject();
                }
                if (!x.measurements().isEmpty()) {
                    g.writeArrayFieldStart("measurements");
                    for (Measurement m : x.measurements()) {
                        g.writeStartObject();
                        text(g, "date", m.date());
                        g.writeStringField("note", m.note());
                        number(g, "value", m.value());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeStringField("name", x.name());
                number(g, "target", x.target());
                text(g, "targetDate", x.targetDate());
                g.writeStringField("unit", x.unit());
                g.writeEndObject();
            }
        });
    }

    static List<Step> steps(String json) {
        return read(json, f -> new Step(uuid(f.get("id")), text(f.get("text")), uuid(f.get("who")),
                text(f.get("withWhom")), date(f.get("due")), StepStatus.valueOf(text(f.get("status"))),
                text(f.get("note"))));
    }

    static List<Indicator> indicators(String json) {
        return read(json, f -> new Indicator(uuid(f.get("id")), text(f.get("name")), text(f.get("unit")),
                (BigDecimal) f.get("baseline"), (BigDecimal) f.get("target"), date(f.get("targetDate")),
                objects(f.get("measurements")).stream().map(m -> new Measurement(date(m.get("date")),
                        (BigDecimal) m.get("value"), text(m.get("note")))).toList(),
                link(f.get("link"))));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static DataLink link(Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> link = (Map<String, Object>) value;
        return new DataLink(text(link.get("figure")), text(link.get("area")));
    }

    /** Writes the objects of one array. */
    @FunctionalInterface
    private interface Items {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Items items) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            items.write(g);
            g.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException("sheet parts not writable", e);
        }
        return out.toString();
    }

    private static void text(JsonGenerator g, String name, Object value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value.toString());
        }
    }

    private static void number(JsonGenerator g, String name, BigDecimal value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    /** Makes one part of an object's fields (texts and numbers, by key; null where null). */
    @FunctionalInterface
    private interface Part<T> {
        T of(Map<String, Object> fields);
    }

    private static <T> List<T> read(String json, Part<T> part) {
        List<T> parts = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                parts.add(part.of(object(p, true)));
            }
            expect(p.currentToken(), JsonToken.END_ARRAY);
        } catch (IOException | RuntimeException e) {
            throw new StoreException(e, "store.sqlError", "sheet parts unreadable: " + e.getMessage());
        }
        return List.copyOf(parts);
    }

    /**
     * The fields of the object the parser stands at, texts and numbers by key; with {@code nested}, an
     * array of objects as a list of their fields and an object as its fields (one level deep).
     */
    private static Map<String, Object> object(JsonParser p, boolean nested) throws IOException {
        Map<String, Object> fields = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value.isNumeric()) {
                fields.put(name, p.getDecimalValue());
            } else if (value == JsonToken.VALUE_STRING) {
                fields.put(name, p.getText());
            } else if (nested && value == JsonToken.START_OBJECT) {
                fields.put(name, object(p, false));
            } else if (nested && value == JsonToken.START_ARRAY) {
                List<Map<String, Object>> items = new ArrayList<>();
                for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) {
                    if (item == null) {
                        throw new IOException("array not closed");
                    } else if (item == JsonToken.START_OBJECT) {
                        items.add(object(p, false));
                    } else {
                        p.skipChildren();
                    }
                }
                fields.put(name, items);
            } else {
                p.skipChildren();
            }
        }
        return fields;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + ", found " + actual);
        }
    }

    private static String text(Object value) {
        return (String) value;
    }

    private static UUID uuid(Object value) {
        return value == null ? null : UUID.fromString((String) value);
    }

    /**
     * An ISO date. The board reads every step's due date when the window opens (five per sheet):
     * {@code yyyy-mm-dd} is read digit by digit, some ten times faster than {@link LocalDate#parse}
     * (a formatter's parse); anything else, such as a year beyond 9999, goes through the formatter.
     */
    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        String s = (String) value;
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(s);
    }

    /** The number the ASCII digits {@code s[from, to)} make, or -1 if one is not a digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
