package de.werkbank.fuzz;

import de.werkbank.datencheck.IndicatorSummary;
import de.werkbank.geo.StoredBoundary;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.store.Store;
import de.werkbank.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Feeds inputs one by one to an import on one store, each within a time limit, and sorts out what
 * came back: success, a refusal a user can read (a {@link UserFacingException} that is not the
 * database's, in words without class names, naming a file of the input) after which the store holds
 * exactly what it held before, or a failure.
 */
final class FuzzRun {

    /** How long one input may take; a hang is a failure. Generous: the test machine is shared. */
    static final int SECONDS_PER_INPUT = 30;

    private static final Pattern TECHNICAL = Pattern.compile(
            "Exception|java\\.|javax\\.|org\\.|com\\.fasterxml|SQL|out of bounds|![a-zA-Z.]+!|StreamReadConstraints"
            // Jackson's and Commons CSV's English
            + "|Unexpected (character|end-of-input)|Cannot (deserialize|construct)|was expecting|Invalid UTF|not marked as"
            + "|EOF reached|Invalid char|Illegal (unquoted )?character|Unrecognized (field|token)");

    /** An import as the command line runs it, of the input's files lying in {@code dir}. */
    interface Import {
        void run(Path dir, FuzzInput input) throws Exception;
    }

    /** What a run found. */
    record Result(String format, int inputs, int accepted, int refused, Map<Mutations.Kind, Integer> kinds,
                  List<String> failures, long millis) {

        String line() {
            return String.format("fuzz %-16s inputs %4d  accepted %4d  refused %4d  failures %3d  %6d ms  %s", format,
                    inputs, accepted, refused, failures.size(), millis, kinds);
        }
    }

    private FuzzRun() {
    }

    static Result run(String format, Store store, Path work, List<FuzzInput> inputs, Import importer) throws IOException {
        long start = System.nanoTime();
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-" + format);
            t.setDaemon(true);
            return t;
        });
        Map<Mutations.Kind, Integer> kinds = new EnumMap<>(Mutations.Kind.class);
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        int refused = 0;
        String before = fingerprint(store);
        try {
            for (int n = 0; n < inputs.size(); n++) {
                FuzzInput input = inputs.get(n);
                kinds.merge(input.kind(), 1, Integer::sum);
                Path dir = Files.createDirectories(work.resolve("input-" + n));
                for (var file : input.files().entrySet()) {
                    Files.write(dir.resolve(file.getKey()), file.getValue());
                }
                Future<Throwable> answer = executor.submit(() -> outcome(importer, dir, input));
                Throwable failure;
                try {
                    failure = answer.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    answer.cancel(true);
                    failures.add(input.label() + ": no answer within " + SECONDS_PER_INPUT + " s");
                    break;
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                }
                if (failure == null) {
                    accepted++;
                    before = fingerprint(store);
                } else {
                    String problem = problem(failure, input);
                    if (problem == null && !fingerprint(store).equals(before)) {
                        problem = "refused, but the store changed: " + failure.getMessage();
                    }
                    if (problem == null) {
                        refused++;
                    } else {
                        failures.add(input.label() + ": " + problem);
                    }
                }
                delete(dir);
            }
        } finally {
            executor.shutdownNow();
        }
        return new Result(format, inputs.size(), accepted, refused, kinds, failures, (System.nanoTime() - start) / 1_000_000);
    }

    private static Throwable outcome(Import importer, Path dir, FuzzInput input) {
        try {
            importer.run(dir, input);
            return null;
        } catch (Throwable t) { // an OutOfMemoryError or a StackOverflowError is a finding too
            return t;
        }
    }

    /** Why a refusal is not one a user can act on, or {@code null} if it is. */
    private static String problem(Throwable failure, FuzzInput input) {
        String message = String.valueOf(failure.getMessage());
        String shown = failure.getClass().getName() + ": " + shortened(message);
        if (!(failure instanceof UserFacingException) || failure instanceof StoreException) {
            return shown;
        }
        if (TECHNICAL.matcher(message).find()) {
            return "technical words: " + shown;
        }
        boolean namesAFile = input.files().keySet().stream()
                .map(f -> f.contains(".") ? f.substring(0, f.lastIndexOf('.')) : f).anyMatch(message::contains);
        return namesAFile ? null : "names no file: " + shown;
    }

    private static String shortened(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /**
     * What the store holds, as text: catalogue, registry, plan, history (its snapshot content), areas,
     * the Datencheck's indicators, values and sources, the boundaries and the store's own log.
     */
    static String fingerprint(Store store) {
        StringBuilder b = new StringBuilder();
        b.append(store.content()).append('\n').append(store.areas()).append('\n');
        for (IndicatorSummary i : store.indicators()) {
            b.append(i).append(store.values(i.key())).append('\n');
        }
        b.append(store.dataSourceDetails()).append('\n');
        for (StoredBoundary s : store.boundaries()) {
            b.append(s.areaKey()).append(' ').append(Arrays.hashCode(s.wkb())).append(' ').append(s.sourceLine()).append('\n');
        }
        return b.append(store.log()).toString();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
