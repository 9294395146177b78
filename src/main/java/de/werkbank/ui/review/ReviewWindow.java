package de.werkbank.ui.review;

import de.werkbank.i18n.Messages;
import de.werkbank.review.Assessment;
import de.werkbank.review.Decision;
import de.werkbank.review.DecisionPlan;
import de.werkbank.review.FrozenIndicator;
import de.werkbank.review.Review;
import de.werkbank.review.ReviewDiff;
import de.werkbank.review.ReviewEntry;
import de.werkbank.session.Session;
import de.werkbank.ui.theme.Theme;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * "Bilanz ziehen…": the review worked through measure by measure (Enter: next, Shift+Enter: back; every
 * field is stored when the measure is left), finished, its summary per Handlungsfeld, the comparison
 * with the review before, and its decisions applied to the plan after a preview.
 */
public final class ReviewWindow {

    private final Stage stage = new Stage();
    private final ReviewViewModel model;
    private final ComboBox<Review> reviews = new ComboBox<>();
    private final Label frozen = new Label();
    private final Label position = new Label();
    private final ComboBox<Assessment> assessment = new ComboBox<>();
    private final TextArea helped = area("review-helped");
    private final TextArea blocked = area("review-blocked");
    private final TextArea nextSteps = area("review-next");
    private final ComboBox<Decision> decision = new ComboBox<>();
    private final ListView<String> summary = new ListView<>();
    private final ListView<String> comparison = new ListView<>();
    private final Button finish = new Button(Messages.tr("ui.review.finish"));
    private final Button apply = new Button(Messages.tr("ui.review.apply"));
    /** The window open per store: "Bilanz ziehen…" again brings it to the front. */
    private static final Map<de.werkbank.store.Store, ReviewWindow> OPEN = new IdentityHashMap<>();

    private Predicate<String> confirmation = ReviewWindow::confirm;
    private boolean filling;
    /** The entry the fields were last filled from: a change elsewhere keeps what is being typed. */
    private ReviewEntry filled;

    /**
     * Opens the open review, or starts one dated today after asking for its title. Cancelled, it shows the
     * latest finished review (read-only) if there is one.
     *
     * @return the window, or empty when the user cancelled without a review to show, or the store has no plan
     */
    public static Optional<ReviewWindow> open(Window owner, Session session, java.util.function.Consumer<String> errors) {
        if (session == null) {
            return Optional.empty();
        }
        ReviewWindow shown = OPEN.get(session.store());
        if (shown != null && shown.stage.isShowing()) {
            shown.stage.toFront();
            shown.stage.requestFocus();
            return Optional.of(shown);
        }
        var model = new ReviewViewModel(session);
        model.setErrorHandler(errors);
        if (model.open().isEmpty()) {
            var ask = new TextInputDialog(Messages.tr("review.defaultTitle", String.valueOf(LocalDate.now().getYear())));
            ask.initOwner(owner);
            ask.setTitle(Messages.tr("ui.review.title"));
            boolean earlier = !model.reviews().isEmpty();
            ask.setHeaderText(Messages.tr(earlier ? "ui.review.start.orLook" : "ui.review.start.header"));
            Optional<String> title = ask.showAndWait();
            boolean started = title.isPresent() && model.start(title.get(), LocalDate.now());
            if (!started && (title.isPresent() || !earlier)) {
                model.close();
                return Optional.empty();
            }
        }
        var window = new ReviewWindow(owner, model);
        window.stage.show();
        return Optional.of(window);
    }

    ReviewWindow(Window owner, ReviewViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle(Messages.tr("ui.review.title"));
        var walk = new VBox(8, position, frozen, new Label(Messages.tr("ui.review.assessment")), assessment,
                new Label(Messages.tr("ui.review.helped")), helped, new Label(Messages.tr("ui.review.blocked")), blocked,
                new Label(Messages.tr("ui.review.next")), nextSteps, new Label(Messages.tr("ui.review.decision")),
                decision, navigation());
        walk.setPadding(new Insets(12));
        frozen.setWrapText(true);
        frozen.setId("review-frozen");
        position.setId("review-position");
        assessment.setId("review-assessment");
        decision.setId("review-decision");
        assessment.getItems().setAll(Assessment.values());
        decision.getItems().setAll(Decision.values());
        assessment.setConverter(converter(Assessment::label));
        decision.setConverter(converter(Decision::label));
        summary.setId("review-summary");
        comparison.setId("review-comparison");
        var tabs = new TabPane(new Tab(Messages.tr("ui.review.tab.walk"), walk),
                new Tab(Messages.tr("ui.review.tab.summary"), summary),
                new Tab(Messages.tr("ui.review.tab.compare"), comparison));
        tabs.getTabs().forEach(t -> t.setClosable(false));
        reviews.setId("review-choice");
        reviews.setConverter(converter(r -> r.title() + " (" + Messages.get().date(r.date()) + ", "
                + Messages.tr("review.state." + r.state().name()) + ")"));
        reviews.setOnAction(e -> {
            if (!filling && reviews.getValue() != null) {
                model.show(reviews.getValue());
            }
        });
        finish.setId("review-finish");
        finish.setOnAction(e -> {
            save();
            if (confirmation.test(Messages.tr("ui.review.finish.confirm", model.reviewProperty().get().title()))) {
                model.finish();
            }
        });
        apply.setId("review-apply");
        apply.setOnAction(e -> applyDecisions());
        // the buttons keep their labels; the choice of review takes the width that is left
        finish.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        apply.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        reviews.setMinWidth(120);
        reviews.setPrefWidth(380);
        reviews.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(reviews, Priority.ALWAYS);
        var top = new HBox(8, reviews, finish, apply);
        top.setPadding(new Insets(8));
        var root = new BorderPane(tabs, top, null, null, null);
        root.setId("review-window");
        model.reviewProperty().addListener(o -> fill());
        model.indexProperty().addListener(o -> fill());
        stage.setOnShown(e -> OPEN.put(model.store(), this));
        stage.setOnHidden(e -> {
            save();
            model.close();
            OPEN.remove(model.store(), this);
        });
        var scene = new Scene(root, 760, 720);
        Theme.style(scene);
        stage.setScene(scene);
        fill();
    }

    /** Replaces the confirmation dialogs (finish, apply decisions), e.g. in tests. */
    void setConfirmation(Predicate<String> confirm) {
        confirmation = confirm;
    }

    Stage stage() {
        return stage;
    }

    ReviewViewModel model() {
        return model;
    }

    private HBox navigation() {
        var back = new Button(Messages.tr("ui.review.back"));
        var next = new Button(Messages.tr("ui.review.forward"));
        back.setId("review-back");
        next.setId("review-next-measure");
        back.setOnAction(e -> go(-1));
        next.setOnAction(e -> go(1));
        return new HBox(8, back, next);
    }

    private TextArea area(String id) {
        var a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        VBox.setVgrow(a, Priority.SOMETIMES);
        a.addEventFilter(KeyEvent.KEY_PRESSED, this::enter);
        return a;
    }

    private void enter(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !e.isControlDown() && !e.isAltDown()) {
            e.consume();
            go(e.isShiftDown() ? -1 : 1);
        }
    }

    /** Stores the shown measure and goes on to the next or back. */
    private void go(int by) {
        save();
        if (model.step(by)) {
            helped.requestFocus();
        }
    }

    private void save() {
        if (filling || model.readOnly()) {
            return;
        }
        model.current().ifPresent(e -> model.save(e.judged(assessment.getValue(), helped.getText(), blocked.getText(),
                nextSteps.getText(), decision.getValue())));
    }

    private void fill() {
        filling = true;
        try {
            Review r = model.reviewProperty().get();
            reviews.getItems().setAll(model.reviews());
            reviews.setValue(r);
            boolean readOnly = model.readOnly();
            for (var control : List.of(assessment, decision)) {
                control.setDisable(readOnly);
            }
            for (TextArea a : List.of(helped, blocked, nextSteps)) {
                a.setEditable(!readOnly);
            }
            finish.setDisable(readOnly);
            apply.setDisable(r == null || !r.finished());
            Optional<ReviewEntry> entry = model.current();
            position.setText(entry.isEmpty() ? Messages.tr("ui.review.empty") : Messages.tr("ui.review.position",
                    model.indexProperty().get() + 1, r.entries().size(), entry.get().title(),
                    model.fieldName(entry.get().handlungsfeld())));
            frozen.setText(entry.map(ReviewWindow::frozenText).orElse(""));
            if (!entry.isPresent() || !entry.get().equals(filled) || readOnly) {
                // another measure, or it changed elsewhere (undo): show it; else keep what is being typed
                assessment.setValue(entry.map(ReviewEntry::assessment).orElse(null));
                decision.setValue(entry.map(ReviewEntry::decision).orElse(null));
                helped.setText(entry.map(ReviewEntry::helped).orElse(""));
                blocked.setText(entry.map(ReviewEntry::blocked).orElse(""));
                nextSteps.setText(entry.map(ReviewEntry::nextSteps).orElse(""));
            }
            filled = entry.orElse(null);
            summary.getItems().setAll(r == null ? List.of() : ReviewTexts.summary(r, model::fieldName));
            comparison.getItems().setAll(r == null ? List.of() : model.previous()
                    .map(p -> ReviewTexts.changes(p, r)).orElse(List.of(Messages.tr("ui.review.noPrevious"))));
        } finally {
            filling = false;
        }
    }

    private static String frozenText(ReviewEntry e) {
        String indicators = e.indicators().stream().map(ReviewWindow::indicator).collect(Collectors.joining("\n"));
        String stage = Messages.tr("ui.review.frozen", e.columnName(), e.stepsDone(), e.stepsTotal());
        return indicators.isEmpty() ? stage : stage + "\n" + indicators;
    }

    private static String indicator(FrozenIndicator i) {
        String judged = i.onTrack() == null ? Messages.tr("cli.reviews.unknown")
                : Messages.tr(i.onTrack() ? "cli.reviews.onTrack" : "cli.reviews.behind");
        return Messages.tr("ui.review.indicator", i.name(), ReviewDiff.valuesAtDate(i), i.unit(), judged);
    }

    private void applyDecisions() {
        List<DecisionPlan.Step> steps = model.preview();
        String list = steps.stream().map(s -> s.action() == DecisionPlan.Action.ARCHIVE
                        ? Messages.tr("ui.review.apply.archive", s.card().title())
                        : Messages.tr("ui.review.apply.move", s.card().title(), s.to().name()))
                .collect(Collectors.joining("\n"));
        if (steps.isEmpty()) {
            confirmation.test(Messages.tr("ui.review.apply.nothing"));
        } else if (confirmation.test(Messages.tr("ui.review.apply.confirm", steps.size(), list))) {
            model.apply(steps);
        }
    }

    private static boolean confirm(String text) {
        var alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(null);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
