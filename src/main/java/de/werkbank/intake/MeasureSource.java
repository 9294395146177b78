package de.werkbank.intake;

import java.util.List;

/**
 * What a reader found in a file: the measures, notes for the preview (e.g. that Trello kept only the
 * newest 1,000 actions) and the problems that block the import, each naming its place.
 *
 * @param name the plan's, board's or file's name, for the preview and the history
 */
public record MeasureSource(IntakeFormat format, String fileName, String name, List<Measure> measures,
                            List<String> notes, List<IntakeProblem> problems) {

    public MeasureSource {
        measures = List.copyOf(measures);
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }
}
