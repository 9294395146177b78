package de.werkbank.ui.workshop;

import de.werkbank.i18n.Messages;
import de.werkbank.ui.theme.FieldColours;
import de.werkbank.workshop.VoteRound;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Dot voting on the projector. The facilitator counts raised hands: the keys 1–9 give the focused
 * item that many votes, − takes one back (or the + and − beside each item). Votes go to the room,
 * or to the participant named above the list. Ctrl+N sets up a round, Ctrl+R reveals or hides the
 * result (ranked once revealed), Ctrl+Shift+Backspace resets the round.
 */
final class VotePanel extends BorderPane {

    private static final PseudoClass HIDDEN = PseudoClass.getPseudoClass("hidden-result");
    private static final KeyCombination NEW_ROUND = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REVEAL = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination RESET = new KeyCodeCombination(KeyCode.BACK_SPACE, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final VotingModel voting;
    private final WorkshopModel model;
    private final VBox list = new VBox();
    private final List<VoteRow> rowViews = new ArrayList<>();
    private final Button reveal = new Button();
    private final Runnable newRound;
    private final java.util.function.Predicate<String> confirm;
    private final Button create;

    VotePanel(WorkshopModel model, VotingModel voting, Consumer<VotePanel> newRound, java.util.function.Predicate<String> confirm) {
        this.model = model;
        this.voting = voting;
        var rounds = new ComboBox<VoteRound>(voting.rounds());
        rounds.setButtonCell(new RoundCell());
        rounds.setCellFactory(v -> new RoundCell());
        rounds.setValue(voting.roundProperty().get());
        voting.roundProperty().addListener((o, was, now) -> rounds.setValue(now));
        rounds.setOnAction(e -> {
            if (rounds.getValue() != null && rounds.getValue() != voting.roundProperty().get()) {
                voting.roundProperty().set(rounds.getValue());
            }
        });
        rounds.setId("vote-rounds");
        rounds.setPromptText(Messages.tr("ui.vote.none"));
        // the whole of the round's title (or of the hint without one) on hover, for a narrow panel
        var roundTip = new javafx.scene.control.Tooltip();
        roundTip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> rounds.getValue() == null
                ? rounds.getPromptText() : rounds.getValue().title(), rounds.valueProperty()));
        rounds.setTooltip(roundTip);
        var create = new Button(Messages.tr("ui.vote.new"));
        create.setId("vote-new");
        create.setOnAction(e -> newRound.accept(this));
        reveal.setId("vote-reveal");
        reveal.getStyleClass().add("pj-accent-button");
        reveal.setOnAction(e -> voting.toggleReveal());
        var reset = new Button(Messages.tr("ui.vote.reset"));
        reset.setId("vote-reset");
        reset.setOnAction(e -> resetAsked(confirm));
        var who = new ComboBox<String>();
        who.setEditable(true);
        who.setPromptText(Messages.tr("ui.vote.room"));
        who.setId("vote-participant");
        who.setTooltip(new Tooltip(Messages.tr("ui.vote.participant.tooltip")));
        who.valueProperty().addListener((o, was, now) -> voting.participantProperty().set(now == null ? "" : now.strip()));
        who.setOnShowing(e -> who.getItems().setAll(voting.participants()));
        var whoLabel = new Label(Messages.tr("ui.vote.participant"));
        whoLabel.setLabelFor(who);
        var status = new Label();
        status.getStyleClass().add("pj-vote-status");
        status.textProperty().bind(voting.statusProperty());
        status.setId("vote-status");
        rounds.setPrefWidth(330);
        for (Region r : List.of(create, reveal, reset, whoLabel, status)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        var bar = new FlowPane(10, 8, rounds, create, reveal, reset, whoLabel, who);
        bar.getStyleClass().add("pj-toolbar");
        var hint = new Label(Messages.tr("ui.vote.keys"));
        hint.getStyleClass().add("pj-card-meta");
        hint.setWrapText(true);
        var statusLine = new HBox(16, status, hint);
        statusLine.getStyleClass().add("pj-toolbar");
        HBox.setHgrow(hint, Priority.ALWAYS);
        var scroller = new ScrollPane(list);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setFocusTraversable(false);
        setTop(new VBox(bar, statusLine));
        setCenter(scroller);
        getStyleClass().add("pj-vote-panel");

        voting.rows().addListener((ListChangeListener<VotingModel.Row>) c -> rebuild());
        voting.roundProperty().addListener((o, was, now) -> rebuild());
        reset.disableProperty().bind(voting.roundProperty().isNull());
        reveal.disableProperty().bind(voting.roundProperty().isNull());
        this.newRound = () -> newRound.accept(this);
        this.confirm = confirm;
        this.create = create;
        rebuild();
    }

    /** The panel's own shortcuts, wherever the focus is in the presentation; consumes what it handles. */
    void shortcut(KeyEvent e) {
        if (NEW_ROUND.match(e)) {
            newRound.run();
        } else if (REVEAL.match(e)) {
            voting.toggleReveal();
        } else if (RESET.match(e)) {
            resetAsked(confirm);
        } else {
            return;
        }
        e.consume();
    }

    private void resetAsked(java.util.function.Predicate<String> confirm) {
        VoteRound r = voting.roundProperty().get();
        if (r != null && confirm.test(Messages.tr("ui.vote.reset.confirm", r.title()))) {
            voting.reset();
        }
    }

    /** Focuses the first item (or the item focused before the list was rebuilt). */
    void focusList() {
        if (!rowViews.isEmpty()) {
            rowViews.get(0).requestFocus();
        } else {
            create.requestFocus();
        }
    }

    private void rebuild() {
        // the scene's focus owner, not isFocused(): that stays false while the window itself has no focus
        javafx.scene.Node owner = getScene() == null ? null : getScene().getFocusOwner();
        UUID focused = rowViews.stream().filter(r -> r == owner).map(r -> r.item).findFirst().orElse(null);
        boolean shown = voting.revealed();
        reveal.setText(Messages.tr(shown ? "ui.vote.hide" : "ui.vote.reveal"));
        int max = voting.rows().stream().mapToInt(VotingModel.Row::votes).max().orElse(0);
        rowViews.clear();
        for (VotingModel.Row row : voting.rows()) {
            rowViews.add(new VoteRow(row, shown, max));
        }
        list.getChildren().setAll(rowViews);
        if (focused != null) {
            rowViews.stream().filter(r -> r.item.equals(focused)).findFirst().ifPresent(VoteRow::requestFocus);
        }
    }

    /** One item: rank, field colour, title, the votes as a bar and a number (hidden until revealed). */
    private final class VoteRow extends HBox {

        private final UUID item;

        VoteRow(VotingModel.Row row, boolean shown, int max) {
            this.item = row.item();
            var rank = new Label(shown ? row.rank() + "." : "");
            rank.getStyleClass().add("pj-vote-rank");
            var colour = new Region();
            colour.getStyleClass().add("field-bar");
            colour.setMinHeight(36);
            model.field(row.handlungsfeld()).ifPresent(f -> colour.setBackground(FieldColours.bar(f.colour())));
            var title = new Label(row.title());
            title.getStyleClass().add("pj-vote-title");
            title.setWrapText(true);
            title.setMinWidth(0);
            title.setPrefWidth(480);
            HBox.setHgrow(title, Priority.SOMETIMES);
            var barBox = new StackPane();
            barBox.setAlignment(Pos.CENTER_LEFT);
            barBox.setMinWidth(0);
            barBox.setPrefWidth(300);
            HBox.setHgrow(barBox, Priority.ALWAYS);
            if (shown && max > 0 && row.votes() > 0) {
                var bar = new Region();
                bar.getStyleClass().add("pj-vote-bar");
                bar.maxWidthProperty().bind(barBox.widthProperty().multiply(row.votes() / (double) max));
                barBox.getChildren().add(bar);
            }
            var count = new Label(shown ? String.valueOf(row.votes()) : "?");
            count.getStyleClass().add("pj-vote-count");
            count.pseudoClassStateChanged(HIDDEN, !shown);
            count.setId("vote-count-" + row.item());
            var more = small("+", () -> voting.vote(item, 1));
            var fewer = small("−", () -> voting.vote(item, -1));
            getChildren().addAll(rank, colour, title, barBox, count, fewer, more);
            getStyleClass().add("pj-vote-row");
            setFocusTraversable(true);
            setId("vote-row-" + row.item());
            setAccessibleText(row.title() + (shown ? ": " + row.votes() : ""));
            setOnMouseClicked(e -> requestFocus());
            setOnKeyPressed(this::keyPressed);
        }

        private Button small(String text, Runnable action) {
            var b = new Button(text);
            b.setFocusTraversable(false);
            b.setOnAction(e -> {
                action.run();
                requestFocus();
            });
            return b;
        }

        private void keyPressed(KeyEvent e) {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            int digit = switch (e.getCode()) {
                case DIGIT1, NUMPAD1 -> 1;
                case DIGIT2, NUMPAD2 -> 2;
                case DIGIT3, NUMPAD3 -> 3;
                case DIGIT4, NUMPAD4 -> 4;
                case DIGIT5, NUMPAD5 -> 5;
                case DIGIT6, NUMPAD6 -> 6;
                case DIGIT7, NUMPAD7 -> 7;
                case DIGIT8, NUMPAD8 -> 8;
                case DIGIT9, NUMPAD9 -> 9;
                case PLUS, ADD -> 1;
                case MINUS, SUBTRACT, BACK_SPACE, DELETE -> -1;
                default -> 0;
            };
            if (digit != 0) {
                voting.vote(item, digit);
                e.consume();
                return;
            }
            int index = rowViews.indexOf(this);
            if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.KP_DOWN) && index + 1 < rowViews.size()) {
                rowViews.get(index + 1).requestFocus();
                e.consume();
            } else if ((e.getCode() == KeyCode.UP || e.getCode() == KeyCode.KP_UP) && index > 0) {
                rowViews.get(index - 1).requestFocus();
                e.consume();
            }
        }
    }

    private static final class RoundCell extends ListCell<VoteRound> {
        @Override
        protected void updateItem(VoteRound item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title());
            setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.title()));
        }
    }
}
