package de.werkbank.bench;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.StepStatus;
import de.werkbank.timeline.Timeline;
import de.werkbank.timeline.TimelineLayout;
import de.werkbank.timeline.TimelineMeasure;
import de.werkbank.timeline.TimelinePainter;
import de.werkbank.timeline.Zoom;
import java.awt.Graphics2D;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The Strategie view's chart for a large plan (fixed seed): 2,000 measures over ten years in five
 * Handlungsfelder, 10,000 steps with due dates, 1,000 dependencies. {@code layout_ms}: the model from
 * the measures (lanes, stacking, ticks, progress, arrows, marks); {@code first_paint_ms}: the first
 * picture at 1280 × 720 as the window draws it (by years, today a third of the way in); {@code scroll_p95_ms}: one
 * repaint per step of 200 scroll steps of 40 px across and down (up to the chart's ends), into one kept
 * image as the window does. Java2D, headless. Each figure also as the thread's CPU time ({@code *_cpu_ms}): what the work
 * costs without the waits a loaded machine adds (the wall-clock figures are what the user waits for).
 */
final class TimelineBench implements Benchmark {

    private static final int MEASURES = 2_000;
    private static final int STEPS = 10_000;
    private static final int DEPENDENCIES = 1_000;
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 720;
    private static final int RUNS = 7;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Override
    public Map<String, Object> run() {
        System.setProperty("java.awt.headless", "true");
        Random random = new Random(20261202L);
        String[] colours = {"#1565C0", "#6A1B9A", "#2E7D32", "#6D4C41", "#C62828"};
        List<Handlungsfeld> fields = new ArrayList<>();
        for (int i = 0; i < colours.length; i++) {
            fields.add(new Handlungsfeld(UUID.randomUUID(), "F" + i, "Feld " + i, "Handlungsfeld " + i, colours[i], i));
        }
        LocalDate today = LocalDate.of(2026, 12, 2);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < MEASURES; i++) {
            ids.add(UUID.randomUUID());
        }
        List<List<UUID>> depends = new ArrayList<>();
        ids.forEach(id -> depends.add(new ArrayList<>()));
        for (int d = 0; d < DEPENDENCIES; d++) {
            int dependent = 1 + random.nextInt(MEASURES - 1);
            depends.get(dependent).add(ids.get(random.nextInt(dependent)));
        }
        List<TimelineMeasure> measures = new ArrayList<>();
        for (int i = 0; i < MEASURES; i++) {
            LocalDate start = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(3650));
            LocalDate end = start.plusDays(60 + random.nextInt(900));
            List<Step> steps = new ArrayList<>();
            for (int s = 0; s < STEPS / MEASURES; s++) {
                LocalDate due = start.plusDays(random.nextInt((int) (end.toEpochDay() - start.toEpochDay() + 60)));
                StepStatus status = StepStatus.values()[random.nextInt(StepStatus.values().length)];
                steps.add(new Step(UUID.randomUUID(), "Schritt " + s, null, "", due, status, ""));
            }
            measures.add(new TimelineMeasure(ids.get(i), "Maßnahme " + i + " im Kreis", "F" + random.nextInt(5),
                    random.nextInt(5), "Spalte", start, end, steps, depends.get(i)));
        }
        TimelineLayout layout = new TimelineLayout(fields, Map.of(), 5);
        Timeline[] model = new Timeline[1];
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("measures", MEASURES);
        figures.put("steps", measures.stream().mapToInt(m -> m.steps().size()).sum());
        figures.put("dependencies", measures.stream().mapToInt(m -> m.dependsOn().size()).sum());
        time(figures, "layout", () -> model[0] = layout.layout(measures, id -> true, Zoom.YEARS, today));
        Timeline t = model[0];
        figures.put("bars", t.bars().size());
        figures.put("arrows", t.arrows().size());
        figures.put("chart_height_px", Math.round(t.height()));
        TimelinePainter painter = new TimelinePainter();
        double startX = t.xOf(today) - (WIDTH - TimelinePainter.HEADER_WIDTH) / 3.0;
        time(figures, "first_paint", () -> painter.render(t, new TimelinePainter.View(startX, 0, WIDTH, HEIGHT),
                TimelinePainter.Highlight.NONE));
        String png = System.getProperty("bench.timeline.png"); // to look at what is measured
        if (png != null) {
            try {
                javax.imageio.ImageIO.write(painter.render(t, new TimelinePainter.View(startX, 0, WIDTH, HEIGHT),
                        new TimelinePainter.Highlight(t.arrows().get(0).dependent(), null, null, 0, 0)), "png",
                        new java.io.File(png));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
        double maxX = t.width() - (WIDTH - TimelinePainter.HEADER_WIDTH);
        double maxY = t.height() - (HEIGHT - TimelinePainter.AXIS_HEIGHT);
        double[] ms = new double[200];
        double[] cpu = new double[ms.length];
        for (int i = -50; i < ms.length; i++) {
            int step = Math.max(0, i);
            // as the window scrolls: never past the chart's ends
            var view = new TimelinePainter.View(Math.min(startX + 40 * step, maxX), Math.min(40 * step, maxY),
                    WIDTH, HEIGHT);
            long begin = System.nanoTime();
            long beginCpu = THREADS.getCurrentThreadCpuTime();
            Graphics2D g = image.createGraphics();
            painter.paint(g, t, view, TimelinePainter.Highlight.NONE);
            g.dispose();
            if (i >= 0) {
                ms[i] = (System.nanoTime() - begin) / 1e6;
                cpu[i] = (THREADS.getCurrentThreadCpuTime() - beginCpu) / 1e6;
            }
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        figures.put("scroll_p50_ms", Math.round(ms[ms.length / 2] * 100) / 100.0);
        figures.put("scroll_p95_ms", Math.round(ms[(int) (ms.length * 0.95)] * 100) / 100.0);
        figures.put("scroll_cpu_p95_ms", Math.round(cpu[(int) (cpu.length * 0.95)] * 100) / 100.0);
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        figures.put("system_load", Math.round(load * 10) / 10.0);
        return figures;
    }

    /**
     * {@code NAME_ms}: the median of {@value #RUNS} runs after one warm-up run, in milliseconds;
     * {@code NAME_cpu_ms}: the median CPU time of the same runs.
     */
    private static void time(Map<String, Object> figures, String name, Runnable work) {
        work.run();
        double[] ms = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6;
        }
        figures.put(name + "_ms", BenchReport.median(ms));
        figures.put(name + "_cpu_ms", BenchReport.median(cpu));
    }
}
