package de.werkbank.ui.board;

import de.werkbank.area.Area;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.i18n.Messages;
import de.werkbank.ui.controls.AnyOrOne;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.controlsfx.control.PopOver;

/**
 * The board's filter: text, Handlungsfeld, blue/green, lead office, Kommune, overdue, blocked. Cards
 * that do not match are hidden; the bar is marked while a filter is active, and one button clears it.
 * It stays on one line: each drop-down is as wide as what it shows, and what does not fit folds, from
 * the end, into a „Filter“ button that shows it in a pop-over.
 */
public final class FilterBar extends HBox {

    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final double GAP = 6;

    private final TextField text = new TextField();
    private final Button clear = new Button(Messages.tr("ui.filter.clear"));
    private final Button more = new Button(Messages.tr("ui.filter.more"));
    private final VBox folded = new VBox(GAP);
    private final List<Node> foldable = new ArrayList<>();
    private final Map<Node, Double> widths = new HashMap<>();
    private PopOver popOver;

    public FilterBar(BoardViewModel board) {
        var field = new ComboBox<Handlungsfeld>();
        var kind = new ComboBox<Kind>();
        var office = new ComboBox<String>();
        var area = new ComboBox<Area>();
        var overdue = new ToggleButton(Messages.tr("ui.filter.overdue"));
        var blocked = new ToggleButton(Messages.tr("ui.filter.blocked"));

        getStyleClass().add("filter-bar");
        setSpacing(GAP);
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(0);
        text.setPromptText(Messages.tr("ui.filter.text"));
        text.setId("board-filter-text");
        text.setPrefColumnCount(9);
        field.setId("board-filter-field");
        kind.setId("board-filter-kind");
        office.setId("board-filter-office");
        area.setId("board-filter-area");
        overdue.setId("board-filter-overdue");
        blocked.setId("board-filter-blocked");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setId("board-filter-clear");
        more.setId("board-filter-more");
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.setTooltip(new Tooltip(Messages.tr("ui.filter.more.tooltip")));
        more.setOnAction(e -> showFolded());
        folded.setId("board-filter-folded");
        folded.getStyleClass().add("filter-folded");
        foldable.addAll(List.of(field, kind, office, area, overdue, blocked));
        foldable.forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        text.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(text);
        getChildren().addAll(foldable);
        getChildren().addAll(more, clear);
        // always in the bar, so that its width is known; shown only while filters are folded
        more.setVisible(false);
        more.setManaged(false);
        widthProperty().addListener(o -> refold());

        AnyOrOne.name(field, h -> h == null ? Messages.tr("ui.catalogue.allFields") : h.shortName());
        AnyOrOne.fill(field, board.handlungsfelder());
        board.handlungsfelder().addListener((InvalidationListener) o -> AnyOrOne.fill(field, board.handlungsfelder()));
        AnyOrOne.name(kind, k -> k == null ? Messages.tr("ui.catalogue.allKinds") : Messages.tr("ui.catalogue.kind." + k.name()));
        AnyOrOne.fill(kind, List.of(Kind.values()));
        AnyOrOne.name(office, o -> o == null ? Messages.tr("ui.filter.allOffices") : o);
        AnyOrOne.fill(office, board.filterChoices().leadOffices());
        board.filterChoices().leadOffices().addListener((InvalidationListener) o -> AnyOrOne.fill(office, board.filterChoices().leadOffices()));

        AnyOrOne.name(area, a -> a == null ? Messages.tr("ui.filter.allAreas") : a.name());
        AnyOrOne.fill(area, board.filterChoices().areas());
        board.filterChoices().areas().addListener((InvalidationListener) o -> AnyOrOne.fill(area, board.filterChoices().areas()));

        for (ComboBox<?> box : List.of(field, kind, office, area)) {
            AnyOrOne.listOnOpen(box);
            sizeToShown(box);
        }

        Runnable push = () -> board.filterProperty().set(new CardFilter(text.getText(),
                field.getValue() == null ? null : field.getValue().key(), kind.getValue(), office.getValue(),
                area.getValue() == null ? null : area.getValue().key(), overdue.isSelected(), blocked.isSelected()));
        text.textProperty().addListener(o -> push.run());
        field.valueProperty().addListener(o -> push.run());
        kind.valueProperty().addListener(o -> push.run());
        office.valueProperty().addListener(o -> push.run());
        area.valueProperty().addListener(o -> push.run());
        overdue.selectedProperty().addListener(o -> push.run());
        blocked.selectedProperty().addListener(o -> push.run());
        board.filterProperty().addListener((obs, old, now) -> {
            pseudoClassStateChanged(ACTIVE, now.active());
            if (!now.active()) {
                // only what is not clear yet: the text field may be inside its own undo, which a
                // second change of its text would break
                if (!text.getText().isEmpty()) {
                    text.clear();
                }
                field.setValue(null);
                kind.setValue(null);
                office.setValue(null);
                area.setValue(null);
                overdue.setSelected(false);
                blocked.setSelected(false);
            } else if (area.getValue() == null ? now.area() != null : !area.getValue().key().equals(now.area())) {
                // set from elsewhere (the Datencheck map): show the Kommune it filters by
                area.setValue(board.filterChoices().areas().stream().filter(a -> a.key().equals(now.area())).findFirst().orElse(null));
            }
        });
        clear.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !board.filterProperty().get().active(), board.filterProperty()));
        clear.setOnAction(e -> board.clearFilter());
    }

    /** A drop-down as wide as the entry it shows (the list that opens is as wide as its widest entry). */
    private void sizeToShown(ComboBox<?> box) {
        var measure = new Text();
        Runnable size = () -> {
            var cell = box.getButtonCell();
            measure.setFont(cell.getFont());
            measure.setText(cell.getText() == null ? "" : cell.getText());
            Node arrow = box.lookup(".arrow-button");
            double arrowWidth = arrow == null ? 24 : arrow.prefWidth(-1);
            box.setPrefWidth(Math.ceil(measure.getLayoutBounds().getWidth() + cell.snappedLeftInset()
                    + cell.snappedRightInset() + arrowWidth + box.snappedLeftInset() + box.snappedRightInset()) + 4);
            refold();
        };
        box.skinProperty().addListener(o -> size.run());
        box.valueProperty().addListener(o -> size.run());
        box.getButtonCell().textProperty().addListener(o -> size.run());
        box.getButtonCell().fontProperty().addListener(o -> size.run());
        size.run();
    }

    /** Puts as many filters on the line as fit; the rest wait behind the „Filter“ button. */
    private void refold() {
        double available = getWidth() - snappedLeftInset() - snappedRightInset();
        if (available <= 0 || foldable.isEmpty()) {
            return;
        }
        for (Node n : foldable) {
            if (n.getParent() == this || !widths.containsKey(n)) {
                widths.put(n, n.prefWidth(-1));
            }
        }
        double used = text.prefWidth(-1) + GAP + clear.prefWidth(-1);
        double all = foldable.stream().mapToDouble(n -> widths.get(n) + GAP).sum();
        int fit = foldable.size();
        if (used + all > available) {
            used += more.prefWidth(-1) + GAP;
            fit = 0;
            while (fit < foldable.size() && used + widths.get(foldable.get(fit)) + GAP <= available) {
                used += widths.get(foldable.get(fit)) + GAP;
                fit++;
            }
        }
        List<Node> line = new ArrayList<>();
        line.add(text);
        line.addAll(foldable.subList(0, fit));
        line.add(more);
        line.add(clear);
        more.setVisible(fit < foldable.size());
        more.setManaged(fit < foldable.size());
        if (!line.equals(getChildren())) {
            folded.getChildren().setAll(foldable.subList(fit, foldable.size()));
            getChildren().setAll(line);
        }
        if (fit == foldable.size() && popOver != null) {
            popOver.hide();
        }
    }

    private void showFolded() {
        if (popOver == null) {
            popOver = new PopOver(folded);
            popOver.setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
            popOver.setDetachable(false);
            folded.setPadding(new javafx.geometry.Insets(10));
        }
        if (popOver.isShowing()) {
            popOver.hide();
        } else {
            popOver.show(more);
        }
    }
}
