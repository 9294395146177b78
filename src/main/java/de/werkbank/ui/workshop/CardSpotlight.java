package de.werkbank.ui.workshop;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.i18n.Messages;
import de.werkbank.plan.Card;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Progress;

import de.werkbank.sheet.Werkzeugblatt;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One card shown large over the board, readable from the back row: title, Handlungsfeld and the
 * summary of its Werkzeugblatt — goal, lead office, time frame, budget, progress and the next open
 * steps. Esc or a click closes it.
 */
final class CardSpotlight extends StackPane {

    private static final int NEXT_STEPS = 3;

    private final UUID card;

    CardSpotlight(WorkshopModel model, Card card, Runnable close) {
        this.card = card.id();
        Werkzeugblatt sheet = model.session().store().sheet(card.id());
        Map<UUID, String> names = model.session().store().actors().stream()
                .collect(Collectors.toMap(Actor::id, Actor::name, (a, b) -> a));
        var title = new Label(card.title());
        title.getStyleClass().add("pj-spotlight-title");
        title.setWrapText(true);
        var field = new Label(model.field(card.handlungsfeld()).map(Handlungsfeld::title).orElse(card.handlungsfeld()));
        field.getStyleClass().add("pj-fact");
        var facts = new GridPane();
        facts.setHgap(18);
        facts.setVgap(8);
        Function<java.time.LocalDate, String> date = d -> d == null ? "…"
                : d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Messages.get().locale()));
        add(facts, "ui.workshop.spot.goal", blankToDash(sheet.goal()));
        add(facts, "ui.workshop.spot.lead", sheet.leadOffice() == null ? "—" : names.getOrDefault(sheet.leadOffice(), "—"));
        if (sheet.start() != null || sheet.end() != null) {
            add(facts, "ui.workshop.spot.when", date.apply(sheet.start()) + " – " + date.apply(sheet.end()));
        }
        if (sheet.budget() != null) {
            add(facts, "ui.workshop.spot.budget",
                    NumberFormat.getCurrencyInstance(java.util.Locale.GERMANY).format(sheet.budget().amount()));
        }
        Progress progress = Progress.of(sheet.steps(), model.today());
        add(facts, "ui.workshop.spot.progress", Messages.tr("ui.workshop.steps", progress.done(), progress.total()));
        String next = sheet.steps().stream().filter(s -> !s.done()).limit(NEXT_STEPS)
                .map(s -> "• " + s.text() + (s.due() == null ? "" : " (" + date.apply(s.due()) + ")"))
                .collect(Collectors.joining("\n"));
        if (!next.isEmpty()) {
            add(facts, "ui.workshop.spot.next", next);
        }
        var hint = new Label(Messages.tr("ui.workshop.spot.close"));
        hint.getStyleClass().add("pj-card-meta");
        var panel = new VBox(title, field, facts, hint);
        panel.getStyleClass().add("pj-spotlight");
        panel.setAlignment(Pos.TOP_LEFT);
        panel.setMaxHeight(USE_PREF_SIZE);
        getChildren().add(panel);
        getStyleClass().add("pj-spotlight-backdrop");
        setOnMouseClicked(e -> close.run());
        setId("pj-spotlight");
        setAccessibleText(card.title());
    }

    UUID card() {
        return card;
    }

    private static String blankToDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private static void add(GridPane grid, String key, String value) {
        int row = grid.getRowCount();
        var name = new Label(Messages.tr(key));
        name.getStyleClass().add("pj-fact-name");
        name.setMinWidth(USE_PREF_SIZE);
        var text = new Label(value);
        text.getStyleClass().add("pj-fact");
        text.setWrapText(true);
        grid.addRow(row, name, text);
    }
}
