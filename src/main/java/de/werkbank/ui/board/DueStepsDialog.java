package de.werkbank.ui.board;

import de.werkbank.i18n.Messages;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Fällige Schritte": all open steps across the plan's measures by due date, overdue ones marked;
 * optionally only the user's own. Enter or a double click opens the step's Werkzeugblatt.
 */
public final class DueStepsDialog extends Dialog<Void> {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    public DueStepsDialog(Window owner, BoardViewModel board, Consumer<CardItem> open) {
        var table = new TableView<DueStep>();
        var mine = new CheckBox(Messages.tr("ui.due.mine"));
        var due = new TableColumn<DueStep, String>(Messages.tr("ui.due.when"));
        var step = new TableColumn<DueStep, String>(Messages.tr("ui.due.step"));
        var measure = new TableColumn<DueStep, String>(Messages.tr("ui.due.measure"));
        var who = new TableColumn<DueStep, String>(Messages.tr("ui.due.who"));
        var status = new TableColumn<DueStep, String>(Messages.tr("ui.due.status"));

        initOwner(owner);
        setTitle(Messages.tr("ui.due.title"));
        setResizable(true);
        table.setId("due-steps");
        table.setPlaceholder(new Label(Messages.tr("ui.due.empty")));
        table.setPrefSize(900, 440);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        due.setPrefWidth(200);
        step.setPrefWidth(280);
        measure.setPrefWidth(220);
        who.setPrefWidth(160);
        due.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().step().due() == null ? ""
                : Messages.get().date(c.getValue().step().due())
                + (c.getValue().overdue() ? " — " + Messages.tr("ui.card.overdue") : "")));
        step.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().step().text()));
        measure.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().card().card().title()));
        who.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().who()));
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Messages.tr(c.getValue().step().status().messageKey())));
        table.getColumns().setAll(List.of(due, step, measure, who, status));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DueStep item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && item.overdue());
            }
        });
        Runnable fill = () -> table.getItems().setAll(board.dueSteps(mine.isSelected()));
        mine.selectedProperty().addListener(o -> fill.run());
        fill.run();
        Runnable openSelected = () -> {
            var selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                open.accept(selected.card());
                close();
            }
        };
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected.run();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected.run();
                e.consume();
            }
        });
        getDialogPane().setContent(new VBox(8, mine, table));
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        getDialogPane().setPrefWidth(960);
        // the keyboard starts on the list (Enter opens a step), not on „Schließen“
        setOnShown(e -> {
            if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().select(0);
                table.getFocusModel().focus(0);
            }
            table.requestFocus();
        });
    }
}
