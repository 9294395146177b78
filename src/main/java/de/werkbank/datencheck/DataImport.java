package de.werkbank.datencheck;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.werkbank.area.Area;
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
        String name = file.getFileName().toString();
        byte[] bytes = bytes(file);
        Set<String> areas = store.areas().stream().map(Area::key).collect(Collectors.toSet());
        List<Observation> values = mapping == null ? TidyCsv.read(name, bytes, areas)
                : OfficeTable.read(name, bytes, mapping(mapping), areas);
        return store.transaction(tx -> store(tx, name, values, now));
    }

    private static byte[] bytes(Path file) {
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
            return new ObjectMapper().readValue(bytes(file), ColumnMapping.class);
        } catch (IOException e) {
            throw new DataImportException(e, "data.badMapping", file.getFileName(), e.getMessage());
        }
    }

    /**
     * Stores values in an open transaction (also used to seed the sample data). The readers have
     * checked them, the area keys against the store's areas included.
     */
    public static int store(StoreTransaction tx, String name, List<Observation> values, Instant now) {
        Map<String, String> names = values.stream().map(Observation::indicatorKey).distinct()
                .collect(Collectors.toMap(k -> k, KnownIndicators::name));
        tx.datencheck().importValues(name, now, values, names);
        tx.log("import-data", name + " (" + values.size() + ")");
        return values.size();
    }
}
