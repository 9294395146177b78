package de.werkbank.ui.catalogue;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.ui.board.BoardDrag;
import de.werkbank.ui.theme.KindBadge;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import de.werkbank.ui.theme.Wrapping;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A compact tile for one tool: field colour, id, title, blue/green marker. Drag it onto the plan. */
final class WerkzeugCell extends ListCell<Werkzeug> {

    private final CatalogueViewModel model;
    private final Region colourBar = new Region();
    private final Label code = new Label();
    private final Label title = new Label();
    private final KindBadge badge = new KindBadge();
    private final Tooltip tooltip = new Tooltip();
    private final HBox tile;

    WerkzeugCell(ListView<Werkzeug> list, CatalogueViewModel model, BoardDrag drag) {
        this.model = model;
        getStyleClass().add("werkzeug-cell");
        colourBar.getStyleClass().add("field-bar");
        code.getStyleClass().add("tool-code");
        title.getStyleClass().add("tool-title");
        title.setWrapText(true);
        var meta = new HBox(6, code, badge);
        meta.setAlignment(Pos.CENTER_LEFT);
        var text = new VBox(2, title, meta);
        HBox.setHgrow(text, Priority.ALWAYS);
        tile = new HBox(8, colourBar, text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        code.setMinWidth(Region.USE_PREF_SIZE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        setPrefWidth(0);
        tile.setMinWidth(0);
        Wrapping.fitToList(title, list, 44);

        addEventHandler(MouseEvent.DRAG_DETECTED, e -> {
            if (getItem() != null) {
                drag.start(new BoardDrag.Tool(getItem()));
                startFullDrag();
                e.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> drag.clear());
    }

    @Override
    protected void updateItem(Werkzeug tool, boolean empty) {
        super.updateItem(tool, empty);
        if (empty || tool == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        String colour = model.handlungsfeldOf(tool).map(Handlungsfeld::colour).orElse("#888888");
        colourBar.setStyle("-fx-background-color: " + colour + ";");
        code.setText(tool.code());
        title.setText(tool.title());
        badge.show(tool.kind());
        tooltip.setText(tool.title() + "\n\n" + tool.description());
        setTooltip(tooltip);
        setAccessibleText(tool.code() + " " + tool.title() + ", " + badge.getText());
        setGraphic(tile);
    }
}
