package de.werkbank.geo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small polygon shapefiles (.shp, .shx, .dbf) for tests and benchmarks: each record a list of
 * rings ({@code x0, y0, x1, y1, …}, closed), attributes as character fields (or numeric ones).
 */
public final class ShapefileWriter {

    /** An attribute column: name, dBASE type ('C' or 'N') and width. */
    public record Field(String name, char type, int width) {
    }

    private ShapefileWriter() {
    }

    /** Writes {@code base.shp/.shx/.dbf}; {@code rows[i]} are record {@code i}'s attribute values. */
    public static Path write(Path dir, String base, List<List<double[]>> shapes, List<Field> fields, List<List<String>> rows,
                             Charset charset) throws IOException {
        List<byte[]> records = new ArrayList<>();
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (List<double[]> rings : shapes) {
            int points = rings.stream().mapToInt(r -> r.length / 2).sum();
            ByteBuffer b = ByteBuffer.allocate(44 + 4 * rings.size() + 16 * points).order(ByteOrder.LITTLE_ENDIAN);
            double[] rb = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (double[] r : rings) {
                for (int i = 0; i < r.length; i += 2) {
                    rb[0] = Math.min(rb[0], r[i]);
                    rb[1] = Math.min(rb[1], r[i + 1]);
                    rb[2] = Math.max(rb[2], r[i]);
                    rb[3] = Math.max(rb[3], r[i + 1]);
                }
            }
            for (int i = 0; i < 2; i++) {
                box[i] = Math.min(box[i], rb[i]);
                box[i + 2] = Math.max(box[i + 2], rb[i + 2]);
            }
            b.putInt(5).putDouble(rb[0]).putDouble(rb[1]).putDouble(rb[2]).putDouble(rb[3]).putInt(rings.size()).putInt(points);
            int start = 0;
            for (double[] r : rings) {
                b.putInt(start);
                start += r.length / 2;
            }
            for (double[] r : rings) {
                for (double v : r) {
                    b.putDouble(v);
                }
            }
            records.add(b.array());
        }
        int shpLength = 100 + records.stream().mapToInt(r -> 8 + r.length).sum();
        ByteBuffer shp = ByteBuffer.allocate(shpLength);
        ByteBuffer shx = ByteBuffer.allocate(100 + 8 * records.size());
        header(shp, shpLength, box);
        header(shx, 100 + 8 * records.size(), box);
        int offset = 100;
        for (int i = 0; i < records.size(); i++) {
            byte[] r = records.get(i);
            shp.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(r.length / 2).put(r);
            shx.order(ByteOrder.BIG_ENDIAN).putInt(offset / 2).putInt(r.length / 2);
            offset += 8 + r.length;
        }
        Path file = dir.resolve(base + ".shp");
        Files.write(file, shp.array());
        Files.write(dir.resolve(base + ".shx"), shx.array());
        Files.write(dir.resolve(base + ".dbf"), dbf(fields, rows, charset));
        return file;
    }

    private static void header(ByteBuffer b, int length, double[] box) {
        b.order(ByteOrder.BIG_ENDIAN).putInt(9994).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0).putInt(length / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(5).putDouble(box[0]).putDouble(box[1]).putDouble(box[2])
                .putDouble(box[3]).putDouble(0).putDouble(0).putDouble(0).putDouble(0);
    }

    private static byte[] dbf(List<Field> fields, List<List<String>> rows, Charset charset) {
        int recordLength = 1 + fields.stream().mapToInt(Field::width).sum();
        int headerLength = 32 + 32 * fields.size() + 1;
        ByteBuffer b = ByteBuffer.allocate(headerLength + recordLength * rows.size() + 1).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 3).put((byte) 124).put((byte) 1).put((byte) 1).putInt(rows.size())
                .putShort((short) headerLength).putShort((short) recordLength);
        b.position(32);
        for (Field f : fields) {
            byte[] name = new byte[11];
            byte[] n = f.name().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            System.arraycopy(n, 0, name, 0, n.length);
            b.put(name).put((byte) f.type()).putInt(0).put((byte) f.width()).put((byte) 0);
            b.position(b.position() + 14);
        }
        b.put((byte) 0x0D);
        for (List<String> row : rows) {
            b.put((byte) ' ');
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                byte[] value = row.get(i).getBytes(charset);
                byte[] cell = new byte[f.width()];
                java.util.Arrays.fill(cell, (byte) ' ');
                int pad = f.type() == 'N' ? f.width() - value.length : 0;
                System.arraycopy(value, 0, cell, pad, Math.min(value.length, f.width()));
                b.put(cell);
            }
        }
        b.put((byte) 0x1A);
        return b.array();
    }
}
