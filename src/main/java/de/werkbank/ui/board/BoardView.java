package de.werkbank.ui.board;

import de.werkbank.i18n.Messages;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Werkstattplan as Kanban columns side by side; a store without a plan offers to create one. */
public final class BoardView extends BorderPane {

    private final HBox columnsBox = new HBox(10);

    public BoardView(BoardViewModel model, BoardDrag drag) {
        var heading = new Label(Messages.tr("ui.board.title"));
        var scroller = new ScrollPane(columnsBox);
        var noPlanText = new Label(Messages.tr("ui.board.noPlan"));
        var createPlan = new Button(Messages.tr("ui.board.createPlan"));
        var noPlan = new VBox(12, noPlanText, createPlan);

        getStyleClass().add("board");
        heading.getStyleClass().add("panel-title");
        columnsBox.getStyleClass().add("board-columns");
        columnsBox.setFillHeight(true);
        scroller.setFitToHeight(true);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("board-scroller");
        noPlan.setAlignment(Pos.CENTER);
        createPlan.setDefaultButton(true);
        createPlan.setId("create-plan");
        setTop(heading);
        setCenter(scroller);

        model.columns().addListener((ListChangeListener<ColumnModel>) c -> rebuild(model, drag));
        rebuild(model, drag);
        model.hasPlanProperty().addListener((obs, was, has) -> setCenter(has ? scroller : noPlan));
        setCenter(model.hasPlanProperty().get() ? scroller : noPlan);
        createPlan.setOnAction(e -> model.createPlan());
    }

    private void rebuild(BoardViewModel model, BoardDrag drag) {
        List<ColumnView> views = model.columns().stream().map(c -> new ColumnView(c, model, drag)).toList();
        views.forEach(v -> HBox.setHgrow(v, Priority.ALWAYS));
        columnsBox.getChildren().setAll(views);
    }
}
