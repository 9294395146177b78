package de.werkbank.crash;

import de.werkbank.area.Area;
import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.CatalogueTable;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.snapshot.GeneratedContent;
import de.werkbank.snapshot.Snapshots;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Files for the crash test's imports, of a size given by {@code scale} (1, 2, 4 …). */
final class ImportInputs {

    private ImportInputs() {
    }

    /** A snapshot of a generated plan of 1,500 × scale cards with their sheets. */
    static Path snapshot(Path dir, int scale) {
        Path file = dir.resolve("snapshot-" + scale + ".json");
        Path scratch = dir.resolve("snapshot-store-" + scale);
        try (Store store = Store.create(StoreLocation.in(scratch), tx -> Seeder.seed(tx, Seeder.Content.EMPTY))) {
            store.replaceContent(GeneratedContent.of(7, 1500 * scale, 5, 1500 * scale), "generated");
            Snapshots.export(store, file, Instant.parse("2026-12-01T10:00:00Z"), "test", true);
        }
        return file;
    }

    /** The store's catalogue as a CSV, with 1,000 × scale new tools (rows without an id) added. */
    static Path catalogue(Store store, Path dir, int scale) throws IOException {
        Catalogue catalogue = store.catalogue();
        List<Werkzeug> tools = new ArrayList<>(catalogue.werkzeuge());
        Werkzeug model = tools.get(0);
        for (int i = 0; i < 1000 * scale; i++) {
            tools.add(new Werkzeug(java.util.UUID.randomUUID(), "", "Neues Werkzeug " + i, "Beschreibung " + i, model.handlungsfeld(),
                    model.kind(), model.targetGroups(), model.leadOffice(), List.of("neu"), false));
        }
        String csv = CatalogueTable.csv(new Catalogue(catalogue.handlungsfelder(), catalogue.zukunftsbilder(), tools));
        Path file = dir.resolve("catalogue-" + scale + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** Population by age group and sex for every Kommune over 10 × scale years: tens of thousands of values. */
    static Path data(Store store, Path dir, int scale) throws IOException {
        StringBuilder csv = new StringBuilder("area_key;indicator;year;value;unit;age_group;sex\n");
        for (Area area : store.areas()) {
            for (int year = 1990; year < 1990 + 10 * scale; year++) {
                for (int age = 0; age < 90; age += 5) {
                    for (String sex : List.of("m", "w")) {
                        csv.append(area.key()).append(";bevoelkerung;").append(year).append(';')
                                .append(100 + (year + age) % 97).append(";Personen;").append(age).append('-')
                                .append(age + 4).append(';').append(sex).append('\n');
                    }
                }
            }
        }
        Path file = dir.resolve("data-" + scale + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** A Trello board of 500 × scale cards, each a new card with a new green tool, its sheet and steps. */
    static Path measures(Path dir, int scale) throws IOException {
        Path file = dir.resolve("board-" + scale + ".json");
        Files.write(file, de.werkbank.intake.GeneratedBoards.trello(500 * scale));
        return file;
    }

    /** 500 × scale new areas as GeoJSON polygons of 100 vertices each, under the Kreis. */
    static Path areas(Path dir, int scale) throws IOException {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        int n = 500 * scale;
        for (int i = 0; i < n; i++) {
            double x = 6.2 + (i % 40) * 0.02;
            double y = 50.6 + (i / 40) * 0.01 / scale;
            json.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"KEY\":\"9")
                    .append(String.format(Locale.ROOT, "%06d", i)).append("\",\"NAME\":\"Ortsteil ").append(i)
                    .append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
            for (int v = 0; v <= 100; v++) {
                double a = 2 * Math.PI * (v % 100) / 100;
                json.append(v == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.6f,%.6f]",
                        x + 0.008 * Math.cos(a), y + 0.004 * Math.sin(a)));
            }
            json.append("]]}}");
        }
        json.append("]}");
        Path file = dir.resolve("areas-" + scale + ".geojson");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }
}
