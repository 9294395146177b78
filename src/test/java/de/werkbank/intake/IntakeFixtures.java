package de.werkbank.intake;

import de.werkbank.plan.PlanEditor;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The test files of the measure import and a sample store to import them into. */
final class IntakeFixtures {

    static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    private IntakeFixtures() {
    }

    static byte[] resource(String name) {
        try (InputStream in = IntakeFixtures.class.getResourceAsStream("/intake/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Store sampleStore(Path dir) {
        return Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
    }

    static PlanEditor editor(Store store) {
        return new PlanEditor(store, () -> "Test", Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static IntakeOptions options(IntakeMapping mapping) {
        return new IntakeOptions(mapping, null, false, NOW);
    }
}
