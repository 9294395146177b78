package de.werkbank.bench;

import java.util.Map;

/** A benchmark: measures, and returns its figures by their documented keys. */
interface Benchmark {

    Map<String, Object> run() throws Exception;
}
