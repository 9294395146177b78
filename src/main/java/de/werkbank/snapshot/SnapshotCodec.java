package de.werkbank.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import de.werkbank.content.StoreContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a store's content as a snapshot (keys sorted, indented with two spaces, {@code \n} line
 * ends, UTF-8, so two snapshots diff well) and reads one back, checking it all the way: JSON syntax,
 * format and version, the JSON Schema, and the references between its parts. Plain data binding, no
 * polymorphic types.
 */
public final class SnapshotCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    /** How deep objects and arrays may nest in a snapshot (a real one needs about 12 levels). */
    static final int MAX_DEPTH = 64;
    private static final Map<Integer, Schema> SCHEMAS = new ConcurrentHashMap<>();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(1_000_000).maxNestingDepth(MAX_DEPTH).build());
    }

    private SnapshotCodec() {
    }

    /**
     * The snapshot of {@code content} as JSON bytes.
     *
     * @param personalData whether person names go in (see {@link SnapshotMapper#toDocument})
     */
    public static byte[] encode(StoreContent content, Instant exportedAt, String appVersion, boolean personalData) {
        SnapshotDocument doc = SnapshotMapper.toDocument(content, exportedAt.truncatedTo(ChronoUnit.SECONDS), appVersion,
                personalData);
        try (ByteArrayBuilder json = new ByteArrayBuilder(64 * 1024)) {
            WRITER.writeValue(json, doc);
            json.write('\n');
            return json.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The content of a snapshot, checked. The file is bound in one pass by strict data binding
     * (unknown fields, missing fields and wrong types are refused, with their JSON path) and then
     * checked by {@link SnapshotCheck} (sizes, required values, ids, references); the JSON Schema says
     * the same for other readers, and the tests hold every export and every refused case against it.
     * The content is mapped on a second core while this one checks; it is handed out only when the
     * checks have passed, so a broken rule is what gets reported, never a mapping failure it caused.
     *
     * @throws SnapshotException naming the first problems and where they are (line and column, or JSON path)
     */
    public static StoreContent decode(byte[] json) {
        SnapshotDocument doc = bind(json);
        CompletableFuture<StoreContent> content = CompletableFuture.supplyAsync(() -> SnapshotMapper.toContent(doc));
        try {
            SnapshotCheck.check(doc);
        } catch (RuntimeException e) {
            content.cancel(false);
            throw e;
        }
        try {
            return content.join();
        } catch (CompletionException e) {
            // a rule the checks missed, broken in the domain's own records: still the file's fault
            throw e.getCause() instanceof SnapshotException s ? s : new SnapshotException(e.getCause(), "snapshot.inconsistent");
        }
    }

    /** The document of a snapshot, bound strictly, its format and version known; its rules not yet checked. */
    private static SnapshotDocument bind(byte[] json) {
        if (json.length > SnapshotFormat.MAX_BYTES) {
            throw new SnapshotException("snapshot.tooLarge", json.length / (1024 * 1024), SnapshotFormat.MAX_BYTES / (1024 * 1024));
        }
        SnapshotDocument doc;
        try (JsonParser parser = MAPPER.createParser(json)) {
            try {
                doc = MAPPER.readValue(parser, SnapshotDocument.class);
            } catch (JsonMappingException e) {
                checkFormat(json);
                throw ReadFailure.of(e, parser);
            } catch (JsonProcessingException e) {
                throw ReadFailure.of(e, parser);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (doc == null) {
            throw new SnapshotException("snapshot.notObject");
        }
        checkFormat(doc.format(), doc.formatVersion() == null ? 0 : doc.formatVersion());
        return doc;
    }

    /** For a file that does not bind: says so first if it is no snapshot or one of a newer version. */
    private static void checkFormat(byte[] json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (IOException e) {
            return;
        }
        if (tree == null || !tree.isObject()) {
            throw new SnapshotException("snapshot.notObject");
        }
        JsonNode version = tree.path("formatVersion");
        checkFormat(tree.path("format").asText("—"), version.canConvertToExactIntegral() ? version.asInt() : 0);
    }

    private static void checkFormat(String format, int version) {
        if (!SnapshotFormat.NAME.equals(format)) {
            throw new SnapshotException("snapshot.wrongFormat", format);
        }
        if (version < 1) {
            throw new SnapshotException("snapshot.badVersion", version);
        }
        if (version > SnapshotFormat.CURRENT_VERSION) {
            throw new SnapshotException("snapshot.newerVersion", version, SnapshotFormat.CURRENT_VERSION);
        }
    }

    /**
     * What the JSON Schema of the snapshot's format version finds wrong with it (empty: nothing), as
     * "JSON path: problem" lines. Readers in other languages use the schema; Werkbank checks the same
     * rules while reading.
     */
    public static List<String> schemaProblems(byte[] json) throws IOException {
        JsonNode tree = MAPPER.readTree(json);
        int version = tree.path("formatVersion").asInt(SnapshotFormat.CURRENT_VERSION);
        return schema(version).validate(tree).stream()
                .map(e -> jsonPath(e.getInstanceLocation()) + ": " + e.getMessage()).toList();
    }

    /** A location in the document as a JSON path, e.g. {@code $.plan.cards[3].title}. */
    private static String jsonPath(NodePath location) {
        StringBuilder path = new StringBuilder("$");
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Number index) {
                path.append('[').append(index).append(']');
            } else {
                path.append('.').append(element);
            }
        }
        return path.toString();
    }

    private static Schema schema(int version) {
        return SCHEMAS.computeIfAbsent(version, SnapshotCodec::loadSchema);
    }

    private static Schema loadSchema(int version) {
        try (InputStream in = SnapshotCodec.class.getResourceAsStream(SnapshotFormat.schemaResource(version))) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the program: version " + version);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mapper snapshots are read and written with (for the benchmark's plain-Jackson baseline). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
