package de.werkbank.ui.workshop;

import de.werkbank.i18n.Messages;
import de.werkbank.workshop.TimeBox;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The timer's controls in the presentation's bar: the countdown, start/pause (Ctrl+T), one minute
 * more (Ctrl+E), reset (Ctrl+Shift+T), the length in minutes, and whether the end also sounds.
 */
final class TimerBar extends HBox {

    private static final PseudoClass ENDED = PseudoClass.getPseudoClass("ended");

    TimerBar(TimerModel timer) {
        super(6);
        var countdown = new Label();
        countdown.getStyleClass().add("pj-timer");
        countdown.setId("timer-countdown");
        countdown.textProperty().bind(timer.textProperty());
        var startPause = new Button();
        startPause.setId("timer-start");
        startPause.setOnAction(e -> timer.startOrPause());
        startPause.setTooltip(new Tooltip(Messages.tr("ui.timer.start.tooltip")));
        var extend = new Button(Messages.tr("ui.timer.extend"));
        extend.setId("timer-extend");
        extend.setOnAction(e -> timer.extendByAMinute());
        extend.setTooltip(new Tooltip(Messages.tr("ui.timer.extend.tooltip")));
        var minutes = new Spinner<Integer>(1, 180, timer.minutesProperty().get());
        minutes.setEditable(true);
        minutes.setPrefWidth(90);
        minutes.setId("timer-minutes");
        minutes.setTooltip(new Tooltip(Messages.tr("ui.timer.minutes.tooltip")));
        minutes.valueProperty().addListener((o, was, now) -> {
            timer.minutesProperty().set(now);
            if (timer.stateProperty().get() == TimeBox.State.READY) {
                timer.reset();
            }
        });
        var sound = new ToggleButton(Messages.tr("ui.timer.sound"));
        sound.setId("timer-sound");
        sound.selectedProperty().bindBidirectional(timer.soundProperty());
        sound.setTooltip(new Tooltip(Messages.tr("ui.timer.sound.tooltip")));
        getChildren().addAll(countdown, startPause, extend, minutes, sound);
        timer.stateProperty().addListener((o, was, state) -> {
            startPause.setText(Messages.tr(state == TimeBox.State.RUNNING ? "ui.timer.pause" : "ui.timer.start"));
            countdown.pseudoClassStateChanged(ENDED, state == TimeBox.State.ENDED);
        });
        startPause.setText(Messages.tr("ui.timer.start"));
        getStyleClass().add("pj-timer-bar");
    }
}
