package de.werkbank.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Inputs made from text files (CSV, JSON, mappings) by the text mutations, every kind in turn. */
final class TextInputs {

    private TextInputs() {
    }

    /**
     * @param kinds the mutations to use, each about equally often
     * @param count how many inputs
     */
    static List<FuzzInput> of(String format, List<FuzzInput.Seed> seeds, List<Mutations.Kind> kinds, int count, long seed) {
        Random random = new Random(seed);
        List<FuzzInput> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Mutations.Kind kind = kinds.get(i % kinds.size());
            FuzzInput.Seed s = seeds.get((i / kinds.size()) % seeds.size());
            byte[] damaged = Mutations.text(kind, s.files().get(s.target()), s.charset(), random);
            inputs.add(s.with(format + " #" + i + " " + kind + " of " + s.target(), kind, damaged));
        }
        return inputs;
    }
}
