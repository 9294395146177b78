package de.werkbank.seed;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.plan.Plan;
import de.werkbank.review.Assessment;
import de.werkbank.review.Decision;
import de.werkbank.review.FrozenIndicator;
import de.werkbank.review.IndicatorFreeze;
import de.werkbank.review.Review;
import de.werkbank.review.ReviewEntry;
import de.werkbank.review.ReviewStart;
import de.werkbank.store.StoreTransaction;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sample plan's finished Halbzeitbilanz ({@code sample-data/review.json}, synthetic): frozen from the
 * sample plan as seeded, with the file's judgements and indicator values measured by the review's date.
 */
final class SampleReview {

    private SampleReview() {
    }

    static void add(StoreTransaction tx) {
        Plan plan = tx.plan().load().orElse(null);
        if (plan == null || !tx.reviews().reviews().isEmpty()) {
            return;
        }
        SampleData.ReviewFile file = SampleData.review();
        Catalogue catalogue = tx.catalogue().load();
        Map<UUID, String> codes = new HashMap<>();
        catalogue.werkzeuge().forEach(w -> codes.put(w.id(), w.code()));
        Map<String, UUID> cardByCode = new HashMap<>();
        plan.cards().forEach(c -> cardByCode.put(codes.get(c.werkzeug()), c.id()));
        Review frozen = ReviewStart.freeze(UUID.randomUUID(), file.title(), file.date(), plan, tx.plan()::sheet,
                catalogue.handlungsfelder().stream().map(Handlungsfeld::key).toList());
        Map<UUID, SampleData.ReviewEntryFile> judged = new HashMap<>();
        file.entries().forEach(e -> judged.put(cardByCode.get(e.werkzeug()), e));
        List<ReviewEntry> entries = frozen.entries().stream().map(e -> {
            SampleData.ReviewEntryFile j = judged.get(e.card());
            if (j == null) {
                return e;
            }
            ReviewEntry measured = new ReviewEntry(e.card(), e.title(), e.handlungsfeld(), e.column(), e.columnName(),
                    e.stepsDone(), e.stepsTotal(), e.indicators().stream()
                    .map(i -> measured(i, j.latest(), file, tx.plan().sheet(e.card()).start())).toList(),
                    null, "", "", "", null, 0);
            return measured.judged(Assessment.valueOf(j.assessment()), j.helped(), j.blocked(), j.nextSteps(),
                    Decision.valueOf(j.decision()));
        }).toList();
        tx.reviews().insertReview(frozen.withEntries(entries).withState(Review.State.FINISHED));
    }

    private static FrozenIndicator measured(FrozenIndicator i, Map<String, BigDecimal> latest,
                                            SampleData.ReviewFile file, java.time.LocalDate start) {
        BigDecimal value = latest == null ? null : latest.get(i.name());
        if (value == null) {
            return i;
        }
        return new FrozenIndicator(i.id(), i.name(), i.unit(), i.baseline(), i.target(), i.targetDate(), value,
                file.date(), IndicatorFreeze.onTrack(i.baseline(), i.target(), start, i.targetDate(), value, file.date()));
    }
}
