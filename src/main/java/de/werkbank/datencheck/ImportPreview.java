package de.werkbank.datencheck;

import de.werkbank.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an import would do, before it does it: the values it stores, the rows of areas the store does
 * not hold that it leaves out, what stored values it replaces (a new delivery replaces the breakdown
 * of an area, indicator and year), and the totals that disagree with the sum of their parts.
 *
 * @param replacedValues how many stored values the import deletes and replaces
 * @param replaced the indicators and years replaced, e.g. "bevoelkerung 2019 (15 Gebiete)"
 */
public record ImportPreview(String fileName, DataRead read, int replacedValues, List<String> replaced,
                            List<TotalsAndParts.Disagreement> disagreements) {

    /** How many unknown areas the message names. */
    static final int NAMED = 5;

    public ImportPreview {
        replaced = List.copyOf(replaced);
        disagreements = List.copyOf(disagreements);
    }

    public List<Observation> values() {
        return read.values();
    }

    /** Whether the user should be told before the import runs (areas left out, values replaced, totals that disagree). */
    public boolean worthSaying() {
        return read.unknownRows() > 0 || replacedValues > 0 || !disagreements.isEmpty();
    }

    /** The preview as lines in the UI language: values, areas left out, replacements, disagreeing totals. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.tr("data.preview.values", read.values().size()));
        if (read.unknownRows() > 0) {
            lines.add(Messages.tr("data.preview.unknown", read.unknownRows(), read.unknownAreas().size(),
                    read.firstUnknown(NAMED)));
        }
        if (replacedValues > 0) {
            lines.add(Messages.tr("data.preview.replaces", replacedValues, String.join(", ", replaced)));
        }
        if (!disagreements.isEmpty()) {
            List<String> shown = disagreements.stream().limit(NAMED).map(d -> String.format(Locale.GERMANY,
                    "%s %s %d (%s: %,.0f ≠ %,.0f)", d.areaKey(), d.indicatorKey(), d.year(), d.what(), d.total(),
                    d.parts())).toList();
            lines.add(Messages.tr("data.preview.disagree", disagreements.size(), String.join("; ", shown)
                    + (disagreements.size() > NAMED ? "; …" : "")));
        }
        return lines;
    }

    /** The refusal of an import that would leave areas out without being told to. */
    DataImportException unknownAreasRefused() {
        return new DataImportException("data.unknownAreas", fileName, read.unknownRows(), read.unknownAreas().size(),
                read.firstUnknown(NAMED));
    }
}
