package de.werkbank.fuzz;

import de.werkbank.fuzz.Mutations.Kind;
import de.werkbank.geo.ShapefileWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Inputs made from a small polygon shapefile in ETRS89 / UTM 32N (three areas, {@code .shp}, {@code .shx},
 * {@code .dbf}, {@code .prj}, {@code .cpg}): bytes flipped, files cut short or missing, records left out
 * or doubled, sizes and counts in the headers and record headers made negative or huge, coordinates NaN
 * or huge, giant keys, names and {@code .prj} texts, wrong charsets.
 */
final class ShapefileInputs {

    static final List<Kind> KINDS = List.of(Kind.BYTE_FLIP, Kind.TRUNCATION, Kind.DELETED_LINE, Kind.DOUBLED_LINE,
            Kind.HUGE_NUMBER, Kind.NAN, Kind.GIANT_STRING, Kind.WRONG_ENCODING, Kind.BAD_SIZE);

    private static final String PRJ = "PROJCS[\"ETRS_1989_UTM_Zone_32N\",GEOGCS[\"GCS_ETRS_1989\",DATUM[\"D_ETRS_1989\","
            + "SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
            + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"Central_Meridian\",9.0],"
            + "UNIT[\"Meter\",1.0]]";

    private final Path work;
    private final Random random;

    private ShapefileInputs(Path work, long seed) {
        this.work = work;
        this.random = new Random(seed);
    }

    static List<FuzzInput> of(Path work, int count, long seed) throws IOException {
        return new ShapefileInputs(work, seed).inputs(count);
    }

    private List<FuzzInput> inputs(int count) throws IOException {
        Map<String, byte[]> valid = files("vg250x", List.of("05358008", "05358004", "05358099"),
                List.of("Düren", "Aldenhoven", "Neuort"), 8, 30, StandardCharsets.UTF_8, "UTF-8");
        List<FuzzInput> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Kind kind = KINDS.get(i % KINDS.size());
            Map<String, byte[]> files = new LinkedHashMap<>(valid);
            String what = damage(kind, files);
            inputs.add(new FuzzInput("shapefile #" + i + " " + kind + " " + what, kind, "vg250x.shp", files));
        }
        return inputs;
    }

    /** Damages the files in place; says how. */
    private String damage(Kind kind, Map<String, byte[]> files) throws IOException {
        String part = List.of("vg250x.shp", "vg250x.shx", "vg250x.dbf", "vg250x.prj").get(random.nextInt(4));
        byte[] shp = files.get("vg250x.shp");
        List<int[]> records = records(shp);
        int[] record = records.get(random.nextInt(records.size()));
        switch (kind) {
            case BYTE_FLIP -> files.put(part, Mutations.flipBytes(files.get(part), random));
            case TRUNCATION -> files.put(part, Mutations.truncate(files.get(part), random));
            case DELETED_LINE -> {
                switch (random.nextInt(3)) {
                    case 0 -> files.put("vg250x.shp", Mutations.cut(shp, record[0], record[1], false));
                    case 1 -> files.put("vg250x.dbf", dbfRecord(files.get("vg250x.dbf"), false));
                    default -> {
                        files.remove(part);
                        return "without " + part;
                    }
                }
            }
            case DOUBLED_LINE -> {
                if (random.nextBoolean()) {
                    files.put("vg250x.shp", Mutations.cut(shp, record[0], record[1], true));
                } else {
                    files.put("vg250x.dbf", dbfRecord(files.get("vg250x.dbf"), true));
                }
            }
            case HUGE_NUMBER, NAN -> {
                double[] values = kind == Kind.NAN ? new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}
                        : new double[] {1e308, -1e300, 1e20, Double.MAX_VALUE, 4e7};
                double value = values[random.nextInt(values.length)];
                int points = ByteBuffer.wrap(shp).order(ByteOrder.LITTLE_ENDIAN).getInt(record[0] + 8 + 40);
                int parts = ByteBuffer.wrap(shp).order(ByteOrder.LITTLE_ENDIAN).getInt(record[0] + 8 + 36);
                int at = record[0] + 8 + 44 + 4 * parts + 16 * random.nextInt(points) + 8 * random.nextInt(2);
                files.put("vg250x.shp", Mutations.putDouble(shp, at, value));
                return "coordinate at byte " + at + " = " + value;
            }
            case GIANT_STRING -> {
                return giant(files);
            }
            case WRONG_ENCODING -> {
                return encoding(files);
            }
            case BAD_SIZE -> {
                return size(files, record);
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        return part;
    }

    private String giant(Map<String, byte[]> files) throws IOException {
        switch (random.nextInt(3)) {
            case 0 -> {
                files.put("vg250x.prj", Mutations.giant(random).getBytes(StandardCharsets.UTF_8));
                return "giant .prj";
            }
            case 1 -> {
                files.putAll(files("vg250x", List.of("05358008", "0535800805358008053580080535800805358008x", "05358099"),
                        List.of("Düren", "Lang", "Neuort"), 60, 30, StandardCharsets.UTF_8, "UTF-8"));
                return "key of 41 characters";
            }
            default -> {
                String name = "Ortsteil mit einem sehr langen Namen ".repeat(7).substring(0, 201 + random.nextInt(50));
                files.putAll(files("vg250x", List.of("05358008", "05358004", "05358099"), List.of("Düren", "Aldenhoven", name),
                        8, 254, StandardCharsets.UTF_8, "UTF-8"));
                return "name of " + name.length() + " characters";
            }
        }
    }

    private String encoding(Map<String, byte[]> files) throws IOException {
        switch (random.nextInt(4)) {
            case 0 -> files.put("vg250x.cpg", "UTF-16".getBytes(StandardCharsets.US_ASCII));
            case 1 -> files.putAll(files("vg250x", List.of("05358008", "05358004", "05358099"),
                    List.of("Düren", "Aldenhoven", "Nörvenich-Süß"), 8, 30, StandardCharsets.ISO_8859_1, "UTF-8"));
            case 2 -> files.put("vg250x.cpg", "x-kein-Zeichensatz\u0000".getBytes(StandardCharsets.ISO_8859_1));
            default -> files.put("vg250x.prj", PRJ.getBytes(StandardCharsets.UTF_16));
        }
        return new String(files.get("vg250x.cpg"), StandardCharsets.ISO_8859_1).strip();
    }

    /** A size or count in a header or record header made negative, zero or huge. */
    private String size(Map<String, byte[]> files, int[] record) {
        int value = Mutations.badInt(random);
        int content = record[0] + 8;
        record Place(String file, int at, ByteOrder order, String what) {
        }
        List<Place> places = List.of(new Place("vg250x.shp", 24, ByteOrder.BIG_ENDIAN, "file length"),
                new Place("vg250x.shp", 32, ByteOrder.LITTLE_ENDIAN, "shape type"),
                new Place("vg250x.shp", record[0] + 4, ByteOrder.BIG_ENDIAN, "record length"),
                new Place("vg250x.shp", content + 36, ByteOrder.LITTLE_ENDIAN, "parts"),
                new Place("vg250x.shp", content + 40, ByteOrder.LITTLE_ENDIAN, "points"),
                new Place("vg250x.shp", content + 44, ByteOrder.LITTLE_ENDIAN, "first part's start"),
                new Place("vg250x.shx", 24, ByteOrder.BIG_ENDIAN, "index length"),
                new Place("vg250x.shx", 100, ByteOrder.BIG_ENDIAN, "index offset"),
                new Place("vg250x.shx", 104, ByteOrder.BIG_ENDIAN, "index record length"),
                new Place("vg250x.dbf", 4, ByteOrder.LITTLE_ENDIAN, "dbf record count"),
                new Place("vg250x.dbf", 8, ByteOrder.LITTLE_ENDIAN, "dbf header and record length"),
                new Place("vg250x.dbf", 6, ByteOrder.LITTLE_ENDIAN, "dbf header length"),
                new Place("vg250x.dbf", 48, ByteOrder.LITTLE_ENDIAN, "dbf field length"));
        Place p = places.get(random.nextInt(places.size()));
        files.put(p.file(), Mutations.putInt(files.get(p.file()), p.at(), value, p.order()));
        return p.what() + " = " + value;
    }

    /** The last dbf record (and the end mark) left out or doubled, the count in the header unchanged. */
    private static byte[] dbfRecord(byte[] dbf, boolean twice) {
        ByteBuffer b = ByteBuffer.wrap(dbf).order(ByteOrder.LITTLE_ENDIAN);
        int header = Short.toUnsignedInt(b.getShort(8));
        int length = Short.toUnsignedInt(b.getShort(10));
        int count = b.getInt(4);
        int start = header + (count - 1) * length;
        return Mutations.cut(dbf, start, start + length, twice);
    }

    /** Where each record of a .shp lies: {start, end}. */
    private static List<int[]> records(byte[] shp) {
        ByteBuffer b = ByteBuffer.wrap(shp).order(ByteOrder.BIG_ENDIAN);
        List<int[]> records = new ArrayList<>();
        for (int at = 100; at + 8 <= shp.length; ) {
            int end = at + 8 + 2 * b.getInt(at + 4);
            records.add(new int[] {at, end});
            at = end;
        }
        return records;
    }

    /** A shapefile of three squares near Düren, as its files' bytes. */
    private Map<String, byte[]> files(String base, List<String> keys, List<String> names, int keyWidth, int nameWidth,
                                      Charset charset, String cpg) throws IOException {
        Path dir = Files.createTempDirectory(work, "shp");
        List<List<double[]>> shapes = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            double x = 318_000 + 3_000 * i;
            double y = 5_628_000;
            shapes.add(List.of(new double[] {x, y, x, y + 2_000, x + 2_000, y + 2_000, x + 2_000, y, x, y}));
            rows.add(List.of(keys.get(i), names.get(i)));
        }
        ShapefileWriter.write(dir, base, shapes, List.of(new ShapefileWriter.Field("AGS", 'C', keyWidth),
                new ShapefileWriter.Field("GEN", 'C', nameWidth)), rows, charset);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String ext : List.of("shp", "shx", "dbf")) {
            files.put(base + "." + ext, Files.readAllBytes(dir.resolve(base + "." + ext)));
        }
        files.put(base + ".prj", PRJ.getBytes(StandardCharsets.UTF_8));
        files.put(base + ".cpg", cpg.getBytes(StandardCharsets.US_ASCII));
        return files;
    }
}
