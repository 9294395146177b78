package de.werkbank.ui.timeline;

import de.werkbank.i18n.Messages;
import de.werkbank.timeline.Bar;
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
