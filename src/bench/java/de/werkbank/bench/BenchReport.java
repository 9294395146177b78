package de.werkbank.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/** Writes a benchmark's figures as {@code NAME.json} and prints them. */
final class BenchReport {

    private BenchReport() {
    }

    static void write(Path dir, String name, Map<String, Object> figures) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path file = dir.resolve(name + ".json");
        mapper.writeValue(file.toFile(), figures);
        System.out.println("== benchmark " + name + " -> " + file);
        figures.forEach((k, v) -> System.out.println("  " + k + " = " + v));
    }

    /** The p-th percentile of the samples (nearest rank), rounded to 0.01. */
    static double percentile(double[] samples, int p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return Math.round(sorted[Math.max(0, rank - 1)] * 100) / 100.0;
    }

    /** The median of the samples, rounded to 0.1. */
    static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double m = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return Math.round(m * 10) / 10.0;
    }
}
