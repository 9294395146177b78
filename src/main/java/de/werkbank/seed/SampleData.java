package de.werkbank.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample data of {@code sample-data/} as shipped inside the program: catalogue, example plan with
 * its Werkzeugblätter, the registry of offices and people, and the areas of Kreis Düren. The records mirror the files' JSON.
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

    record CardEntry(String werkzeug, int column, String title, SheetEntry sheet) {
    }

    record SheetEntry(String goal, String description, List<String> targetGroups, String leadOffice, String contact,
                      List<String> partners, List<String> areas, LocalDate start, LocalDate end, BudgetEntry budget,
                      List<IndicatorEntry> indicators, List<String> dependsOn, List<StepEntry> steps) {
    }

    record BudgetEntry(BigDecimal amount, String source) {
    }

    /** An indicator; {@code measurements} are synthetic values, {@code link} a Datencheck figure of an area instead. */
    record IndicatorEntry(String name, String unit, BigDecimal baseline, BigDecimal target, LocalDate targetDate,
                          List<MeasurementEntry> measurements, LinkEntry link) {
    }

    record MeasurementEntry(LocalDate date, BigDecimal value, String note) {
    }

    record LinkEntry(String figure, String area) {
    }

    record StepEntry(String text, String who, String withWhom, LocalDate due, String status, String note) {
    }

    record RegistryFile(String source, List<OfficeEntry> offices, List<PersonEntry> people) {
    }

    record OfficeEntry(String name, String shortName) {
    }

    record PersonEntry(String name, String office, String role) {
    }

    record AreasFile(String source, List<AreaEntry> areas) {
    }

    record AreaEntry(String key, String name, String level, String parent) {
    }

    record ReviewFile(String source, String title, LocalDate date, List<ReviewEntryFile> entries) {
    }

    /** A measure's judgement, by its tool's code; {@code latest}: indicator values measured by the date, by name. */
    record ReviewEntryFile(String werkzeug, String assessment, String helped, String blocked, String nextSteps,
                           String decision, Map<String, BigDecimal> latest) {
    }

    static ReviewFile review() {
        return read("review.json", ReviewFile.class);
    }

    static CatalogueFile catalogue() {
        return read("catalogue.json", CatalogueFile.class);
    }

    static PlanFile plan() {
        return read("plan.json", PlanFile.class);
    }

    static RegistryFile registry() {
        return read("registry.json", RegistryFile.class);
    }

    /** The tidy Datencheck files (population by age group and sex, movements), by file name. */
    static Map<String, byte[]> datencheck() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : List.of("bevoelkerung_altersgruppen.csv", "bewegungen.csv")) {
            try (InputStream in = SampleData.class.getResourceAsStream(FOLDER + "datencheck/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("sample data missing from the program: " + name);
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("sample data " + name + " unreadable", e);
            }
        }
        return files;
    }

    /** The schematic map of the 15 Kommunen (GeoJSON; no official boundaries). */
    static byte[] schematicMap() {
        String name = "karten/" + SCHEMATIC_MAP;
        try (InputStream in = SampleData.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("sample data missing from the program: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("sample data " + name + " unreadable", e);
        }
    }

    static final String SCHEMATIC_MAP = "kreis-dueren-schematisch.geojson";

    /** The Orts-/Stadtteile of the Kommunen: names, places, population weights (see {@code sample-data/README.md}). */
    static SampleOrtsteile.OrtsteileFile ortsteile() {
        return read("ortsteile.json", SampleOrtsteile.OrtsteileFile.class);
    }

    static AreasFile areas() {
        return read("areas.json", AreasFile.class);
    }

    private static <T> T read(String name, Class<T> type) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
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
