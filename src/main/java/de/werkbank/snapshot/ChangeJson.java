package de.werkbank.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * What a history entry's change did, as the store keeps it: compact JSON text
 * ({@code {"kind": …, "state": …}}). In a snapshot it stands as a JSON object, indented like the
 * rest; it is copied token by token between the text and the document, never built as a tree, and
 * numbers keep their exact digits.
 *
 * @param hasKind whether the JSON is an object with a text member {@code kind}, as the format requires
 */
@JsonSerialize(using = ChangeJson.Writer.class)
@JsonDeserialize(using = ChangeJson.Reader.class)
public record ChangeJson(String json, boolean hasKind) {

    private static final JsonFactory JSON = new JsonFactory();

    /** The change stored as {@code json}, or {@code null} for none. */
    static ChangeJson of(String json) {
        return json == null ? null : new ChangeJson(json, true);
    }

    /** Writes the stored text into the snapshot, through the snapshot's own generator (and indentation). */
    static final class Writer extends StdSerializer<ChangeJson> {

        private static final long serialVersionUID = 1L;

        Writer() {
            super(ChangeJson.class);
        }

        @Override
        public void serialize(ChangeJson change, JsonGenerator out, SerializerProvider provider) throws IOException {
            try (JsonParser in = JSON.createParser(change.json())) {
                for (JsonToken t = in.nextToken(); t != null; t = in.nextToken()) {
                    copy(in, out);
                }
            }
        }
    }

    /** Reads the change's JSON value from the snapshot into compact text. */
    static final class Reader extends StdDeserializer<ChangeJson> {

        private static final long serialVersionUID = 1L;

        Reader() {
            super(ChangeJson.class);
        }

        @Override
        public ChangeJson deserialize(JsonParser in, DeserializationContext context) throws IOException {
            boolean hasKind = false;
            boolean atKind = false;
            int depth = 0;
            SegmentedStringWriter text = new SegmentedStringWriter(new BufferRecycler());
            try (JsonGenerator out = JSON.createGenerator(text)) {
                JsonToken t = in.currentToken();
                while (true) {
                    hasKind |= atKind && t == JsonToken.VALUE_STRING;
                    atKind = depth == 1 && t == JsonToken.FIELD_NAME && "kind".equals(in.currentName());
                    depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
                    copy(in, out);
                    if (depth == 0) {
                        break;
                    }
                    t = in.nextToken();
                }
            }
            return new ChangeJson(text.getAndClear(), hasKind);
        }
    }

    /** Copies the parser's current token; a number keeps the digits it was written with. */
    private static void copy(JsonParser in, JsonGenerator out) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NUMBER_FLOAT || in.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            out.writeNumber(in.getText());
        } else {
            out.copyCurrentEvent(in);
        }
    }
}
