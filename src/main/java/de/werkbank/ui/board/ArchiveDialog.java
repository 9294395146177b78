package de.werkbank.ui.board;

import de.werkbank.i18n.Messages;
import de.werkbank.plan.Card;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The archive: the cards taken off the board, to be brought back. */
public final class ArchiveDialog extends Dialog<List<Card>> {

    public ArchiveDialog(Window owner, BoardViewModel board) {
        var restore = new ButtonType(Messages.tr("ui.archive.restore"), ButtonBar.ButtonData.OK_DONE);
        var list = new ListView<Card>();
        var hint = new Label(Messages.tr("ui.archive.header"));

        initOwner(owner);
        setTitle(Messages.tr("ui.archive.title"));
        setResizable(true);
        hint.setWrapText(true);
        list.setId("archive-list");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPlaceholder(new Label(Messages.tr("ui.archive.empty")));
        list.setPrefSize(520, 320);
        list.getItems().setAll(board.archivedCards());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Card card, boolean empty) {
                super.updateItem(card, empty);
                setText(empty || card == null ? null : Messages.tr("ui.archive.item", card.title(), board.columnName(card)));
            }
        });
        getDialogPane().setContent(new VBox(10, hint, list));
        getDialogPane().getButtonTypes().setAll(restore, ButtonType.CLOSE);
        getDialogPane().lookupButton(restore).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(button -> button == restore ? List.copyOf(list.getSelectionModel().getSelectedItems()) : List.of());
    }
}
