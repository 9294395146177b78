package de.werkbank.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.werkbank.i18n.JsonFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a source's names become the plan's, saved as JSON and reusable for the next import of the
 * same kind of file.
 *
 * @param fields label, bucket or cell text → Handlungsfeld key ({@code "Mobilität 🚌": "MOBILITAET"};
 *               a Trello label without a name by its colour, {@code "green"})
 * @param stages list, bucket or stage name → the plan column's name
 * @param tools source id → the catalogue id the measure uses ({@code "W-017"}) or {@code "neu"} for a
 *              new green tool, overriding the match by title
 * @param headings for measure lists: the field ({@code title}, {@code description}, …; see
 *                 {@link ListColumn}) → the heading of the file's column
 */
public record IntakeMapping(Map<String, String> fields, Map<String, String> stages, Map<String, String> tools,
                            Map<String, String> headings) {

    /** The value under {@code tools} that asks for a new green tool. */
    public static final String NEW_TOOL = "neu";
    private static final long MAX_BYTES = 1024 * 1024;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public IntakeMapping {
        fields = copy(fields);
        stages = copy(stages);
        tools = copy(tools);
        headings = copy(headings);
    }

    public static IntakeMapping none() {
        return new IntakeMapping(Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** The Handlungsfeld key a hint is mapped to (compared case- and umlaut-insensitively). */
    Optional<String> field(String hint) {
        return lookup(fields, hint);
    }

    Optional<String> stage(String name) {
        return lookup(stages, name);
    }

    Optional<String> tool(String sourceId) {
        return Optional.ofNullable(tools.get(sourceId));
    }

    /** A copy whose tool for {@code sourceId} is {@code code} ({@link #NEW_TOOL}: a new one; null: matched by title). */
    public IntakeMapping withTool(String sourceId, String code) {
        Map<String, String> t = new LinkedHashMap<>(tools);
        if (code == null) {
            t.remove(sourceId);
        } else {
            t.put(sourceId, code);
        }
        return new IntakeMapping(fields, stages, t, headings);
    }

    public IntakeMapping withHeadings(Map<String, String> newHeadings) {
        return new IntakeMapping(fields, stages, tools, newHeadings);
    }

    private static Optional<String> lookup(Map<String, String> map, String key) {
        String wanted = Normalized.of(key);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return map.entrySet().stream().filter(e -> Normalized.of(e.getKey()).equals(wanted))
                .map(Map.Entry::getValue).findFirst();
    }

    /** @throws IntakeFileException when the file is no mapping */
    public static IntakeMapping read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IntakeFileException("intake.mapping.tooLarge", file.getFileName(), MAX_BYTES / 1024);
            }
            IntakeMapping m = JSON.readValue(Files.readAllBytes(file), IntakeMapping.class);
            if (m == null) {
                throw new IntakeFileException("intake.mapping.bad", file.getFileName(), "null");
            }
            return m;
        } catch (JsonProcessingException e) {
            throw new IntakeFileException(e, "intake.mapping.bad", file.getFileName(), JsonFailure.reason(e));
        } catch (IOException e) {
            throw new IntakeFileException(e, "intake.unreadable", file.getFileName(), e.getMessage());
        }
    }

    public void write(Path file) throws IOException {
        Files.write(file, JSON.writeValueAsBytes(this));
    }

    private static Map<String, String> copy(Map<String, String> map) {
        Map<String, String> out = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((k, v) -> {
                if (k != null && v != null) {
                    out.put(k, v);
                }
            });
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
