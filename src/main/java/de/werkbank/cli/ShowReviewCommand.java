package de.werkbank.cli;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.i18n.Messages;
import de.werkbank.review.Assessment;
import de.werkbank.review.Decision;
import de.werkbank.review.FrozenIndicator;
import de.werkbank.review.Review;
import de.werkbank.review.ReviewDiff;
import de.werkbank.review.ReviewEntry;
import de.werkbank.review.ReviewSummary;
import de.werkbank.snapshot.ReviewSnapshot;
import de.werkbank.snapshot.SnapshotCodec;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import de.werkbank.store.StoreException;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code show-review ID [--json]}: a review with its summary per Handlungsfeld, every measure's entry and
 * what changed since the review before it; {@code --json} prints the review as a snapshot holds it. ID is
 * the review's id or its first characters (at least four), as {@code list-reviews} prints it.
 */
final class ShowReviewCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        CliArgs parsed = CliArgs.parse("show-review", args, Set.of("--json"), 1, 1);
        String id = parsed.get(0).strip().toLowerCase(Locale.ROOT);
        if (id.length() < 4) {
            throw new UsageException("cli.reviews.shortId", parsed.get(0));
        }
        try (Store store = Store.open(location)) {
            List<Review> reviews = store.reviews();
            List<Review> found = reviews.stream().filter(r -> r.id().toString().startsWith(id)).toList();
            if (found.size() != 1) {
                throw new StoreException(found.isEmpty() ? "cli.reviews.notFound" : "cli.reviews.ambiguous", parsed.get(0));
            }
            Review review = found.get(0);
            if (parsed.has("--json")) {
                out.print(json(review));
                return ExitCodes.OK;
            }
            Map<String, String> fields = new HashMap<>();
            for (Handlungsfeld h : store.catalogue().handlungsfelder()) {
                fields.put(h.key(), h.shortName());
            }
            print(review, fields, out);
            int at = reviews.indexOf(review);
            if (at > 0) {
                changes(reviews.get(at - 1), review, out);
            }
        }
        return ExitCodes.OK;
    }

    private static String json(Review review) {
        try {
            return SnapshotCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(ReviewSnapshot.toDoc(review))
                    + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void print(Review r, Map<String, String> fields, PrintStream out) {
        out.println(Messages.tr("cli.reviews.header", r.title(), Messages.get().date(r.date()),
                Messages.tr("review.state." + r.state().name()), r.judged(), r.entries().size()));
        out.println();
        out.println(Messages.tr("cli.reviews.summary"));
        for (ReviewSummary.Field f : ReviewSummary.of(r)) {
            String assessed = f.byAssessment().entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", "));
            String decided = f.byDecision().entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", "));
            out.println(Messages.tr("cli.reviews.field", fields.getOrDefault(f.handlungsfeld(), f.handlungsfeld()),
                    f.measures(), assessed.isEmpty() ? "–" : assessed, decided.isEmpty() ? "–" : decided,
                    f.onTrack(), f.indicators(), f.unknown()));
        }
        String field = null;
        for (ReviewEntry e : r.entries()) {
            if (!e.handlungsfeld().equals(field)) {
                field = e.handlungsfeld();
                out.println();
                out.println(fields.getOrDefault(field, field));
            }
            out.println(Messages.tr("cli.reviews.entry", e.title(), e.columnName(), e.stepsDone(), e.stepsTotal(),
                    label(e.assessment()), label(e.decision())));
            line(out, "cli.reviews.helped", e.helped());
            line(out, "cli.reviews.blocked", e.blocked());
            line(out, "cli.reviews.next", e.nextSteps());
            for (FrozenIndicator i : e.indicators()) {
                out.println(Messages.tr("cli.reviews.indicator", i.name(), ReviewDiff.valuesAtDate(i), i.unit(),
                        i.onTrack() == null ? Messages.tr("cli.reviews.unknown")
                                : Messages.tr(i.onTrack() ? "cli.reviews.onTrack" : "cli.reviews.behind")).stripTrailing());
            }
        }
    }

    private static void line(PrintStream out, String key, String text) {
        if (!text.isEmpty()) {
            out.println(Messages.tr(key, text.replace("\n", " ")));
        }
    }

    private static String label(Assessment a) {
        return a == null ? "–" : a.label();
    }

    private static String label(Decision d) {
        return d == null ? "–" : d.label();
    }

    private static void changes(Review earlier, Review later, PrintStream out) {
        List<ReviewDiff.Change> changes = ReviewDiff.between(earlier, later);
        out.println();
        out.println(Messages.tr("cli.reviews.changes", earlier.title(), changes.size()));
        for (ReviewDiff.Change c : changes) {
            String what = c.what().isEmpty() ? Messages.tr("review.change." + c.kind().name())
                    : Messages.tr("review.change." + c.kind().name()) + " " + c.what();
            out.println(Messages.tr("cli.reviews.change", c.title(), what, c.before().isEmpty() ? "–" : c.before(),
                    c.after().isEmpty() ? "–" : c.after()));
        }
    }
}
