package de.werkbank.datencheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.werkbank.area.AreaKeys;
import de.werkbank.i18n.JsonFailure;
import de.werkbank.i18n.Messages;
import de.werkbank.store.Store;
import de.werkbank.store.StoreTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Imports a tidy data file into the store, all or nothing: the file is read and checked completely
 * (numbers, years, keys, duplicates, known areas) before one transaction stores its values. Keys are
 * matched to the store's areas by meaning ({@link AreaKeys}); rows of other areas refuse the file
 * unless the user agreed to leave them out; a new delivery replaces what was stored for its areas,
 * indicators and years.
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
     * the Datencheck shows under its table and maps instead of the file's name. Rows of areas the store
     * does not hold refuse the file, naming them.
     *
     * @param source the source line, or {@code null}: the file's name
     */
    public static int importFile(Store store, Path file, Path mapping, String source, Instant now) {
        return importFile(store, file, mapping, source, false, now);
    }

    /**
     * As above; with {@code skipUnknownAreas} the rows of areas the store does not hold are left out
     * and the rest is imported (all or nothing still).
     */
    public static int importFile(Store store, Path file, Path mapping, String source, boolean skipUnknownAreas,
                                 Instant now) {
        String name = source == null || source.isBlank() ? file.getFileName().toString() : source.strip();
        if (name.length() > DataLimits.SOURCE) {
            throw new DataImportException("data.sourceTooLong", file.getFileName(), DataLimits.SOURCE);
        }
        return importData(store, file, mapping == null ? null : mapping(mapping), name, skipUnknownAreas, now);
    }

    /** As {@link #importFile(Store, Path, Path, Instant)}, with a mapping at hand ({@code null}: a tidy file). */
    public static int importData(Store store, Path file, ColumnMapping mapping, Instant now) {
        return importData(store, file, mapping, false, now);
    }

    /** As above; with {@code skipUnknownAreas} rows of areas the store does not hold are left out (the user agreed). */
    public static int importData(Store store, Path file, ColumnMapping mapping, boolean skipUnknownAreas, Instant now) {
        return importData(store, file, mapping, file.getFileName().toString(), skipUnknownAreas, now);
    }

    /** Reads the file once, checks it all, then stores its values under {@code sourceName}. */
    private static int importData(Store store, Path file, ColumnMapping mapping, String sourceName,
                                  boolean skipUnknownAreas, Instant now) {
        byte[] bytes = bytes(file);
        String fileName = file.getFileName().toString();
        DataRead read = read(store, fileName, bytes, mapping);
        if (read.unknownRows() > 0 && !skipUnknownAreas) {
            throw new ImportPreview(fileName, read, 0, List.of(), List.of()).unknownAreasRefused();
        }
        if (read.values().isEmpty()) {
            throw new DataImportException("data.onlyUnknownAreas", fileName, read.unknownRows(), read.firstUnknown(
                    ImportPreview.NAMED));
        }
        List<Observation> values = read.values();
        Map<String, String> names = mapping == null ? TidyCsv.indicatorNames(bytes) : Map.of();
        return store.guarded("before-data-import", sourceName,
                () -> store.transaction(tx -> store(tx, sourceName, values, names, now)));
    }

    /** Reads and checks a file as {@link #importFile} would, without storing anything; rows of unknown areas apart. */
    public static DataRead read(Store store, Path file, ColumnMapping mapping) {
        return read(store, file.getFileName().toString(), bytes(file), mapping);
    }

    /**
     * What importing a file would do: its values, the rows it leaves out, what stored values it
     * replaces and which totals disagree with their parts; nothing is stored.
     */
    public static ImportPreview preview(Store store, Path file, ColumnMapping mapping) {
        DataRead read = read(store, file, mapping);
        Map<String, Set<String>> triples = new TreeMap<>();
        for (Observation o : read.values()) {
            triples.computeIfAbsent(o.indicatorKey(), k -> new HashSet<>()).add(o.areaKey() + '|' + o.year());
        }
        int replacedValues = 0;
        List<String> replaced = new ArrayList<>();
        for (var e : triples.entrySet()) {
            Map<Integer, Set<String>> areasByYear = new TreeMap<>();
            for (Observation stored : store.values(e.getKey())) {
                if (e.getValue().contains(stored.areaKey() + '|' + stored.year())) {
                    replacedValues++;
                    areasByYear.computeIfAbsent(stored.year(), y -> new HashSet<>()).add(stored.areaKey());
                }
            }
            areasByYear.forEach((year, areas) -> replaced.add(Messages.tr("data.preview.replaced", e.getKey(), String.valueOf(year),
                    areas.size())));
        }
        return new ImportPreview(file.getFileName().toString(), read, replacedValues, replaced,
                TotalsAndParts.disagreements(read.values()));
    }

    private static DataRead read(Store store, String name, byte[] bytes, ColumnMapping mapping) {
        AreaKeys areas = new AreaKeys(store.areas());
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
