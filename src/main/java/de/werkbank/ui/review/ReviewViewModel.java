package de.werkbank.ui.review;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanChange;
import de.werkbank.plan.PlanCommand;
import de.werkbank.review.ApplyDecisions;
import de.werkbank.review.DecisionPlan;
import de.werkbank.review.EditReviewEntry;
import de.werkbank.review.FinishReview;
import de.werkbank.review.Review;
import de.werkbank.review.ReviewEntry;
import de.werkbank.review.ReviewStart;
import de.werkbank.review.StartReview;
import de.werkbank.session.Session;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The review being worked through: which review is shown, which measure, and every change as a plan command
 * through the session's editor (undo, history). Reads the store again after each change.
 */
public final class ReviewViewModel {

    private final Session session;
    private final ObjectProperty<Review> review = new SimpleObjectProperty<>();
    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final Map<String, String> fieldNames = new HashMap<>();
    private Consumer<String> errors = message -> { };

    public ReviewViewModel(Session session) {
        this.session = session;
        for (Handlungsfeld h : session.store().catalogue().handlungsfelder()) {
            fieldNames.put(h.key(), h.shortName());
        }
        review.set(open().orElseGet(() -> latest().orElse(null)));
        session.editor().addListener(followChanges);
    }

    /** Undo and redo in the main window (and every other change) show here at once. */
    private final Consumer<PlanChange> followChanges = change -> reload();

    /** Stops following the plan's changes (the window closed). */
    public void close() {
        session.editor().removeListener(followChanges);
    }

    /** The store whose reviews it shows (one window per store). */
    public de.werkbank.store.Store store() {
        return session.store();
    }

    public void setErrorHandler(Consumer<String> handler) {
        errors = handler;
    }

    public ObjectProperty<Review> reviewProperty() {
        return review;
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public List<Review> reviews() {
        return session.store().reviews();
    }

    /** The open review, if one is. */
    public Optional<Review> open() {
        return reviews().stream().filter(r -> !r.finished()).findFirst();
    }

    private Optional<Review> latest() {
        List<Review> all = reviews();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The review before the shown one, to compare with. */
    public Optional<Review> previous() {
        Review shown = review.get();
        List<Review> all = reviews();
        int at = shown == null ? -1 : all.stream().map(Review::id).toList().indexOf(shown.id());
        return at > 0 ? Optional.of(all.get(at - 1)) : Optional.empty();
    }

    public String fieldName(String key) {
        return fieldNames.getOrDefault(key, key);
    }

    public void show(Review r) {
        review.set(r);
        index.set(0);
    }

    /** The shown measure's entry, or empty. */
    public Optional<ReviewEntry> current() {
        Review r = review.get();
        return r == null || r.entries().isEmpty() ? Optional.empty()
                : Optional.of(r.entries().get(Math.min(index.get(), r.entries().size() - 1)));
    }

    public boolean readOnly() {
        return review.get() == null || review.get().finished();
    }

    /** Starts a review dated {@code today} of the plan as it stands. */
    public boolean start(String title, LocalDate today) {
        Plan plan = session.store().plan().orElse(null);
        if (plan == null) {
            return false;
        }
        List<String> order = session.store().catalogue().handlungsfelder().stream().map(Handlungsfeld::key).toList();
        var values = new de.werkbank.map.IndicatorValues(session.store());
        Review fresh = ReviewStart.freeze(UUID.randomUUID(), title, today, plan, session.store()::sheet, order,
                values::of);
        if (!run(new StartReview(fresh))) {
            return false;
        }
        review.set(stored(fresh.id()));
        index.set(0);
        return true;
    }

    /** Stores the judgement of the shown measure if it differs from what is stored. */
    public void save(ReviewEntry judged) {
        Review r = review.get();
        Optional<ReviewEntry> seen = current();
        if (r == null || r.finished() || seen.isEmpty() || seen.get().sameJudgement(judged)) {
            return;
        }
        run(new EditReviewEntry(r.id(), r.title(), seen.get(), judged));
        reload();
    }

    /** Goes to the next (or, with -1, the previous) measure; false at either end. */
    public boolean step(int by) {
        Review r = review.get();
        int to = index.get() + by;
        if (r == null || to < 0 || to >= r.entries().size()) {
            return false;
        }
        index.set(to);
        return true;
    }

    public void finish() {
        Review r = review.get();
        if (r != null && !r.finished() && run(new FinishReview(r))) {
            reload();
        }
    }

    /** What applying the shown (finished) review's decisions would change on the board now. */
    public List<DecisionPlan.Step> preview() {
        Review r = review.get();
        Plan plan = session.store().plan().orElse(null);
        return r == null || plan == null ? List.of() : DecisionPlan.of(r, plan);
    }

    public void apply(List<DecisionPlan.Step> steps) {
        Review r = review.get();
        if (r != null && !steps.isEmpty()) {
            run(ApplyDecisions.of(r, steps));
        }
    }

    /** Reads the shown review again (after a change, here or elsewhere). */
    public void reload() {
        Review r = review.get();
        if (r != null) {
            Review again = stored(r.id());
            review.set(again == null ? open().orElseGet(() -> latest().orElse(null)) : again);
        }
    }

    private Review stored(UUID id) {
        return reviews().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
    }

    private boolean run(PlanCommand command) {
        try {
            session.editor().execute(command);
            return true;
        } catch (UserFacingException e) {
            errors.accept(e.getLocalizedMessage());
            reload();
            return false;
        }
    }
}
