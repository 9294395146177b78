package de.werkbank.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The sample data of {@code sample-data/} as shipped inside the program: catalogue, example plan and
 * the areas of Kreis Düren. The records mirror the files' JSON.
 */
public final class SampleData {

    private static final String FOLDER = "/sample-data/";

    private SampleData() {
    }

    record CatalogueFile(String source, List<FieldEntry> handlungsfelder, List<ToolEntry> werkzeuge) {
    }

    record FieldEntry(String key, String shortName, String title, String colour, String zukunftsbild) {
    }

    record ToolEntry(String id, String title, String description, String handlungsfeld, String kind,
                     List<String> targetGroups, String leadOffice, List<String> tags) {
    }

    record PlanFile(String source, List<CardEntry> cards) {
    }

    record CardEntry(String werkzeug, int column, String title) {
    }

    record AreasFile(String source, List<AreaEntry> areas) {
    }

    record AreaEntry(String key, String name, String level, String parent) {
    }

    static CatalogueFile catalogue() {
        return read("catalogue.json", CatalogueFile.class);
    }

    static PlanFile plan() {
        return read("plan.json", PlanFile.class);
    }

    static AreasFile areas() {
        return read("areas.json", AreasFile.class);
    }

    private static <T> T read(String name, Class<T> type) {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try (InputStream in = SampleData.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("sample data missing from the program: " + name);
            }
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("sample data " + name + " unreadable", e);
        }
    }
}
