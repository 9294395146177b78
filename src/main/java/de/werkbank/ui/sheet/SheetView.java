package de.werkbank.ui.sheet;

import de.werkbank.ui.controls.DateFields;
import static de.werkbank.ui.sheet.SheetFields.area;
import static de.werkbank.ui.sheet.SheetFields.check;
import static de.werkbank.ui.sheet.SheetFields.commitOnLeave;
import static de.werkbank.ui.sheet.SheetFields.converter;
import static de.werkbank.ui.sheet.SheetFields.find;
import static de.werkbank.ui.sheet.SheetFields.fullNameTip;
import static de.werkbank.ui.sheet.SheetFields.fullTextTip;
import static de.werkbank.ui.sheet.SheetFields.scrollTo;
import static de.werkbank.ui.sheet.SheetFields.set;
import static de.werkbank.ui.sheet.SheetFields.split;

import de.werkbank.area.Area;
import de.werkbank.i18n.Messages;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Progress;
import de.werkbank.sheet.SheetField;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.ui.controls.AnyOrOne;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;

/**
 * The Werkzeugblatt of one card, beside the board: goal, description, lead office, contact, target
 * groups, partners, where, start and end, budget, depends on, indicators and the steps. Every field
 * is stored when the user leaves it; a refused value keeps its text and shows the reason under it.
 */
public final class SheetView extends BorderPane {

    private final SheetViewModel model;
    private final Label progress = new Label();
    private final TextArea goal = area(2);
    private final TextArea description = area(3);
    private final ComboBox<Actor> leadOffice = new ComboBox<>();
    private final ComboBox<Actor> contact = new ComboBox<>();
    private final TextArea targetGroups = area(2);
    private final TextArea partners = area(3);
    private final CheckComboBox<Area> areas = new CheckComboBox<>();
    private final DatePicker start = DateFields.picker();
    private final DatePicker end = DateFields.picker();
    private final TextField budgetAmount = new TextField();
    private final TextField budgetSource = new TextField();
    private final CheckComboBox<SheetViewModel.Measure> dependsOn = new CheckComboBox<>();
    private final Label prerequisiteFor = new Label();
    private final IndicatorList indicators;
    private final StepList steps;
    private final TextField newStep = new TextField();
    private final Map<SheetField, Label> fieldMessages = new HashMap<>();
    private final ConflictNote.Slots notes;
    private boolean updating;

    public SheetView(SheetViewModel model, Runnable close) {
        this.model = model;
        this.notes = new ConflictNote.Slots(model);
        this.indicators = new IndicatorList(model);
        this.steps = new StepList(model);
        var title = new Label(model.cardTitle());
        var closeButton = new Button("\u2715");
        var header = new HBox(8, new VBox(2, title, progress), closeButton);
        HBox.setHgrow(header.getChildren().get(0), Priority.ALWAYS);
        header.setAlignment(Pos.TOP_LEFT);
        header.getStyleClass().add("sheet-header");
        title.getStyleClass().add("sheet-title");
        title.setWrapText(true);
        progress.getStyleClass().add("sheet-progress");
        progress.setId("sheet-progress");
        closeButton.setId("sheet-close");
        closeButton.setOnAction(e -> close.run());

        var addOffice = new Button(Messages.tr("ui.sheet.newOffice"));
        addOffice.setOnAction(e -> askNewOffice());
        addOffice.setMinWidth(Region.USE_PREF_SIZE);
        var office = new HBox(6, leadOffice, addOffice);
        HBox.setHgrow(leadOffice, Priority.ALWAYS);
        var addPerson = new Button(Messages.tr("ui.sheet.newPerson"));
        addPerson.setOnAction(e -> askNewPerson());
        addPerson.setMinWidth(Region.USE_PREF_SIZE);
        var person = new HBox(6, contact, addPerson);
        HBox.setHgrow(contact, Priority.ALWAYS);
        prerequisiteFor.setWrapText(true);
        prerequisiteFor.setId("sheet-prerequisite-for");
        leadOffice.setMaxWidth(Double.MAX_VALUE);
        contact.setMaxWidth(Double.MAX_VALUE);
        areas.setMaxWidth(Double.MAX_VALUE);
        dependsOn.setMaxWidth(Double.MAX_VALUE);
        var dates = new HBox(6, start, new Label("–"), end);
        dates.setAlignment(Pos.CENTER_LEFT);
        var budget = new HBox(6, budgetAmount, new Label("€"), budgetSource);
        budget.setAlignment(Pos.CENTER_LEFT);
        budgetAmount.setPrefColumnCount(8);
        // dates readable in full (dd.MM.yyyy) at every width the sheet allows
        fullTextTip(budgetSource);
        fullNameTip(leadOffice);
        fullNameTip(contact);
        budgetSource.setPromptText(Messages.tr("ui.sheet.budgetSource"));
        HBox.setHgrow(budgetSource, Priority.ALWAYS);
        targetGroups.setPromptText(Messages.tr("ui.sheet.commaSeparated"));
        partners.setPromptText(Messages.tr("ui.sheet.onePerLine"));
        goal.setId("sheet-goal");
        end.setId("sheet-end");
        budgetAmount.setId("sheet-budget");
        newStep.setId("sheet-new-step");
        newStep.setPromptText(Messages.tr("ui.sheet.newStep"));

        var grid = new GridPane();
        grid.getStyleClass().add("sheet-grid");
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        row = addRow(grid, row, "sheet.goal", goal, SheetField.GOAL);
        row = addRow(grid, row, "sheet.description", description, null);
        row = addRow(grid, row, "sheet.leadOffice", office, null);
        row = addRow(grid, row, "sheet.contact", person, null);
        row = addRow(grid, row, "sheet.targetGroups", targetGroups, null);
        row = addRow(grid, row, "sheet.partners", partners, null);
        row = addRow(grid, row, "sheet.areas", areas, null);
        row = addRow(grid, row, "ui.sheet.period", dates, SheetField.END);
        row = addRow(grid, row, "sheet.budget", budget, SheetField.BUDGET);
        row = addRow(grid, row, "sheet.dependsOn", dependsOn, SheetField.DEPENDS_ON);
        addRow(grid, row, "ui.sheet.prerequisiteFor", prerequisiteFor, null);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), new ColumnConstraints());
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);

        var addIndicator = new Button(Messages.tr("ui.sheet.addIndicator"));
        addIndicator.setOnAction(e -> model.edit(d -> d.indicators.add(
                new Indicator(UUID.randomUUID(), "", "", null, null, null))));
        var stepsTitle = new Label(Messages.tr("ui.sheet.steps"));
        stepsTitle.getStyleClass().add("sheet-section");
        var indicatorsTitle = new Label(Messages.tr("sheet.indicators"));
        indicatorsTitle.getStyleClass().add("sheet-section");
        var indicatorsSlot = new VBox(4, indicators);
        var stepsSlot = new VBox(4, steps);
        notes.put("sheet.indicators", indicatorsSlot);
        notes.put(SheetConflicts.STEPS, stepsSlot);
        var form = new VBox(10, grid, indicatorsTitle, indicatorsSlot, addIndicator, stepsTitle, stepsSlot, newStep);
        form.getStyleClass().add("sheet-form");
        var scroller = new ScrollPane(form);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("sheet-scroller");

        getStyleClass().add("sheet-panel");
        setId("sheet-panel");
        setTop(header);
        setCenter(scroller);
        // a filter, because text areas and fields would take Escape for themselves; an open drop-down keeps it
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean dropDownOpen = e.getTarget() instanceof ComboBoxBase<?> box && box.isShowing();
            if (e.getCode() == KeyCode.ESCAPE && !dropDownOpen) {
                close.run();
                e.consume();
            }
        });

        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, old, owner) -> scrollTo(scroller, form, owner));
            }
        });
        wire();
        model.sheetProperty().addListener((o, was, now) -> refresh());
        model.messages().addListener((MapChangeListener<SheetField, String>) c -> showMessages());
        model.conflicts().addListener((MapChangeListener<String, Object>) c -> refresh());
        refresh();
    }

    private int addRow(GridPane grid, int row, String key, Node field, SheetField messageAt) {
        var label = new Label(Messages.tr(key));
        label.getStyleClass().add("sheet-label");
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.TOP);
        grid.add(label, 0, row);
        var slot = new VBox(2, field);
        SheetConflicts.fieldsAt(key).forEach(f -> notes.put(f, slot));
        grid.add(slot, 1, row);
        if (messageAt == null) {
            return row + 1;
        }
        var message = new Label();
        message.getStyleClass().add("field-message");
        message.setId("message-" + messageAt.name().toLowerCase());
        message.setWrapText(true);
        message.setManaged(false);
        message.setVisible(false);
        fieldMessages.put(messageAt, message);
        slot.getChildren().add(message);
        return row + 1;
    }

    private void wire() {
        commitOnLeave(goal, () -> model.edit(d -> d.goal = goal.getText()));
        commitOnLeave(description, () -> model.edit(d -> d.description = description.getText()));
        commitOnLeave(targetGroups, () -> model.edit(d -> d.targetGroups = split(targetGroups.getText(), "[,\n]")));
        commitOnLeave(partners, () -> model.edit(d -> d.partners = split(partners.getText(), "\n")));
        commitOnLeave(budgetAmount, this::commitBudget);
        commitOnLeave(budgetSource, this::commitBudget);
        AnyOrOne.name(leadOffice, a -> a == null ? Messages.tr("ui.sheet.none") : a.name());
        AnyOrOne.name(contact, a -> a == null ? Messages.tr("ui.sheet.none") : a.name());
        leadOffice.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                model.edit(d -> d.leadOffice = now == null ? null : now.id());
            }
        });
        contact.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                model.edit(d -> d.contact = now == null ? null : now.id());
            }
        });
        start.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                model.edit(d -> d.start = now);
            }
        });
        end.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                model.edit(d -> d.end = now);
            }
        });
        areas.setConverter(converter(model::areaLabel));
        areas.getItems().setAll(model.areas());
        areas.getCheckModel().getCheckedItems().addListener((ListChangeListener<Area>) c -> {
            if (!updating) {
                model.edit(d -> d.areas = new ArrayList<>(areas.getCheckModel().getCheckedItems().stream()
                        .map(Area::key).toList()));
            }
        });
        dependsOn.setConverter(converter(SheetViewModel.Measure::title));
        dependsOn.getItems().setAll(model.measures());
        dependsOn.getCheckModel().getCheckedItems().addListener((ListChangeListener<SheetViewModel.Measure>) c -> {
            if (!updating) {
                model.edit(d -> d.dependsOn = new ArrayList<>(dependsOn.getCheckModel().getCheckedItems().stream()
                        .map(SheetViewModel.Measure::card).toList()));
            }
        });
        newStep.setOnAction(e -> {
            if (model.addStep(newStep.getText()).isEmpty()) {
                newStep.clear();
            }
        });
    }

    private void commitBudget() {
        model.setBudget(budgetAmount.getText(), budgetSource.getText());
    }

    private void askNewOffice() {
        var dialog = new TextInputDialog();
        dialog.setTitle(Messages.tr("ui.sheet.newOffice.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(Messages.tr("ui.sheet.newOffice.prompt"));
        dialog.initOwner(getScene().getWindow());
        dialog.showAndWait().flatMap(model::addOffice).ifPresent(o -> model.edit(d -> d.leadOffice = o.id()));
    }

    private void askNewPerson() {
        var dialog = new TextInputDialog();
        dialog.setTitle(Messages.tr("ui.sheet.newPerson.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(Messages.tr("ui.sheet.newPerson.prompt"));
        dialog.initOwner(getScene().getWindow());
        dialog.showAndWait().flatMap(model::addPerson).ifPresent(p -> model.edit(d -> d.contact = p.id()));
    }

    /**
     * Shows the stored sheet; a field the user is typing in keeps its text, and so does a field whose
     * edit met someone else's change (its note stands under it until the user chooses).
     */
    private void refresh() {
        Werkzeugblatt s = model.shownSheet();
        updating = true;
        try {
            set(goal, s.goal());
            set(description, s.description());
            set(targetGroups, String.join(", ", s.targetGroups()));
            set(partners, String.join("\n", s.partners()));
            AnyOrOne.fill(leadOffice, model.offices());
            AnyOrOne.fill(contact, model.people());
            leadOffice.setValue(find(model.offices(), s.leadOffice()));
            contact.setValue(find(model.people(), s.contact()));
            start.setValue(s.start());
            end.setValue(s.end());
            set(budgetAmount, s.budget() == null ? "" : SheetViewModel.formatAmount(s.budget().amount()));
            set(budgetSource, s.budget() == null ? "" : s.budget().source());
            check(areas, a -> s.areas().contains(a.key()));
            check(dependsOn, m -> s.dependsOn().contains(m.card()));
            List<String> dependents = model.prerequisiteFor();
            prerequisiteFor.setText(dependents.isEmpty() ? Messages.tr("ui.sheet.none") : String.join(", ", dependents));
            indicators.show(s);
            steps.show(s);
            Progress p = model.progress();
            progress.setText(Messages.tr("ui.sheet.progress", p.done(), p.total()));
        } finally {
            updating = false;
        }
        showMessages();
        notes.show();
    }

    /**
     * Stores what the focused field holds, as leaving it would (before the sheet or the window closes);
     * an edit that meets someone else's change of the field is settled in a dialog.
     */
    public void commitPendingEdit() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == this) {
                requestFocus();
                break;
            }
        }
        if (!model.conflicts().isEmpty()) {
            ConflictNote.settleInDialogs(model, getScene() == null ? null : getScene().getWindow());
        }
    }

    private void showMessages() {
        fieldMessages.forEach((field, label) -> {
            String text = model.messages().get(field);
            label.setText(text == null ? "" : text);
            label.setVisible(text != null);
            label.setManaged(text != null);
        });
    }

    /** Puts the keyboard focus on the goal, the sheet's first field. */
    public void focusFirstField() {
        goal.requestFocus();
        // the sheet's first layout (its skins, the board narrowing beside it) can take the focus back:
        // ask once more after it, unless the user has gone elsewhere in the sheet meanwhile
        var scene = getScene();
        if (scene != null) {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                if (!contains(scene.getFocusOwner())) {
                    goal.requestFocus();
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
        }
    }

    private boolean contains(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }
}
