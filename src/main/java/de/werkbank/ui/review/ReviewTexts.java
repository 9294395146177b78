package de.werkbank.ui.review;

import de.werkbank.i18n.Messages;
import de.werkbank.review.Review;
import de.werkbank.review.ReviewDiff;
import de.werkbank.review.ReviewSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The summary per Handlungsfeld and the comparison with the previous review, as lines to show. */
final class ReviewTexts {

    private ReviewTexts() {
    }

    static List<String> summary(Review r, UnaryOperator<String> fieldName) {
        List<String> lines = new ArrayList<>();
        for (ReviewSummary.Field f : ReviewSummary.of(r)) {
            String assessed = f.byAssessment().entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", "));
            String decided = f.byDecision().entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", "));
            lines.add(Messages.tr("cli.reviews.field", fieldName.apply(f.handlungsfeld()), f.measures(),
                    assessed.isEmpty() ? "–" : assessed, decided.isEmpty() ? "–" : decided, f.onTrack(),
                    f.indicators(), f.unknown()).strip());
        }
        return lines;
    }

    static List<String> changes(Review earlier, Review later) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.tr("cli.reviews.changes", earlier.title(), ReviewDiff.between(earlier, later).size()));
        for (ReviewDiff.Change c : ReviewDiff.between(earlier, later)) {
            String what = Messages.tr("review.change." + c.kind().name()) + (c.what().isEmpty() ? "" : " " + c.what());
            lines.add(Messages.tr("cli.reviews.change", c.title(), what, c.before().isEmpty() ? "–" : c.before(),
                    c.after().isEmpty() ? "–" : c.after()).strip());
        }
        return lines;
    }
}
