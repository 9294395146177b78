package de.werkbank.plan;

import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import java.time.Instant;
import java.util.UUID;

/** Takes a Werkzeug from the catalogue into the plan: a new card in a column at an index. */
public final class CreateCard implements PlanCommand {

    private final UUID cardId;
    private final Werkzeug werkzeug;
    private final PlanColumn column;
    private final int index;
    private final Instant createdAt;

    public CreateCard(Werkzeug werkzeug, PlanColumn column, int index, Instant createdAt) {
        this(UUID.randomUUID(), werkzeug, column, index, createdAt);
    }

    private CreateCard(UUID cardId, Werkzeug werkzeug, PlanColumn column, int index, Instant createdAt) {
        this.cardId = cardId;
        this.werkzeug = werkzeug;
        this.column = column;
        this.index = index;
        this.createdAt = createdAt;
    }

    /** The id the new card has once applied. */
    public UUID cardId() {
        return cardId;
    }

    @Override
    public String description() {
        return Messages.tr("command.createCard", werkzeug.title(), column.name());
    }

    @Override
    public void apply(PlanWriter plan) {
        Placement.requireColumn(plan, column);
        long position = Placement.at(plan, column.id(), index, null).position();
        plan.insertCard(new Card(cardId, werkzeug.id(), werkzeug.handlungsfeld(), column.id(), position,
                werkzeug.title(), createdAt, 0));
    }

    @Override
    public void revert(PlanWriter plan) {
        plan.deleteCard(cardId);
    }

    @Override
    public Memento memento() {
        return new State(cardId, werkzeug, column, index, createdAt);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(UUID cardId, Werkzeug werkzeug, PlanColumn column, int index, Instant createdAt) implements Memento {
        @Override
        public PlanCommand restore() {
            return new CreateCard(cardId, werkzeug, column, index, createdAt);
        }
    }
}
