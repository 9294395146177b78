package de.werkbank.fuzz;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One input of the fuzz test: the files to import (by name; the one {@code main} names is given to the
 * import, the others lie beside it), what was done to them, and a label that says which input it is.
 */
record FuzzInput(String label, Mutations.Kind kind, String main, Map<String, byte[]> files) {

    FuzzInput {
        files = new LinkedHashMap<>(files);
    }

    /**
     * A valid set of files to start from.
     *
     * @param target the file that is damaged
     * @param charset the encoding of {@code target}, for the text mutations
     */
    record Seed(String main, String target, Charset charset, Map<String, byte[]> files) {

        Seed {
            files = new LinkedHashMap<>(files);
        }

        FuzzInput with(String label, Mutations.Kind kind, byte[] damaged) {
            Map<String, byte[]> changed = new LinkedHashMap<>(files);
            changed.put(target, damaged);
            return new FuzzInput(label, kind, main, changed);
        }
    }
}
