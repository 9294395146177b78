package de.werkbank.ui.shell;

import de.werkbank.i18n.Messages;
import de.werkbank.ui.board.ArchiveDialog;
import de.werkbank.ui.board.BoardViewModel;
import de.werkbank.ui.board.DueStepsDialog;
import de.werkbank.ui.board.HistoryDialog;
import de.werkbank.session.Session;
import de.werkbank.ui.review.ReviewWindow;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The menus about the Werkstattplan: „Bearbeiten“ (undo, redo, history, archive) and „Ansicht“ (the
 * tab, swimlanes, due steps, presentation mode).
 */
final class PlanMenus {

    private final Stage stage;
    private final BoardViewModel board;

    private final Supplier<Session> session;
    private final Consumer<String> errors;

    PlanMenus(Stage stage, BoardViewModel board, Supplier<Session> session, Consumer<String> errors) {
        this.stage = stage;
        this.board = board;
        this.session = session;
        this.errors = errors;
    }

    Menu edit() {
        var undo = new MenuItem();
        undo.textProperty().bind(board.undoState().undoTextProperty());
        undo.disableProperty().bind(board.undoState().canUndoProperty().not());
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(e -> board.undo());
        var redo = new MenuItem();
        redo.textProperty().bind(board.undoState().redoTextProperty());
        redo.disableProperty().bind(board.undoState().canRedoProperty().not());
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Y"));
        redo.setOnAction(e -> board.redo());
        stage.getScene().getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), board::redo);
        var archive = new MenuItem(Messages.tr("ui.menu.edit.archive"));
        archive.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+A"));
        archive.setOnAction(e -> new ArchiveDialog(stage, board).showAndWait().ifPresent(board::restore));
        var history = new MenuItem(Messages.tr("ui.menu.edit.history"));
        history.setAccelerator(KeyCombination.keyCombination("Shortcut+H"));
        history.setOnAction(e -> new HistoryDialog(stage, board).showAndWait());
        return new Menu(Messages.tr("ui.menu.edit"), null, undo, redo, new SeparatorMenuItem(), history, archive);
    }

    /**
     * @param showTab selects the main window's tab (0: Werkstattplan, 1: Datencheck, 2: Strategie)
     * @param present starts presentation mode
     */
    Menu view(IntConsumer showTab, Runnable present) {
        var lanes = new CheckMenuItem(Messages.tr("ui.menu.view.lanes"));
        lanes.setSelected(board.swimlanesProperty().get());
        board.swimlanesProperty().addListener((o, was, on) -> lanes.setSelected(on));
        lanes.setOnAction(e -> {
            lanes.setSelected(board.swimlanesProperty().get());
            board.toggleSwimlanes();
        });
        lanes.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        var presentItem = new MenuItem(Messages.tr("ui.workshop.present.menu"));
        presentItem.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        presentItem.setOnAction(e -> present.run());
        var dueSteps = new MenuItem(Messages.tr("ui.menu.view.due"));
        dueSteps.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+F"));
        dueSteps.setOnAction(e -> new DueStepsDialog(stage, board, board::openSheet).showAndWait());
        var showPlan = new MenuItem(Messages.tr("ui.menu.view.plan"));
        showPlan.setAccelerator(KeyCombination.keyCombination("Shortcut+1"));
        showPlan.setOnAction(e -> showTab.accept(0));
        var showDatencheck = new MenuItem(Messages.tr("ui.menu.view.datencheck"));
        showDatencheck.setAccelerator(KeyCombination.keyCombination("Shortcut+2"));
        showDatencheck.setOnAction(e -> showTab.accept(1));
        var showTimeline = new MenuItem(Messages.tr("ui.menu.view.timeline"));
        showTimeline.setAccelerator(KeyCombination.keyCombination("Shortcut+3"));
        showTimeline.setOnAction(e -> showTab.accept(2));
        var reviewItem = new MenuItem(Messages.tr("ui.menu.view.review"));
        reviewItem.setId("menu-review");
        reviewItem.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
        // the open review, or a new one dated today ("Bilanz ziehen…")
        reviewItem.setOnAction(e -> ReviewWindow.open(stage, session.get(), errors));
        return new Menu(Messages.tr("ui.menu.view"), null, showPlan, showDatencheck, showTimeline,
                new SeparatorMenuItem(), lanes, dueSteps, reviewItem, new SeparatorMenuItem(), presentItem);
    }

    /** The button beside the board's title that starts presentation mode, as Ansicht → Präsentieren does. */
    static javafx.scene.control.Button presentButton(Runnable present) {
        var button = new javafx.scene.control.Button(Messages.tr("ui.workshop.present"));
        button.setId("board-present");
        button.setTooltip(new javafx.scene.control.Tooltip(Messages.tr("ui.workshop.present.tooltip")));
        button.setFocusTraversable(false);
        button.setOnAction(e -> present.run());
        return button;
    }
}
