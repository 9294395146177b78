package de.werkbank.ui.board;

import de.werkbank.i18n.Messages;
import de.werkbank.ui.theme.FieldColours;
import de.werkbank.ui.theme.HyphenatedTitle;
import de.werkbank.ui.virtual.VirtualList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The header of a swimlane in a column: the Handlungsfeld's colour and short name (on two lines when
 * the column is narrow; the full title in the tooltip), and how many of the column's cards are in it
 * ("2 von 5" while the filter hides some). An empty lane is just its header: cards dropped on its
 * lower half, or just above the next header, land in it.
 */
final class LaneHeaderTile implements VirtualList.Row<BoardRow> {

    /** The height of a lane header row: room for a name on two lines. */
    static final double HEIGHT = 42;

    private final HBox line = new HBox(5);
    private final Region gapAbove = new Region();
    private final VBox row = new VBox(gapAbove, line);
    private final Region swatch = new Region();
    private final Label name = new Label();
    private final HyphenatedTitle nameLines = new HyphenatedTitle(name);
    private final Label count = new Label();
    private Tooltip tooltip;
    private LaneHeader header;

    /** @param gap the empty room above the header, which lines its lane up with the other columns' */
    LaneHeaderTile(double gap) {
        gapAbove.setMinHeight(gap);
        gapAbove.setPrefHeight(gap);
        gapAbove.setMaxHeight(gap);
        VBox.setVgrow(line, Priority.ALWAYS);
        row.getStyleClass().add("lane-header");
        swatch.getStyleClass().add("lane-swatch");
        name.getStyleClass().add("lane-name");
        count.getStyleClass().add("lane-count");
        name.setMinWidth(0);
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setMaxHeight(Double.MAX_VALUE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(name, Priority.ALWAYS);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getChildren().addAll(swatch, name, count);
        // the tooltip names the lane in full (a narrow column cuts its name); only headers in view exist
        tooltip = new Tooltip();
        Tooltip.install(row, tooltip);
    }

    @Override
    public Region node() {
        return row;
    }

    @Override
    public void show(BoardRow item, int index) {
        if (item.equals(header)) {
            return;
        }
        header = (LaneHeader) item;
        swatch.setBackground(FieldColours.bar(header.field().colour()));
        nameLines.show(header.field().shortName());
        tooltip.setText(header.field().shortName().equals(header.field().title()) ? header.field().title()
                : header.field().shortName() + ": " + header.field().title());
        count.setText(header.shown() == header.total() ? String.valueOf(header.total())
                : Messages.tr("ui.lane.countFiltered", header.shown(), header.total()));
        row.setAccessibleText(Messages.tr("ui.lane.accessible", header.field().shortName(), header.total()));
    }
}
