package de.werkbank.timeline;

import de.werkbank.sheet.IndicatorProgress;
import java.util.List;
import java.util.Objects;

/**
 * One of a measure's indicators as its bar shows it: the name and unit, and how far it has come from
 * baseline to target ({@link IndicatorProgress}, the sheet's own judgement).
 */
public record IndicatorMark(String name, String unit, IndicatorProgress progress) {

    public IndicatorMark {
        name = name == null ? "" : name;
        unit = unit == null ? "" : unit;
        Objects.requireNonNull(progress, "progress");
    }

    /**
     * The mark a bar shows for its indicators: the first one behind plan, else the first on track, else
     * {@code null} (none could be judged).
     */
    public static IndicatorMark shown(List<IndicatorMark> marks) {
        IndicatorMark onTrack = null;
        for (IndicatorMark m : marks) {
            if (m.progress().verdict() == IndicatorProgress.Verdict.BEHIND) {
                return m;
            }
            if (onTrack == null && m.progress().verdict() == IndicatorProgress.Verdict.ON_TRACK) {
                onTrack = m;
            }
        }
        return onTrack;
    }
}
