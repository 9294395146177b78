package de.werkbank.ui.workshop;

import de.werkbank.i18n.Messages;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * The workshop on the projector: a slim bar (mode, lane, timer, leave) over the board, the vote or
 * the matrix, which fill the rest of the screen. Everything works from the keyboard: Ctrl+1/2/3 switch
 * between board, vote and matrix, PageUp/PageDown step through the Handlungsfelder, Enter shows the
 * focused card large, Ctrl+T/E/Shift+T run the timer, Esc closes what is open on top and then leaves.
 */
public final class PresentationView extends BorderPane {

    /** The modes of the presentation, in the order of their keys Ctrl+1, 2, 3. */
    public enum Mode { BOARD, VOTE, MATRIX }

    private static final KeyCombination START_PAUSE = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination RESET_TIMER = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination EXTEND = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    private final WorkshopModel model;
    private final TimerModel timer;
    private final VotingModel voting;
    private final ProjectorBoard board;
    private final VotePanel votes;
    private final MatrixView matrix;
    private final StackPane layers = new StackPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup modes = new ToggleGroup();
    private final Label toast = new Label();
    private final PauseTransition toastTimeout = new PauseTransition(Duration.seconds(5));
    private final StackPane banner;
    private CardSpotlight spotlight;
    private Runnable onLeave = () -> { };
    private Predicate<String> confirm;

    /**
     * @param confirm asks a yes/no question (a dialog; tests answer directly)
     */
    public PresentationView(WorkshopModel model, TimerModel timer, Predicate<String> confirm) {
        this.model = model;
        this.timer = timer;
        this.voting = new VotingModel(model);
        this.confirm = confirm;
        board = new ProjectorBoard(model, this::showCard);
        votes = new VotePanel(model, voting, panel -> newRound(), question -> this.confirm.test(question));
        matrix = new MatrixView(model);

        var boardMode = modeButton(Mode.BOARD, "ui.workshop.mode.board");
        var voteMode = modeButton(Mode.VOTE, "ui.workshop.mode.vote");
        var matrixMode = modeButton(Mode.MATRIX, "ui.workshop.mode.matrix");
        var previous = new Button("◀");
        previous.setOnAction(e -> model.stepLane(-1));
        previous.setTooltip(new Tooltip(Messages.tr("ui.workshop.lane.previous")));
        previous.setFocusTraversable(false);
        var next = new Button("▶");
        next.setOnAction(e -> model.stepLane(1));
        next.setTooltip(new Tooltip(Messages.tr("ui.workshop.lane.next")));
        next.setFocusTraversable(false);
        var lane = new Label();
        lane.getStyleClass().add("pj-lane");
        lane.textProperty().bind(model.laneNameProperty());
        lane.setId("pj-lane");
        lane.setMaxWidth(330);
        var leave = new Button("✕");
        leave.setTooltip(new Tooltip(Messages.tr("ui.workshop.leave")));
        leave.setAccessibleText(Messages.tr("ui.workshop.leave"));
        leave.setId("pj-leave");
        leave.setOnAction(e -> onLeave.run());
        leave.setFocusTraversable(false);
        var bar = new FlowPane(8, 6, boardMode, voteMode, matrixMode, previous, lane, next, new TimerBar(timer), leave);
        bar.getStyleClass().add("pj-bar");
        bar.setId("pj-bar");
        bar.setAlignment(Pos.CENTER_LEFT);

        toast.getStyleClass().add("pj-timer-banner");
        toast.setVisible(false);
        toast.setWrapText(true);
        toast.setId("pj-toast");
        StackPane.setAlignment(toast, Pos.BOTTOM_CENTER);
        toastTimeout.setOnFinished(e -> toast.setVisible(false));
        var bannerText = new Label(Messages.tr("ui.timer.ended"));
        banner = new StackPane(bannerText);
        banner.getStyleClass().add("pj-timer-banner");
        banner.setVisible(false);
        banner.setId("pj-timer-banner");
        banner.setOnMouseClicked(e -> banner.setVisible(false));
        layers.getChildren().addAll(content, banner, toast);
        timer.setOnEnd(() -> banner.setVisible(true));
        timer.stateProperty().addListener((o, was, now) -> {
            if (now != de.werkbank.workshop.TimeBox.State.ENDED) {
                banner.setVisible(false);
            }
        });
        model.setErrorHandler(this::showMessage);

        setTop(bar);
        setCenter(layers);
        getStyleClass().add("projector");
        setId("presentation");
        modes.selectToggle(boardMode);
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                modes.selectToggle(was);
            } else {
                show((Mode) now.getUserData());
            }
        });
        show(Mode.BOARD);
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** What happens on Esc or F11 (with nothing open on top), or the leave button. */
    public void setOnLeave(Runnable action) {
        onLeave = action;
    }

    /** How the view asks a yes/no question (tests answer here instead of a dialog). */
    public void setConfirmation(Predicate<String> ask) {
        confirm = ask;
    }

    public WorkshopModel model() {
        return model;
    }

    public VotingModel voting() {
        return voting;
    }

    public TimerModel timer() {
        return timer;
    }

    /** Shows a mode and puts the keyboard focus into it. */
    public void show(Mode mode) {
        Node view = switch (mode) {
            case BOARD -> board;
            case VOTE -> votes;
            case MATRIX -> matrix;
        };
        modes.getToggles().stream().filter(t -> t.getUserData() == mode).findFirst().ifPresent(modes::selectToggle);
        if (!content.getChildren().contains(view)) {
            closeCard();
            content.getChildren().setAll(view);
        }
        focusContent();
        focusAfterLayout();
    }

    /**
     * Focuses the mode's first item again after the next layout: nodes just added cannot take the
     * focus before it, and the scene hands it to its first control when its owner left with the old view.
     */
    private void focusAfterLayout() {
        if (getScene() == null) {
            return;
        }
        var scene = getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            focusContent();
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    public Mode mode() {
        return (Mode) modes.getSelectedToggle().getUserData();
    }

    /** Puts the keyboard focus on the first card (or item) of the mode shown. */
    public void focusContent() {
        switch (mode()) {
            case BOARD -> board.focusFirst();
            case VOTE -> votes.focusList();
            case MATRIX -> matrix.focusFirst();
        }
    }

    private ToggleButton modeButton(Mode mode, String key) {
        var b = new ToggleButton(Messages.tr(key));
        b.setUserData(mode);
        b.setToggleGroup(modes);
        b.setFocusTraversable(false);
        b.setId("pj-mode-" + mode.name().toLowerCase(java.util.Locale.ROOT));
        b.setTooltip(new Tooltip(Messages.tr("ui.workshop.mode.tooltip", mode.ordinal() + 1)));
        return b;
    }

    private void newRound() {
        new VoteRoundDialog(getScene().getWindow(), model, voting).showAndWait()
                .filter(Boolean::booleanValue).ifPresent(ok -> focusAfterLayout());
    }

    /** Shows one card large over the board. */
    public void showCard(UUID card) {
        model.card(card).ifPresent(c -> {
            closeCard();
            spotlight = new CardSpotlight(model, c, this::closeCard);
            layers.getChildren().add(1, spotlight);
        });
    }

    /** The card shown large, or {@code null}. */
    public UUID shownCard() {
        return spotlight == null ? null : spotlight.card();
    }

    private void closeCard() {
        if (spotlight != null) {
            UUID card = spotlight.card();
            layers.getChildren().remove(spotlight);
            spotlight = null;
            if (mode() == Mode.BOARD) {
                board.lookupAll("#pj-card-" + card).stream().findFirst().ifPresent(Node::requestFocus);
            }
        }
    }

    private void showMessage(String text) {
        toast.setText(text);
        toast.setVisible(true);
        toastTimeout.playFromStart();
    }

    private void keyPressed(KeyEvent e) {
        if (mode() == Mode.VOTE) {
            votes.shortcut(e);
            if (e.isConsumed()) {
                return;
            }
        }
        if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F11) {
            if (spotlight != null && e.getCode() == KeyCode.ESCAPE) {
                closeCard();
            } else if (banner.isVisible() && e.getCode() == KeyCode.ESCAPE) {
                banner.setVisible(false);
            } else {
                onLeave.run();
            }
        } else if (e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.PAGE_DOWN) {
            model.stepLane(e.getCode() == KeyCode.PAGE_UP ? -1 : 1);
            focusContent();
        } else if (RESET_TIMER.match(e)) {
            timer.reset();
        } else if (START_PAUSE.match(e)) {
            timer.startOrPause();
        } else if (EXTEND.match(e)) {
            timer.extendByAMinute();
        } else if (e.isShortcutDown() && !e.isShiftDown() && modeOf(e.getCode()) != null) {
            show(modeOf(e.getCode()));
        } else if (spotlight != null && e.getCode() == KeyCode.ENTER) {
            closeCard();
        } else {
            return;
        }
        e.consume();
    }

    private static Mode modeOf(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> Mode.BOARD;
            case DIGIT2, NUMPAD2 -> Mode.VOTE;
            case DIGIT3, NUMPAD3 -> Mode.MATRIX;
            default -> null;
        };
    }

    /** Stops following the plan and the clock. */
    public void close() {
        timer.stop();
        model.close();
    }
}
