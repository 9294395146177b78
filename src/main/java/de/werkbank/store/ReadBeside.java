package de.werkbank.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Input of an import (a file decoded and checked) read on a thread of its own while the store takes
 * its backup: the two need different cores, not one after the other. Reading touches no store.
 */
final class ReadBeside<C> {

    private final CompletableFuture<C> reading;

    private ReadBeside(Supplier<C> input) {
        reading = CompletableFuture.supplyAsync(input, work -> {
            Thread thread = new Thread(work, "import-reading");
            thread.setDaemon(true);
            thread.start();
        });
    }

    static <C> ReadBeside<C> start(Supplier<C> input) {
        return new ReadBeside<>(input);
    }

    /** Waits for the input; a failure of reading is thrown as it was thrown there. */
    C join() {
        try {
            return reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * For a backup that failed: the reading's failure if it failed too (a bad file is reported before
     * a store that cannot be backed up, as when the file was read first), else {@code failure}.
     */
    RuntimeException firstFailure(RuntimeException failure) {
        try {
            join();
        } catch (RuntimeException e) {
            return e;
        }
        return failure;
    }
}
