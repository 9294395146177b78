package de.werkbank.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a valid file is broken for the fuzz test, each on the bytes or the text of a file, driven
 * by a seeded {@link Random} so that a run can be repeated exactly.
 */
final class Mutations {

    /** The kinds of damage, as the issue lists them. */
    enum Kind {
        BYTE_FLIP, TRUNCATION, DELETED_LINE, DOUBLED_LINE, HUGE_NUMBER, NAN, GIANT_STRING, DEEP_NESTING,
        WRONG_ENCODING, BAD_SIZE
    }

    /** The kinds that apply to any text file; {@link Kind#DEEP_NESTING} only to JSON and XML. */
    static final List<Kind> TEXT = List.of(Kind.BYTE_FLIP, Kind.TRUNCATION, Kind.DELETED_LINE, Kind.DOUBLED_LINE,
            Kind.HUGE_NUMBER, Kind.NAN, Kind.GIANT_STRING, Kind.WRONG_ENCODING);

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)*");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\d_]{2,}");
    private static final String[] HUGE = {"10000000000000000", "-99999999999999999999", "2147483648", "9223372036854775808",
        "1" + "0".repeat(400), "1e400", "-1e308", "9.999.999.999.999.999", "4294967296", "99999999999",
        "2147483647", "999999999"};
    private static final String[] NOT_NUMBERS = {"NaN", "-NaN", "Infinity", "-Infinity", "nan", "1e5", "0x1F", "∞"};
    private static final int[] GIANT_LENGTHS = {41, 61, 201, 301, 501, 20_001, 200_000};
    private static final int[] BAD_INTS = {-1, 0, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x7FFF, 0xFFFF, 1 << 30, -1000};

    private Mutations() {
    }

    /** Damages a text file in the given way (not {@link Kind#BAD_SIZE}, which needs to know the format). */
    static byte[] text(Kind kind, byte[] file, Charset charset, Random random) {
        String text = new String(file, charset);
        return switch (kind) {
            case BYTE_FLIP -> flipBytes(file, random);
            case TRUNCATION -> truncate(file, random);
            case DELETED_LINE -> lines(text, random, false).getBytes(charset);
            case DOUBLED_LINE -> lines(text, random, true).getBytes(charset);
            case HUGE_NUMBER -> replace(text, NUMBER, pick(HUGE, random), random).getBytes(charset);
            case NAN -> replace(text, NUMBER, pick(NOT_NUMBERS, random), random).getBytes(charset);
            case GIANT_STRING -> replace(text, TOKEN, giant(random), random).getBytes(charset);
            case DEEP_NESTING -> deepNesting(text, random).getBytes(charset);
            case WRONG_ENCODING -> wrongEncoding(text, charset, random);
            case BAD_SIZE -> throw new IllegalArgumentException("sizes are the format's own");
        };
    }

    /** One to eight bytes set to random values. */
    static byte[] flipBytes(byte[] file, Random random) {
        byte[] out = file.clone();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n && out.length > 0; i++) {
            int at = random.nextInt(out.length);
            out[at] = random.nextBoolean() ? (byte) (out[at] ^ (1 << random.nextInt(8))) : (byte) random.nextInt(256);
        }
        return out;
    }

    /** Cut off somewhere (possibly to nothing). */
    static byte[] truncate(byte[] file, Random random) {
        return Arrays.copyOf(file, file.length == 0 ? 0 : random.nextInt(file.length));
    }

    /** The bytes {@code from}–{@code to} left out, or there twice. */
    static byte[] cut(byte[] file, int from, int to, boolean twice) {
        byte[] middle = Arrays.copyOfRange(file, from, to);
        byte[] tail = Arrays.copyOfRange(file, to, file.length);
        ByteBuffer b = ByteBuffer.allocate(from + (twice ? 2 : 0) * middle.length + tail.length);
        b.put(file, 0, from);
        if (twice) {
            b.put(middle).put(middle);
        }
        return b.put(tail).array();
    }

    /** A number that no header should hold: negative, zero, or far larger than the file. */
    static int badInt(Random random) {
        return BAD_INTS[random.nextInt(BAD_INTS.length)];
    }

    /** {@code value} written over the 4 bytes at {@code at}. */
    static byte[] putInt(byte[] file, int at, int value, ByteOrder order) {
        byte[] out = file.clone();
        ByteBuffer.wrap(out).order(order).putInt(at, value);
        return out;
    }

    /** {@code value} written over the 8 bytes at {@code at}. */
    static byte[] putDouble(byte[] file, int at, double value) {
        byte[] out = file.clone();
        ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).putDouble(at, value);
        return out;
    }

    /** A text of many characters, with umlauts. */
    static String giant(Random random) {
        int n = GIANT_LENGTHS[random.nextInt(GIANT_LENGTHS.length)];
        return "ÄÖx".repeat(n / 3 + 1).substring(0, n);
    }

    static String pick(String[] choices, Random random) {
        return choices[random.nextInt(choices.length)];
    }

    /**
     * A random line left out or doubled (the first line, a CSV file's heading, a quarter of the time), or
     * one of its cells doubled: a heading twice, a JSON member twice.
     */
    private static String lines(String text, Random random, boolean twice) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = random.nextInt(4) == 0 ? 0 : random.nextInt(lines.size());
        List<String> cells = List.of(lines.get(at).split("(?<=[;,])", -1));
        if (twice && cells.size() > 1 && random.nextInt(3) == 0) {
            List<String> doubled = new ArrayList<>(cells);
            int cell = random.nextInt(cells.size() - 1);
            doubled.add(cell, cells.get(cell));
            lines.set(at, String.join("", doubled));
        } else if (twice) {
            lines.add(at, lines.get(at));
        } else {
            lines.remove(at);
        }
        return String.join("\n", lines);
    }

    /** One random match of {@code pattern} replaced (the text unchanged if there is none). */
    private static String replace(String text, Pattern pattern, String by, Random random) {
        Matcher m = pattern.matcher(text);
        List<int[]> found = new ArrayList<>();
        while (m.find() && found.size() < 10_000) {
            found.add(new int[] {m.start(), m.end()});
        }
        if (found.isEmpty()) {
            return text + by;
        }
        int[] at = found.get(random.nextInt(found.size()));
        return text.substring(0, at[0]) + by + text.substring(at[1]);
    }

    /** 50,000 (or fewer) nested arrays or objects, or XML elements, in place of a value. */
    private static String deepNesting(String text, Random random) {
        int depth = new int[] {1_001, 5_000, 50_000}[random.nextInt(3)];
        String nested = switch (random.nextInt(3)) {
            case 0 -> "[".repeat(depth) + "1" + "]".repeat(depth);
            case 1 -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            default -> "<x>".repeat(depth) + "1" + "</x>".repeat(depth);
        };
        Matcher m = Pattern.compile(": *(\"[^\"]*\"|-?\\d[\\d.]*|\\[|\\{)|<v>").matcher(text);
        List<Integer> places = new ArrayList<>();
        while (m.find() && places.size() < 10_000) {
            places.add(m.group().startsWith("<") ? m.end() : m.start(1));
        }
        int at = places.isEmpty() ? text.length() / 2 : places.get(random.nextInt(places.size()));
        return text.substring(0, at) + nested + (random.nextBoolean() ? "," : "") + text.substring(at);
    }

    /** The text in another encoding than the file says or the reader expects: UTF-16, Latin-1, UTF-8. */
    private static byte[] wrongEncoding(String text, Charset charset, Random random) {
        Charset other = switch (random.nextInt(4)) {
            case 0 -> StandardCharsets.UTF_16;
            case 1 -> StandardCharsets.UTF_16LE;
            case 2 -> StandardCharsets.UTF_16BE;
            default -> charset.equals(StandardCharsets.UTF_8) ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
        };
        return text.getBytes(other);
    }
}
