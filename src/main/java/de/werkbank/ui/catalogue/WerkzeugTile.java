package de.werkbank.ui.catalogue;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import de.werkbank.ui.board.BoardDrag;
import de.werkbank.ui.theme.FieldColours;
import de.werkbank.ui.theme.KindBadge;
import de.werkbank.ui.virtual.VirtualList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A compact tile for one tool: field colour, title, id, blue/green marker. Drag it onto the plan. */
final class WerkzeugTile implements VirtualList.Row<Werkzeug> {

    /** The height of a tile row, the gap to the next included. */
    static final double HEIGHT = 72;

    private static final PseudoClass RETIRED = PseudoClass.getPseudoClass("retired");

    private final HBox row;
    private final Region colourBar = new Region();
    private final Label code = new Label();
    private final Label title = new Label();
    private final KindBadge badge = new KindBadge();
    private final CatalogueViewModel model;
    private Tooltip tooltip;
    private Werkzeug tool;

    WerkzeugTile(CatalogueViewModel model, BoardDrag drag) {
        this.model = model;
        var meta = new HBox(6, code, badge);
        var text = new VBox(2, title, meta);
        row = new HBox(8, colourBar, text);

        row.getStyleClass().add("werkzeug-tile");
        colourBar.getStyleClass().add("field-bar");
        code.getStyleClass().add("tool-code");
        title.getStyleClass().add("tool-title");
        title.setWrapText(true);
        title.setMinHeight(0);
        title.setMaxHeight(Double.MAX_VALUE);
        title.setAlignment(Pos.TOP_LEFT);
        VBox.setVgrow(title, Priority.ALWAYS);
        meta.setAlignment(Pos.CENTER_LEFT);
        meta.setMinHeight(Region.USE_PREF_SIZE);
        code.setMinWidth(Region.USE_PREF_SIZE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);

        // a retired tool stays in the plan where cards use it, but is not taken into the plan again
        drag.makeDraggable(row, () -> tool == null || tool.retired() ? null : new BoardDrag.Tool(tool));
        row.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> installTooltip());
    }

    @Override
    public Region node() {
        return row;
    }

    @Override
    public void show(Werkzeug item, int index) {
        if (item.equals(tool)) {
            return;
        }
        tool = item;
        String colour = model.handlungsfeldOf(item).map(Handlungsfeld::colour).orElse("#888888");
        colourBar.setBackground(FieldColours.bar(colour));
        code.setText(item.code());
        title.setText(item.title());
        badge.show(item.kind());
        row.pseudoClassStateChanged(RETIRED, item.retired());
        row.setAccessibleText(item.code() + " " + item.title() + ", " + badge.getText()
                + (item.retired() ? ", " + Messages.tr("ui.werkzeug.retired") : ""));
        if (tooltip != null) {
            tooltip.setText(describe());
        }
    }

    /** Tooltips are made when first needed: a hundred of them would slow the start. */
    private void installTooltip() {
        if (tooltip == null && tool != null) {
            tooltip = new Tooltip(describe());
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
            Tooltip.install(row, tooltip);
        }
    }

    private String describe() {
        return tool.title() + "\n\n" + tool.description();
    }
}
