package de.werkbank.ui.workshop;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.i18n.Messages;
import de.werkbank.workshop.VoteRound;
import de.werkbank.workshop.Votes;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The facilitator's settings of a new vote round: title, what is voted on (plan cards or catalogue
 * tools, of one Handlungsfeld or all), dots per participant, the maximum per item, and how many take
 * part. OK stays disabled while a value breaks the rules.
 */
final class VoteRoundDialog extends Dialog<Boolean> {

    VoteRoundDialog(Window owner, WorkshopModel model, VotingModel voting) {
        setTitle(Messages.tr("ui.vote.setup.title"));
        setHeaderText(Messages.tr("ui.vote.setup.header"));
        initOwner(owner);
        var title = new TextField();
        title.setId("vote-setup-title");
        title.setPrefColumnCount(24);
        var subject = new ChoiceBox<VoteRound.Subject>();
        subject.getItems().setAll(VoteRound.Subject.values());
        subject.setValue(VoteRound.Subject.CARDS);
        subject.setConverter(converter(s -> Messages.tr("ui.vote.subject." + s.name())));
        var field = new ChoiceBox<Handlungsfeld>();
        field.getItems().add(null);
        field.getItems().addAll(model.fields());
        field.setConverter(converter(f -> f == null ? Messages.tr("ui.workshop.allLanes") : f.shortName()));
        field.setValue(model.field(model.laneKey()).orElse(null));
        var dots = new Spinner<Integer>(1, Votes.MAX_VOTES, 3);
        var perItem = new Spinner<Integer>(1, Votes.MAX_VOTES, 2);
        var people = new Spinner<Integer>(0, Votes.MAX_PARTICIPANTS, 0);
        for (Spinner<Integer> s : java.util.List.of(dots, perItem, people)) {
            s.setEditable(true);
            s.setPrefWidth(110);
        }
        dots.setId("vote-setup-dots");
        perItem.setId("vote-setup-per-item");
        people.setId("vote-setup-people");
        var grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        row(grid, 0, "ui.vote.setup.name", title);
        row(grid, 1, "ui.vote.setup.subject", subject);
        row(grid, 2, "ui.vote.setup.field", field);
        row(grid, 3, "ui.vote.setup.dots", dots);
        row(grid, 4, "ui.vote.setup.perItem", perItem);
        row(grid, 5, "ui.vote.setup.people", people);
        var problem = new Label();
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        grid.add(problem, 0, 6, 2, 1);
        getDialogPane().setContent(grid);
        var ok = new ButtonType(Messages.tr("ui.vote.setup.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        getDialogPane().getStyleClass().add("projector");
        Runnable check = () -> {
            String text = null;
            try {
                Votes.checkSettings(title.getText(), dots.getValue(), perItem.getValue(), people.getValue());
            } catch (RuntimeException e) {
                text = e.getLocalizedMessage();
            }
            problem.setText(text == null ? "" : text);
            getDialogPane().lookupButton(ok).setDisable(text != null);
        };
        title.textProperty().addListener((o, was, now) -> check.run());
        dots.valueProperty().addListener((o, was, now) -> check.run());
        perItem.valueProperty().addListener((o, was, now) -> check.run());
        people.valueProperty().addListener((o, was, now) -> check.run());
        check.run();
        setOnShown(e -> title.requestFocus());
        setResultConverter(button -> button == ok && voting.start(title.getText(), subject.getValue(),
                field.getValue() == null ? null : field.getValue().key(), dots.getValue(), perItem.getValue(),
                people.getValue()));
    }

    private static void row(GridPane grid, int row, String key, javafx.scene.Node input) {
        var label = new Label(Messages.tr(key));
        label.setLabelFor(input);
        // a label is never cut: the dialog grows to its width
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.addRow(row, label, input);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
