package de.werkbank.geo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the attribute table of a shapefile (dBASE III+): every field as trimmed text, numeric fields
 * included, so that a key like {@code 05358008} keeps its leading zero. The charset comes from the
 * {@code .cpg} file; without one it is Windows-1252 (a superset of Latin-1, as ArcGIS and the BKG write).
 */
public final class DbfReader {

    private DbfReader() {
    }

    /** The records as attribute maps in file order (deleted records skipped), and the field names. */
    public record Table(List<String> fields, List<Map<String, String>> records) {
    }

    /**
     * @param cpg the text of the {@code .cpg} file, or {@code null}
     */
    public static Table read(String fileName, byte[] bytes, String cpg) {
        Charset charset = charset(fileName, cpg);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 32) {
            throw new GeoFormatException("geo.dbf.short", fileName);
        }
        int count = b.getInt(4);
        int headerLength = Short.toUnsignedInt(b.getShort(8));
        int recordLength = Short.toUnsignedInt(b.getShort(10));
        List<String> names = new ArrayList<>();
        List<int[]> fields = new ArrayList<>();
        int offset = 1;
        for (int at = 32; at + 32 <= Math.min(headerLength, bytes.length) && bytes[at] != 0x0D; at += 32) {
            int end = at;
            while (end < at + 11 && bytes[end] != 0) {
                end++;
            }
            names.add(new String(bytes, at, end - at, StandardCharsets.US_ASCII).trim());
            int length = Byte.toUnsignedInt(bytes[at + 16]);
            fields.add(new int[] {offset, length});
            offset += length;
        }
        if (names.isEmpty() || offset > recordLength || count < 0 || headerLength > bytes.length
                || (long) headerLength + (long) count * recordLength > bytes.length) {
            throw new GeoFormatException("geo.dbf.short", fileName);
        }
        List<Map<String, String>> records = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            int start = headerLength + r * recordLength;
            if (bytes[start] == '*') {
                continue;
            }
            Map<String, String> record = new LinkedHashMap<>();
            for (int f = 0; f < names.size(); f++) {
                int[] field = fields.get(f);
                record.put(names.get(f), new String(bytes, start + field[0], field[1], charset).trim());
            }
            records.add(record);
        }
        return new Table(names, records);
    }

    private static Charset charset(String fileName, String cpg) {
        if (cpg == null || cpg.isBlank()) {
            return Charset.forName("windows-1252");
        }
        String name = cpg.trim().toUpperCase(Locale.ROOT);
        return switch (name) {
            case "UTF-8", "UTF8", "65001" -> StandardCharsets.UTF_8;
            case "1252", "ANSI 1252", "CP1252", "WINDOWS-1252" -> Charset.forName("windows-1252");
            case "ISO-8859-1", "ISO88591", "ISO 88591", "LATIN1", "8859-1", "88591" -> StandardCharsets.ISO_8859_1;
            default -> {
                try {
                    yield Charset.forName(cpg.trim());
                } catch (IllegalArgumentException e) {
                    String shown = cpg.trim().length() > 60 ? cpg.trim().substring(0, 60) + "…" : cpg.trim();
                    throw new GeoFormatException(e, "geo.dbf.charset", fileName, shown);
                }
            }
        };
    }
}
