package de.werkbank.ui.timeline;

import de.werkbank.i18n.Messages;
import de.werkbank.session.Session;
import de.werkbank.ui.board.BoardViewModel;
import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;

/**
 * The main window's "Strategie" tab. Its view is built, and the plan's sheets read, when it is first
 * shown (the window's start does not wait for it); it then follows the plan and the board's filter.
 */
public final class TimelineTab {

    private final Tab tab = new Tab(Messages.tr("ui.timeline.tab"));
    private final TimelineViewModel model;
    private TimelineView view;
    private Session session;
    private Runnable startReview;

    public TimelineTab(BoardViewModel board, Clock clock) {
        model = new TimelineViewModel(board, clock);
        tab.setClosable(false);
        tab.setId("timeline-tab");
        tab.setOnSelectionChanged(e -> {
            if (!tab.isSelected()) {
                return;
            }
            if (view == null) {
                view = new TimelineView(model);
                if (startReview != null) {
                    var review = new Button(Messages.tr("ui.menu.view.review"));
                    review.setId("timeline-review");
                    review.setOnAction(a -> startReview.run());
                    view.addToToolbar(review);
                }
                tab.setContent(view);
                if (session != null) {
                    model.attach(session);
                }
            }
            TimelineView shown = view;
            Platform.runLater(shown::focusChart);
        });
    }

    /** What "Bilanz ziehen…" in the chart's tool bar does (the same as the Ansicht menu's item). */
    public void onReview(Runnable action) {
        startReview = action;
    }

    public Tab tab() {
        return tab;
    }

    public TimelineViewModel model() {
        return model;
    }

    /** Follows another session's plan (read at once if the tab was shown before). */
    public void show(Session newSession) {
        session = newSession;
        if (view != null) {
            model.attach(newSession);
        }
    }

    /** Reads the plan again (another process changed the store). */
    public void reload() {
        if (view != null) {
            model.reload();
        }
    }

    /** Gives the chart the keyboard when the tab is shown (after a sheet beside it closed). */
    public void focusIfShown() {
        if (view != null && tab.isSelected()) {
            view.focusChart();
        }
    }
}
