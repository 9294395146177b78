package de.werkbank.ui.board;

import de.werkbank.i18n.Messages;
import de.werkbank.plan.HistoryEntry;
import java.time.ZoneId;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/** The plan's history: every change with who made it and when, newest first. */
public final class HistoryDialog extends Dialog<Void> {

    public HistoryDialog(Window owner, BoardViewModel board) {
        var table = new TableView<HistoryEntry>();
        var when = new TableColumn<HistoryEntry, String>(Messages.tr("ui.history.when"));
        var who = new TableColumn<HistoryEntry, String>(Messages.tr("ui.history.who"));
        var what = new TableColumn<HistoryEntry, String>(Messages.tr("ui.history.what"));
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Messages.get().locale()).withZone(ZoneId.systemDefault());

        initOwner(owner);
        setTitle(Messages.tr("ui.history.title"));
        setResizable(true);
        table.setId("history-table");
        table.setPlaceholder(new Label(Messages.tr("ui.history.empty")));
        table.setPrefSize(760, 420);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        when.setPrefWidth(200);
        who.setPrefWidth(110);
        when.setCellValueFactory(c -> new ReadOnlyStringWrapper(format.format(c.getValue().at())));
        who.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().who()));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().description()));
        table.getColumns().setAll(List.of(when, who, what));
        table.getItems().setAll(board.history());
        getDialogPane().setContent(table);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    }
}
