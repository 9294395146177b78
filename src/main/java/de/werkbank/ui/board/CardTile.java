package de.werkbank.ui.board;

import de.werkbank.i18n.Messages;
import de.werkbank.sheet.Progress;
import de.werkbank.ui.theme.FieldColours;
import de.werkbank.ui.theme.KindBadge;
import de.werkbank.ui.theme.HyphenatedTitle;
import de.werkbank.ui.virtual.VirtualList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * A card on the board: field colour, title (two lines at most, a long compound hyphenated at its joints), tool id, lead office, blue/green, and
 * the progress of its Werkzeugblatt: a small bar with "done / all", the next due date, and a mark
 * when a step is overdue or blocked; a mark beside the tool id when the tool was retired from the
 * catalogue. A double click opens the sheet.
 */
final class CardTile implements VirtualList.Row<BoardRow> {

    /** The height of a card row on the board, the gap to the next card included. */
    static final double HEIGHT = 100;

    private static final double BAR_WIDTH = 44;
    private static final Text MEASURE = new Text();
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass BLOCKED = PseudoClass.getPseudoClass("blocked");

    private final StackPane row = new StackPane();
    private final Region colourBar = new Region();
    private final Label title = new Label();
    private final HyphenatedTitle titleLines = new HyphenatedTitle(title);
    private final Label code = new Label();
    private final Label office = new Label();
    private final KindBadge badge = new KindBadge();
    private final FontIcon retiredIcon = new FontIcon(MaterialDesignA.ARCHIVE_OUTLINE);
    private final Region barFill = new Region();
    private final StackPane bar = new StackPane(barFill);
    private final Label count = new Label();
    private final Label due = new Label();
    private final FontIcon overdueIcon = new FontIcon(MaterialDesignC.CLOCK_ALERT_OUTLINE);
    private final FontIcon blockedIcon = new FontIcon(MaterialDesignB.BLOCK_HELPER);
    private final HBox progressLine = new HBox(6, bar, count, overdueIcon, blockedIcon, due);
    private final UnaryOperator<String> shortOffice;
    private String officeName = "";
    private String dueText = "";
    private String dueShort = "";
    private String dueShortest = "";
    private Tooltip tooltip;
    private CardItem item;

    CardTile(BoardDrag drag, Consumer<CardItem> open, UnaryOperator<String> shortOffice) {
        this.shortOffice = shortOffice;
        var meta = new HBox(6, code, retiredIcon, office, badge);
        var text = new VBox(3, title, meta, progressLine);
        var card = new HBox(8, colourBar, text);

        row.getStyleClass().add("card-row");
        card.getStyleClass().add("card");
        colourBar.getStyleClass().add("field-bar");
        title.getStyleClass().add("card-title");
        code.getStyleClass().add("tool-code");
        office.getStyleClass().add("card-office");
        bar.getStyleClass().add("progress-track");
        barFill.getStyleClass().add("progress-fill");
        count.getStyleClass().add("card-progress");
        due.getStyleClass().add("card-due");
        overdueIcon.getStyleClass().add("card-mark");
        blockedIcon.getStyleClass().add("card-mark");
        retiredIcon.getStyleClass().add("retired-mark");
        title.setMinHeight(0);
        title.setTextOverrun(javafx.scene.control.OverrunStyle.WORD_ELLIPSIS);
        title.setAlignment(Pos.TOP_LEFT);
        VBox.setVgrow(title, Priority.ALWAYS);
        title.setMaxHeight(Double.MAX_VALUE);
        code.setMinWidth(Region.USE_PREF_SIZE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        office.setMinWidth(0);
        office.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(office, Priority.ALWAYS);
        HBox.setHgrow(text, Priority.ALWAYS);
        meta.setAlignment(Pos.CENTER_LEFT);
        meta.setMinHeight(Region.USE_PREF_SIZE);
        bar.setMinSize(BAR_WIDTH, 6);
        bar.setMaxSize(BAR_WIDTH, 6);
        StackPane.setAlignment(barFill, Pos.CENTER_LEFT);
        barFill.setMaxWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        due.setMinWidth(0);
        text.setMinWidth(0);
        meta.setMinWidth(0);
        progressLine.setMinWidth(0);
        progressLine.setAlignment(Pos.CENTER_LEFT);
        progressLine.setMinHeight(Region.USE_PREF_SIZE);
        row.getChildren().add(card);
        // the meta lines fit: a short office name, a date without the word; the full text in a tooltip
        office.widthProperty().addListener(o -> fitMeta());
        due.widthProperty().addListener(o -> fitMeta());
        // the due date takes the rest of its line, so its width is the room, whatever it shows
        due.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(due, Priority.ALWAYS);
        // the card's one tooltip carries its whole title (which may be cut after two lines), field, office
        // and next due date, whatever its lines show of them: one tooltip a card, not one for each line
        // (each is a popup window of its own, a seventh of the first frame's work for three a card)
        tooltip = new Tooltip();
        Tooltip.install(row, tooltip);

        drag.makeDraggable(row, () -> item == null ? null : new BoardDrag.CardMove(item));
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && item != null) {
                open.accept(item);
            }
        });
    }

    @Override
    public Region node() {
        return row;
    }

    @Override
    public void show(BoardRow shown, int index) {
        if (shown.equals(item)) {
            return;
        }
        // the list gives card tiles only cards (see ColumnView's row kinds)
        item = (CardItem) shown;
        colourBar.setBackground(FieldColours.bar(item.colour()));
        titleLines.show(item.card().title());
        code.setText(item.code());
        officeName = item.leadOffice();
        badge.show(item.kind());
        retiredIcon.setVisible(item.retired());
        retiredIcon.setManaged(item.retired());
        showProgress(item.progress());
        fitMeta();
        if (tooltip != null) {
            tooltip.setText(tooltipText());
        }
        row.setAccessibleText(Messages.tr("ui.board.card.accessible", item.card().title(), item.fieldName(),
                badge.getText()) + (count.getText().isEmpty() ? "" : ", " + count.getAccessibleText()) + marks());
    }

    private String tooltipText() {
        if (item == null) {
            return "";
        }
        String shortName = shortOffice.apply(officeName);
        String office = officeName.isEmpty() ? "" : "\n" + (shortName.equals(officeName) ? officeName
                : officeName + " (" + shortName + ")");
        return item.card().title() + "\n" + item.fieldName() + office + marks()
                + (dueText.isEmpty() ? "" : "\n" + dueText);
    }

    /** ", überfällig", ", blockiert" as the card's progress says, or nothing. */
    private String marks() {
        if (item == null) {
            return "";
        }
        return (item.retired() ? ", " + Messages.tr("ui.card.retired") : "")
                + (item.progress().overdue() ? ", " + Messages.tr("ui.card.overdue") : "")
                + (item.progress().blocked() ? ", " + Messages.tr("ui.card.blocked") : "");
    }

    private void showProgress(Progress p) {
        boolean steps = p.total() > 0;
        progressLine.setVisible(steps);
        barFill.setPrefWidth(BAR_WIDTH * p.fraction());
        count.setText(steps ? Messages.tr("ui.card.progress", p.done(), p.total()) : "");
        count.setAccessibleText(Messages.tr("ui.card.progress.accessible", p.done(), p.total()));
        dueText = p.nextDue() == null ? "" : Messages.tr("ui.card.nextDue", p.nextDue());
        dueShort = p.nextDue() == null ? "" : Messages.get().date(p.nextDue());
        dueShortest = p.nextDue() == null ? "" : java.time.format.DateTimeFormatter.ofPattern(
                Messages.get().locale().getLanguage().equals("de") ? "d.M." : "MMM d", Messages.get().locale())
                .format(p.nextDue());
        // icons, which fit the narrowest column; the words are in the card's accessible text and tooltip
        overdueIcon.setVisible(p.overdue());
        overdueIcon.setManaged(p.overdue());
        blockedIcon.setVisible(p.blocked());
        blockedIcon.setManaged(p.blocked());
        row.pseudoClassStateChanged(OVERDUE, p.overdue());
        row.pseudoClassStateChanged(BLOCKED, p.blocked());
    }

    /** Shows the office and the due date as long as they fit, shorter when not; the full texts are in the card's tooltip. */
    private void fitMeta() {
        office.setText(fitting(office, officeName, shortOffice.apply(officeName)));
        if (tooltip != null) {
            tooltip.setText(tooltipText());
        }
        // the full text, else the date, else day and month; where none fits, the date (cut, its tooltip whole)
        due.setText(fits(due, dueText) ? dueText : fits(due, dueShort) ? dueShort
                : fits(due, dueShortest) ? dueShortest : dueShort);
    }

    private static boolean fits(Label label, String text) {
        return fitting(label, text, null) == text;
    }

    /** The full text if it fits the label's room, else the short one. */
    private static String fitting(Label label, String full, String shorter) {
        double room = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
        if (room <= 0 || full.isEmpty()) {
            return full;
        }
        MEASURE.setFont(label.getFont());
        MEASURE.setText(full);
        return MEASURE.getLayoutBounds().getWidth() <= room ? full : shorter;
    }
}
