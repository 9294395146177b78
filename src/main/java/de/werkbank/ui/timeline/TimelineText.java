package de.werkbank.ui.timeline;

import de.werkbank.i18n.Messages;
import de.werkbank.sheet.IndicatorProgress;
import de.werkbank.timeline.Bar;
import de.werkbank.timeline.IndicatorMark;
import de.werkbank.timeline.Lane;
import de.werkbank.timeline.Timeline;
import de.werkbank.timeline.TimelineMeasure;

/** The texts of the Strategie view: a bar's and a lane's tooltip, a measure without dates in the list. */
final class TimelineText {

    private TimelineText() {
    }

    static String barTip(Bar b) {
        TimelineMeasure m = b.measure();
        var messages = Messages.get();
        StringBuilder text = new StringBuilder(Messages.tr("ui.timeline.bar.tooltip", m.title(), m.columnName(),
                messages.date(m.start()), messages.date(m.end()), b.progress().done(), b.progress().total()));
        if (b.progress().overdue()) {
            text.append('\n').append(Messages.tr("ui.timeline.bar.overdue"));
        }
        if (b.progress().blocked()) {
            text.append('\n').append(Messages.tr("ui.timeline.bar.blocked"));
        }
        if (b.beforePrerequisite() != null) {
            text.append('\n').append(b.beforePrerequisite());
        }
        for (IndicatorMark i : m.indicators()) {
            IndicatorProgress p = i.progress();
            String verdict = Messages.tr(switch (p.verdict()) {
                case ON_TRACK -> "ui.indicator.onTrack";
                case BEHIND -> "ui.indicator.behind";
                case NOT_JUDGED -> "ui.indicator.notJudged";
            });
            String reached = Double.isNaN(p.reached()) ? ""
                    : " (" + Messages.tr("ui.indicator.reached", Math.round(p.reached() * 100)) + ")";
            text.append('\n').append(Messages.tr("ui.timeline.bar.indicator", i.name(), verdict + reached));
        }
        if (!m.indicators().isEmpty()) {
            text.append("\n\n").append(Messages.tr("ui.indicator.howJudged"));
        }
        return text.toString();
    }

    static String laneTip(Lane lane) {
        return lane.zukunftsbild().isBlank() ? lane.title() : Messages.tr("ui.timeline.lane.tooltip", lane.title(),
                lane.zukunftsbild());
    }

    /** What the list says of a measure without dates: which of start and end it lacks. */
    static String undated(Timeline.Undated u) {
        TimelineMeasure m = u.measure();
        if (m.start() != null && m.end() != null) {
            return Messages.tr("sheet.problem.endBeforeStart", m.start());
        }
        if (m.start() != null) {
            return Messages.tr("ui.timeline.undated.onlyStart", m.start());
        }
        if (m.end() != null) {
            return Messages.tr("ui.timeline.undated.onlyEnd", m.end());
        }
        return Messages.tr("ui.timeline.undated.none");
    }
}
