package de.werkbank.fuzz;

import de.werkbank.fuzz.Mutations.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Inputs made from a valid workbook: the zip's bytes flipped or cut, or one of its XML parts (shared
 * strings, the sheets, the workbook) damaged by a text mutation and zipped again; the XML gets a line
 * break between its elements first, so that lines are elements.
 */
final class XlsxInputs {

    static final List<Kind> KINDS = List.of(Kind.BYTE_FLIP, Kind.TRUNCATION, Kind.DELETED_LINE, Kind.DOUBLED_LINE,
            Kind.HUGE_NUMBER, Kind.NAN, Kind.GIANT_STRING, Kind.DEEP_NESTING, Kind.WRONG_ENCODING);

    private XlsxInputs() {
    }

    static List<FuzzInput> of(String name, byte[] workbook, int count, long seed) throws IOException {
        Random random = new Random(seed);
        Map<String, byte[]> entries = entries(workbook);
        List<String> parts = entries.keySet().stream().filter(n -> n.endsWith(".xml")).toList();
        List<FuzzInput> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Kind kind = KINDS.get(i % KINDS.size());
            byte[] damaged;
            String what;
            if ((kind == Kind.BYTE_FLIP || kind == Kind.TRUNCATION) && random.nextBoolean()) {
                damaged = kind == Kind.BYTE_FLIP ? Mutations.flipBytes(workbook, random) : Mutations.truncate(workbook, random);
                what = "the zip";
            } else {
                String part = parts.get(random.nextInt(parts.size()));
                String xml = new String(entries.get(part), StandardCharsets.UTF_8).replace("><", ">\n<");
                Map<String, byte[]> changed = new LinkedHashMap<>(entries);
                changed.put(part, Mutations.text(kind, xml.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, random));
                damaged = zip(changed);
                what = part;
            }
            inputs.add(new FuzzInput("catalogue xlsx #" + i + " " + kind + " of " + what, kind, name, Map.of(name, damaged)));
        }
        return inputs;
    }

    /** The entries of a zip (read by {@link ZipFile}: the writer's local headers give no sizes, which ZipInputStream refuses). */
    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Path file = Files.createTempFile("fuzz", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile in = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(in.entries())) {
                    try (InputStream data = in.getInputStream(e)) {
                        entries.put(e.getName(), data.readAllBytes());
                    }
                }
            }
        } finally {
            Files.delete(file);
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
