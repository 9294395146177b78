package de.werkbank.ui.sheet;

import de.werkbank.i18n.Messages;
import de.werkbank.sheet.IndicatorProgress;
import de.werkbank.sheet.IndicatorProgress.Verdict;
import de.werkbank.sheet.Indicator;
import java.math.BigDecimal;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * An indicator's way from baseline to target as a small bar, with "auf Kurs" / "hinter Plan" (or why
 * it is not judged) and a tooltip saying how it is judged.
 */
final class IndicatorProgressLine extends HBox {

    private static final PseudoClass BEHIND = PseudoClass.getPseudoClass("behind");
    private static final PseudoClass ON_TRACK = PseudoClass.getPseudoClass("on-track");

    private final ProgressBar bar = new ProgressBar(0);
    private final Label verdict = new Label();
    private final Label reached = new Label();
    private final Tooltip tooltip = new Tooltip();

    IndicatorProgressLine() {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("indicator-progress");
        bar.getStyleClass().add("indicator-bar");
        bar.setPrefWidth(120);
        bar.setPrefHeight(10);
        verdict.getStyleClass().add("indicator-verdict");
        verdict.setId("indicator-verdict");
        reached.getStyleClass().add("indicator-reached");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setShowDuration(Duration.seconds(30));
        Tooltip.install(this, tooltip);
        getChildren().addAll(bar, verdict, reached);
    }

    void show(Indicator indicator, IndicatorProgress p) {
        bar.setProgress(p.bar());
        verdict.setText(Messages.tr(switch (p.verdict()) {
            case ON_TRACK -> "ui.indicator.onTrack";
            case BEHIND -> "ui.indicator.behind";
            case NOT_JUDGED -> "ui.indicator.notJudged";
        }));
        pseudoClassStateChanged(BEHIND, p.verdict() == Verdict.BEHIND);
        pseudoClassStateChanged(ON_TRACK, p.verdict() == Verdict.ON_TRACK);
        reached.setText(Double.isNaN(p.reached()) ? "" : Messages.tr("ui.indicator.reached", percent(p.reached())));
        String how = Messages.tr("ui.indicator.howJudged");
        tooltip.setText(p.verdict() == Verdict.NOT_JUDGED ? how + "\n\n" + Messages.tr(p.reason())
                : how + "\n\n" + Messages.tr("ui.indicator.judged", number(indicator.baseline()), p.baselineDate(),
                        number(indicator.target()), indicator.targetDate() == null ? "–" : indicator.targetDate(),
                        number(p.latest().value()),
                        p.latest().date(), percent(p.expected()), percent(p.reached())));
    }

    /** The text the tooltip shows (for tests). */
    String explanation() {
        return tooltip.getText();
    }

    private static String percent(double share) {
        return String.valueOf(Math.round(share * 100));
    }

    private static String number(BigDecimal value) {
        return value == null ? "–" : SheetViewModel.formatNumber(value);
    }
}
