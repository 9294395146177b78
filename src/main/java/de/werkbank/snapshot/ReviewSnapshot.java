package de.werkbank.snapshot;

import static de.werkbank.snapshot.SnapshotRules.list;
import static de.werkbank.snapshot.SnapshotRules.present;
import static de.werkbank.snapshot.SnapshotRules.text;

import de.werkbank.review.FrozenIndicator;
import de.werkbank.review.Review;
import de.werkbank.review.ReviewEntry;
import de.werkbank.snapshot.ReviewDoc.EntryDoc;
import de.werkbank.snapshot.ReviewDoc.FrozenIndicatorDoc;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The reviews' part of a snapshot (format version 4): written, read back and checked — sizes and
 * required values, unique ids, the Handlungsfelder by key, at most one open review.
 */
public final class ReviewSnapshot {

    /** The first format version that carries {@code reviews}. */
    static final int SINCE_VERSION = 4;

    private ReviewSnapshot() {
    }

    /** The reviews member of a snapshot: free texts with people's names replaced by {@code people}. */
    static List<ReviewDoc> toDocs(List<Review> reviews, PersonNames people) {
        return reviews.stream().map(r -> doc(r, people)).toList();
    }

    /** A review as a snapshot (and {@code show-review --json}) writes it, with every text as it is. */
    public static ReviewDoc toDoc(Review review) {
        return doc(review, PersonNames.NONE);
    }

    private static ReviewDoc doc(Review r, PersonNames people) {
        return new ReviewDoc(r.id(), people.scrub(r.title()), r.date(), r.state(), r.entries().stream()
                .map(e -> new EntryDoc(e.card(), people.scrub(e.title()), e.handlungsfeld(), e.column(),
                        people.scrub(e.columnName()), e.stepsDone(), e.stepsTotal(), e.indicators().stream()
                        .map(i -> new FrozenIndicatorDoc(i.id(), people.scrub(i.name()), people.scrub(i.unit()),
                                i.baseline(), i.target(), i.targetDate(), i.latest(), i.latestDate(), i.onTrack()))
                        .toList(), e.assessment(), people.scrub(e.helped()), people.scrub(e.blocked()),
                        people.scrub(e.nextSteps()), e.decision())).toList());
    }

    /** The reviews a (checked) document describes; none before format version 4. */
    static List<Review> toReviews(List<ReviewDoc> docs) {
        if (docs == null) {
            return List.of();
        }
        return docs.stream().map(r -> new Review(r.id(), r.title(), r.date(), r.state(), r.entries().stream()
                .map(e -> new ReviewEntry(e.card(), e.title(), e.handlungsfeld(), e.column(), e.columnName(),
                        e.stepsDone(), e.stepsTotal(), e.indicators().stream()
                        .map(i -> new FrozenIndicator(i.id(), i.name(), i.unit(), i.baseline(), i.target(),
                                i.targetDate(), i.latest(), i.latestDate(), i.onTrack())).toList(),
                        e.assessment(), e.helped(), e.blocked(), e.nextSteps(), e.decision(), 0)).toList(), 0))
                .toList();
    }

    /**
     * @param fields the keys of the Handlungsfelder
     * @throws SnapshotException at the first broken rule, naming its JSON path
     */
    static void check(SnapshotDocument doc, Set<String> fields) {
        List<ReviewDoc> reviews = doc.reviews();
        if (reviews == null) {
            return;
        }
        if (doc.formatVersion() < SINCE_VERSION) {
            throw new SnapshotException("snapshot.badValue", "$.reviews",
                    "formatVersion " + doc.formatVersion() + " < " + SINCE_VERSION);
        }
        if (doc.plan() == null && !reviews.isEmpty()) {
            throw new SnapshotException("snapshot.reviewsWithoutPlan");
        }
        list(reviews, 1_000, "$.reviews");
        Set<UUID> ids = new HashSet<>();
        int open = 0;
        for (int i = 0; i < reviews.size(); i++) {
            ReviewDoc r = reviews.get(i);
            String at = "$.reviews[" + i + "]";
            present(r.id(), at + ".id");
            if (!ids.add(r.id())) {
                throw new SnapshotException("snapshot.duplicate", r.id(), at + ".id");
            }
            text(r.title(), 1, Review.MAX_TITLE, at + ".title");
            present(r.date(), at + ".date");
            if (r.date().getYear() < 1900 || r.date().getYear() > 2200) {
                throw new SnapshotException("snapshot.badDate", at + ".date");
            }
            present(r.state(), at + ".state");
            if (r.state() == Review.State.OPEN && ++open > 1) {
                throw new SnapshotException("snapshot.badValue", at + ".state", "OPEN");
            }
            entries(r, at, fields);
        }
    }

    private static void entries(ReviewDoc r, String at, Set<String> fields) {
        List<EntryDoc> entries = list(r.entries(), 200_000, at + ".entries");
        Set<UUID> cards = new HashSet<>();
        for (int j = 0; j < entries.size(); j++) {
            EntryDoc e = entries.get(j);
            String eat = at + ".entries[" + j + "]";
            present(e.card(), eat + ".card");
            if (!cards.add(e.card())) {
                throw new SnapshotException("snapshot.duplicate", e.card(), eat + ".card");
            }
            text(e.title(), 0, 1000, eat + ".title");
            present(e.handlungsfeld(), eat + ".handlungsfeld");
            if (!fields.contains(e.handlungsfeld())) {
                throw new SnapshotException("snapshot.dangling", e.handlungsfeld(), eat + ".handlungsfeld");
            }
            text(e.columnName(), 0, 200, eat + ".columnName");
            present(e.stepsDone(), eat + ".stepsDone");
            present(e.stepsTotal(), eat + ".stepsTotal");
            if (e.stepsDone() < 0 || e.stepsTotal() < e.stepsDone() || e.stepsTotal() > 100_000) {
                throw new SnapshotException("snapshot.outOfRange", eat + ".stepsDone");
            }
            for (int k = 0; k < list(e.indicators(), 1_000, eat + ".indicators").size(); k++) {
                FrozenIndicatorDoc x = e.indicators().get(k);
                String iat = eat + ".indicators[" + k + "]";
                present(x.id(), iat + ".id");
                text(x.name(), 0, 300, iat + ".name");
                text(x.unit(), 0, 100, iat + ".unit");
            }
            text(e.helped(), 0, ReviewEntry.MAX_TEXT, eat + ".helped");
            text(e.blocked(), 0, ReviewEntry.MAX_TEXT, eat + ".blocked");
            text(e.nextSteps(), 0, ReviewEntry.MAX_TEXT, eat + ".nextSteps");
        }
    }
}
