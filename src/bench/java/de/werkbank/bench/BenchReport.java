package de.werkbank.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a benchmark's figures as {@code NAME.json} and prints them, with the machine's load average
 * ({@code system_load}: the figures are wall-clock times) and the JVM's version ({@code jvm}). A figure
 * that could not be measured (missing, not a number, or a time of zero) fails the run instead.
 */
final class BenchReport {

    private BenchReport() {
    }

    static void write(Path dir, String name, Map<String, Object> measured) throws IOException {
        Map<String, Object> figures = new LinkedHashMap<>(measured);
        check(name, figures);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        figures.put("system_load", Math.round(load * 100) / 100.0);
        figures.put("jvm", System.getProperty("java.vm.name") + " " + Runtime.version());
        Files.createDirectories(dir);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path file = dir.resolve(name + ".json");
        mapper.writeValue(file.toFile(), figures);
        System.out.println("== benchmark " + name + " -> " + file);
        figures.forEach((k, v) -> System.out.println("  " + k + " = " + v));
    }

    /** Throws when a figure is missing, not a finite number, or a time that is not positive. */
    static void check(String name, Map<String, Object> figures) {
        figures.forEach((key, value) -> {
            boolean bad = value == null
                    || value instanceof Double d && !Double.isFinite(d)
                    || key.endsWith("_ms") && !(value instanceof Number n && n.doubleValue() > 0);
            if (bad) {
                throw new IllegalStateException("benchmark " + name + ": " + key + " was not measured (" + value + ")");
            }
        });
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
