package de.werkbank.ui.datencheck.importing;

import de.werkbank.datencheck.OfficeTable;
import java.util.List;
import javafx.scene.control.ListCell;

/** A line of the file with its number; the heading line and the table's lines marked. */
final class PreviewCell extends ListCell<String> {

    private final MappingDialog dialog;

    PreviewCell(MappingDialog dialog) {
        this.dialog = dialog;
    }

    @Override
    protected void updateItem(String line, boolean empty) {
        super.updateItem(line, empty);
        getStyleClass().removeAll("preview-heading", "preview-table", "preview-outside");
        if (empty || line == null) {
            setText(null);
            return;
        }
        int number = getIndex() + 1;
        setText(String.format("%4d │ %s", number, line.replace("\t", " ⇥ ")));
        int header = dialog.headerLine();
        int last = dialog.lastLine();
        boolean inTable = number > header && (last > 0 ? number <= last : tableGoesOn(number));
        getStyleClass().add(number == header ? "preview-heading" : inTable ? "preview-table" : "preview-outside");
    }

    /** Without a last line the table runs to the first line without an area key. */
    private boolean tableGoesOn(int number) {
        int area = dialog.areaIndex();
        for (int n = dialog.headerLine() + 1; n <= number; n++) {
            List<String> cells = OfficeTable.cells(dialog.lines().get(n - 1), dialog.separator());
            if (area < 0 || cells.size() < dialog.columnCount() || cells.get(area).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
