package de.werkbank.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");
    private static final Path DB = Path.of("src/main/resources/db");

    @Test
    void theKnownSchemaVersionIsTheHighestMigration() throws IOException {
        int highest = Stream.of("migration", "h2", "postgresql").flatMap(folder -> versions(folder).stream())
                .mapToInt(Integer::intValue).max().orElse(0);
        assertThat(Schema.CURRENT_VERSION).isEqualTo(highest);
    }

    @Test
    void eachDatabaseHasItsOwnScriptOfEveryVersionTheSharedFolderLacks() throws IOException {
        Set<Integer> h2 = versions("h2");
        Set<Integer> postgresql = versions("postgresql");
        assertThat(postgresql).isEqualTo(h2).isNotEmpty();
        assertThat(versions("migration")).doesNotContainAnyElementsOf(h2);
    }

    private static Set<Integer> versions(String folder) {
        try (Stream<Path> files = Files.list(DB.resolve(folder))) {
            return files.map(p -> MIGRATION.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1))).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
