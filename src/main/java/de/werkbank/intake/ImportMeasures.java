package de.werkbank.intake;

import de.werkbank.catalogue.Werkzeug;
import de.werkbank.catalogue.edit.AddWerkzeug;
import de.werkbank.i18n.Messages;
import de.werkbank.plan.AddActor;
import de.werkbank.plan.ArchiveCard;
import de.werkbank.plan.Card;
import de.werkbank.plan.CreateCard;
import de.werkbank.plan.EditSheet;
import de.werkbank.plan.HistoryEntry;
import de.werkbank.plan.MoveCard;
import de.werkbank.plan.PlanCommand;
import de.werkbank.plan.PlanConflictException;
import de.werkbank.plan.PlanWriter;
import de.werkbank.plan.RetitleCard;
import de.werkbank.sheet.Werkzeugblatt;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Stores an {@link ImportPlan} as one step of the plan: new tools and registry entries, new cards with
 * their sheets and source ids (archived when the source closed them), and the changes of cards
 * imported before. Built from the board's own commands, run together in one transaction and undone
 * together in reverse order.
 */
public final class ImportMeasures implements PlanCommand {

    private final String source;
    private final List<AddWerkzeug> tools;
    private final List<AddActor> actors;
    private final List<Created> created;
    private final List<Updated> updated;

    /** A new card: made, its sheet filled in, its source noted, archived ({@code archive} not null) if the source closed it. */
    private record Created(String sourceId, CreateCard card, EditSheet sheet, ArchiveCard archive,
                           List<HistoryEntry> comments) {
        CreatedState state() {
            return new CreatedState(sourceId, (CreateCard.State) card.memento(), (EditSheet.State) sheet.memento(),
                    archive == null ? null : (ArchiveCard.State) archive.memento(), comments);
        }
    }

    /** A card imported before: its sheet changed, moved, archived, renamed (each {@code null} when not). */
    private record Updated(EditSheet sheet, MoveCard move, ArchiveCard archive, RetitleCard retitle,
                           List<HistoryEntry> comments) {
        UpdatedState state() {
            return new UpdatedState(sheet == null ? null : (EditSheet.State) sheet.memento(),
                    move == null ? null : (MoveCard.State) move.memento(),
                    archive == null ? null : (ArchiveCard.State) archive.memento(), comments,
                    retitle == null ? null : (RetitleCard.State) retitle.memento());
        }
    }

    /** A new card's parts, as stored with the undo steps. */
    public record CreatedState(String sourceId, CreateCard.State card, EditSheet.State sheet, ArchiveCard.State archive,
                               List<HistoryEntry> comments) {
        Created restore() {
            return new Created(sourceId, (CreateCard) card.restore(), (EditSheet) sheet.restore(),
                    archive == null ? null : (ArchiveCard) archive.restore(), comments == null ? List.of() : comments);
        }
    }

    /** An updated card's parts, as stored with the undo steps ({@code retitle} missing in those stored before it was). */
    public record UpdatedState(EditSheet.State sheet, MoveCard.State move, ArchiveCard.State archive,
                               List<HistoryEntry> comments, RetitleCard.State retitle) {
        Updated restore() {
            return new Updated(sheet == null ? null : (EditSheet) sheet.restore(),
                    move == null ? null : (MoveCard) move.restore(),
                    archive == null ? null : (ArchiveCard) archive.restore(),
                    retitle == null ? null : (RetitleCard) retitle.restore(), comments == null ? List.of() : comments);
        }
    }

    /** @param plan a plan without problems */
    public static ImportMeasures of(ImportPlan plan) {
        if (!plan.problems().isEmpty()) {
            throw new IllegalArgumentException("a plan with problems is not imported");
        }
        List<Created> created = new ArrayList<>();
        for (ImportPlan.NewCard n : plan.newCards()) {
            Card c = n.card();
            Werkzeug tool = n.tool();
            // the card takes its title and field from the measure, not from the tool it uses
            Werkzeug asTaken = new Werkzeug(tool.id(), tool.code(), c.title(), tool.description(), c.handlungsfeld(),
                    tool.kind(), tool.targetGroups(), tool.leadOffice(), tool.tags(), tool.retired());
            CreateCard create = (CreateCard) new CreateCard.State(c.id(), asTaken, n.column(), Integer.MAX_VALUE,
                    c.createdAt()).restore();
            EditSheet sheet = new EditSheet(Werkzeugblatt.blank(c.id()), n.sheet(), c.title());
            created.add(new Created(n.measure().sourceId(), create, sheet, n.archived() ? ArchiveCard.asStored(c) : null,
                    n.comments()));
        }
        List<Updated> updated = new ArrayList<>();
        for (ImportPlan.UpdatedCard u : plan.updatedCards()) {
            EditSheet sheet = u.before().withVersion(0).equals(u.after().withVersion(0)) ? null
                    : new EditSheet(u.before(), u.after(), u.card().title());
            MoveCard move = u.moveTo() == null ? null : new MoveCard(u.card(), u.moveTo(), Integer.MAX_VALUE);
            RetitleCard retitle = u.tool() == null ? null : new RetitleCard(u.card(), u.measure().title(), u.tool().id());
            updated.add(new Updated(sheet, move, u.archive() ? ArchiveCard.asStored(u.card()) : null, retitle,
                    u.comments()));
        }
        return new ImportMeasures(plan.source().name(), plan.newTools().stream().map(AddWerkzeug::new).toList(),
                plan.newActors().stream().map(AddActor::new).toList(), created, updated);
    }

    private ImportMeasures(String source, List<AddWerkzeug> tools, List<AddActor> actors, List<Created> created,
                           List<Updated> updated) {
        this.source = source;
        this.tools = List.copyOf(tools);
        this.actors = List.copyOf(actors);
        this.created = List.copyOf(created);
        this.updated = List.copyOf(updated);
    }

    /** The ids of the cards this import creates. */
    public List<UUID> createdCards() {
        return created.stream().map(c -> c.card().cardId()).toList();
    }

    @Override
    public String description() {
        return Messages.tr("command.importMeasures", source, created.size(), updated.size());
    }

    @Override
    public void apply(PlanWriter plan) {
        tools.forEach(t -> t.apply(plan));
        actors.forEach(a -> a.apply(plan));
        for (Created c : created) {
            if (plan.cardSources().card(c.sourceId()).isPresent()) {
                // imported meanwhile, by someone else or an earlier import redone
                throw new PlanConflictException(((CreateCard.State) c.card().memento()).werkzeug().title());
            }
            c.card().apply(plan);
            c.sheet().apply(plan);
            plan.cardSources().set(c.card().cardId(), c.sourceId());
            if (c.archive() != null) {
                c.archive().apply(plan);
            }
            c.comments().forEach(plan::insertHistoryEntry);
        }
        for (Updated u : updated) {
            forward(u.sheet(), plan);
            forward(u.move(), plan);
            forward(u.archive(), plan);
            // last: the move above checks the card's version, which a new title raises
            forward(u.retitle(), plan);
            u.comments().forEach(plan::insertHistoryEntry);
        }
    }

    @Override
    public void revert(PlanWriter plan) {
        for (int i = updated.size() - 1; i >= 0; i--) {
            Updated u = updated.get(i);
            u.comments().forEach(e -> plan.deleteHistoryEntry(e.id()));
            back(u.retitle(), plan);
            back(u.archive(), plan);
            back(u.move(), plan);
            back(u.sheet(), plan);
        }
        for (int i = created.size() - 1; i >= 0; i--) {
            Created c = created.get(i);
            c.comments().forEach(e -> plan.deleteHistoryEntry(e.id()));
            plan.cardSources().remove(c.card().cardId());
            // removing the card removes its sheet, archived or not
            c.card().revert(plan);
        }
        for (int i = actors.size() - 1; i >= 0; i--) {
            actors.get(i).revert(plan);
        }
        for (int i = tools.size() - 1; i >= 0; i--) {
            tools.get(i).revert(plan);
        }
    }

    private static void forward(PlanCommand part, PlanWriter plan) {
        if (part != null) {
            part.apply(plan);
        }
    }

    private static void back(PlanCommand part, PlanWriter plan) {
        if (part != null) {
            part.revert(plan);
        }
    }

    @Override
    public Memento memento() {
        return new State(source, tools.stream().map(t -> (AddWerkzeug.State) t.memento()).toList(),
                actors.stream().map(a -> (AddActor.State) a.memento()).toList(),
                created.stream().map(Created::state).toList(), updated.stream().map(Updated::state).toList());
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(String source, List<AddWerkzeug.State> tools, List<AddActor.State> actors,
                        List<CreatedState> created, List<UpdatedState> updated) implements Memento {
        @Override
        public PlanCommand restore() {
            return new ImportMeasures(source, tools.stream().map(t -> (AddWerkzeug) t.restore()).toList(),
                    actors.stream().map(a -> (AddActor) a.restore()).toList(),
                    created.stream().map(CreatedState::restore).toList(),
                    updated.stream().map(UpdatedState::restore).toList());
        }
    }
}
