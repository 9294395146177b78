package de.werkbank.snapshot;

import de.werkbank.review.Review;
import de.werkbank.review.ReviewEntry;
import de.werkbank.snapshot.SnapshotDiff.Change;
import de.werkbank.snapshot.SnapshotDiff.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The reviews' part of {@link SnapshotDiff}: reviews started, finished or removed, measures judged anew. */
final class ReviewChanges {

    private ReviewChanges() {
    }

    static void between(List<Review> before, List<Review> after, List<Change> changes) {
        Map<UUID, Review> old = new LinkedHashMap<>();
        before.forEach(r -> old.put(r.id(), r));
        for (Review now : after) {
            Review was = old.remove(now.id());
            if (was == null) {
                changes.add(new Change(Kind.REVIEW_ADDED, now.id(), now.title(), null, now.date().toString(), null));
                if (now.finished()) {
                    changes.add(new Change(Kind.REVIEW_FINISHED, now.id(), now.title(), null, now.date().toString(), null));
                }
                continue;
            }
            for (ReviewEntry e : now.entries()) {
                if (was.entry(e.card()).map(w -> !w.sameJudgement(e)).orElse(false)) {
                    changes.add(new Change(Kind.REVIEW_JUDGED, e.card(), e.title(), null, null, now.title()));
                }
            }
            if (now.finished() && !was.finished()) {
                changes.add(new Change(Kind.REVIEW_FINISHED, now.id(), now.title(), null, now.date().toString(), null));
            }
        }
        old.values().forEach(r -> changes.add(new Change(Kind.REVIEW_REMOVED, r.id(), r.title(), null,
                r.date().toString(), null)));
    }
}
