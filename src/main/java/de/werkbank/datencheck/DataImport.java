package de.werkbank.datencheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.werkbank.area.Area;
import de.werkbank.i18n.JsonFailure;
import de.werkbank.store.Store;
import de.werkbank.store.StoreTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports a tidy data file into the store, all or nothing: the file is read and checked completely
 * (numbers, years, keys, duplicates, known areas) before one transaction stores its values.
 */
public final class DataImport {

    private DataImport() {
    }

    /**
     * Imports a tidy file, or with {@code mapping} a table in a statistics office's layout.
     *
     * @param mapping a saved {@link ColumnMapping} (JSON), or {@code null} for a tidy file
     * @return how many values were stored
     */
    public static int importFile(Store store, Path file, Path mapping, Instant now) {
        return importFile(store, file, mapping, null, now);
    }

    /**
     * As above, under a source line of its own (e.g. "IT.NRW, Landesdatenbank NRW, 12411-9k06"), which
     * the Datencheck shows under its table and maps instead of the file's name.
     *
     * @param source the source line, or {@code null}: the file's name
     */
    public static int importFile(Store store, Path file, Path mapping, String source, Instant now) {
        String name = source == null || source.isBlank() ? file.getFileName().toString() : source.strip();
        if (name.length() > DataLimits.SOURCE) {
            throw new DataImportException("data.sourceTooLong", file.getFileName(), DataLimits.SOURCE);
        }
        return importData(store, file, mapping == null ? null : mapping(mapping), name, now);
    }

    /** As {@link #importFile(Store, Path, Path, Instant)}, with a mapping at hand ({@code null}: a tidy file). */
    public static int importData(Store store, Path file, ColumnMapping mapping, Instant now) {
        return importData(store, file, mapping, file.getFileName().toString(), now);
    }

    /** Reads the file once, checks it all, then stores its values under {@code sourceName}. */
    private static int importData(Store store, Path file, ColumnMapping mapping, String sourceName, Instant now) {
        byte[] bytes = bytes(file);
        List<Observation> values = read(store, file.getFileName().toString(), bytes, mapping);
        Map<String, String> names = mapping == null ? TidyCsv.indicatorNames(bytes) : Map.of();
        return store.guarded("before-data-import", sourceName,
                () -> store.transaction(tx -> store(tx, sourceName, values, names, now)));
    }

    /** Reads and checks a file as {@link #importFile} would, without storing anything. */
    public static List<Observation> read(Store store, Path file, ColumnMapping mapping) {
        return read(store, file.getFileName().toString(), bytes(file), mapping);
    }

    private static List<Observation> read(Store store, String name, byte[] bytes, ColumnMapping mapping) {
        Set<String> areas = store.areas().stream().map(Area::key).collect(Collectors.toSet());
        return mapping == null ? TidyCsv.read(name, bytes, areas) : OfficeTable.read(name, bytes, mapping, areas);
    }

    /** The bytes of a data file; a missing or unreadable one is a {@link DataImportException}. */
    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataImportException(e, "data.noFile", file);
        } catch (IOException e) {
            throw new DataImportException(e, "data.unreadable", file.getFileName(), e.getMessage());
        }
    }

    /** A saved column mapping. */
    public static ColumnMapping mapping(Path file) {
        try {
            ColumnMapping mapping = new ObjectMapper().readValue(bytes(file), ColumnMapping.class);
            if (mapping == null) {
                throw new DataImportException("data.mappingMissing", file.getFileName(), "$");
            }
            mapping.check(file.getFileName().toString());
            return mapping;
        } catch (JsonProcessingException e) {
            throw new DataImportException(e, "data.badMapping", file.getFileName(), JsonFailure.reason(e));
        } catch (IOException e) {
            throw new DataImportException(e, "data.badMapping", file.getFileName(), e.getMessage());
        }
    }

    /** Saves a column mapping as JSON (UTF-8), in the form {@link #mapping(Path)} and {@code import-data --mapping} read. */
    public static void saveMapping(ColumnMapping mapping, Path file) {
        try {
            Files.write(file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(mapping));
        } catch (IOException e) {
            throw new DataImportException(e, "data.mappingNotSaved", file.getFileName(), e.getMessage());
        }
    }

    /**
     * Stores values in an open transaction (also used to seed the sample data). The readers have
     * checked them, the area keys against the store's areas included.
     */
    public static int store(StoreTransaction tx, String name, List<Observation> values, Instant now) {
        return store(tx, name, values, Map.of(), now);
    }

    /**
     * As above; a new indicator takes its display name from {@code givenNames} (a tidy file's column
     * {@code indicator_name}), else the usual German name of its key, else the key.
     */
    public static int store(StoreTransaction tx, String name, List<Observation> values, Map<String, String> givenNames,
                            Instant now) {
        Map<String, String> names = values.stream().map(Observation::indicatorKey).distinct()
                .collect(Collectors.toMap(k -> k, k -> givenNames.getOrDefault(k, KnownIndicators.name(k))));
        tx.datencheck().importValues(name, now, values, names);
        tx.log("import-data", name + " (" + values.size() + ")");
        return values.size();
    }
}
