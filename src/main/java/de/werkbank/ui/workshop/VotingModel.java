package de.werkbank.ui.workshop;

import de.werkbank.i18n.Messages;
import de.werkbank.plan.CastVotes;
import de.werkbank.plan.ResetVotes;
import de.werkbank.plan.RevealVotes;
import de.werkbank.plan.StartVoteRound;
import de.werkbank.workshop.VoteRound;
import de.werkbank.workshop.Votes;
import de.werkbank.workshop.Workshop;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Dot voting as the facilitator runs it: the rounds of the plan, the one shown, who the votes are
 * counted for (the room, or a participant by name), the items with their votes — in item order
 * while the result is hidden, ranked once it is revealed.
 */
public final class VotingModel {

    /** An item one can vote on, with its place in the round's result. */
    public record Row(UUID item, String title, String handlungsfeld, int votes, int rank) {
    }

    private final WorkshopModel model;
    private final ObservableList<VoteRound> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<VoteRound> round = new SimpleObjectProperty<>(this, "round");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty participant = new SimpleStringProperty(this, "participant", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");

    public VotingModel(WorkshopModel model) {
        this.model = model;
        model.workshopProperty().addListener((o, was, now) -> refresh());
        model.planProperty().addListener((o, was, now) -> refresh());
        round.addListener((o, was, now) -> {
            if (now == null || was == null || !now.id().equals(was.id())) {
                refreshRows();
            }
        });
        participant.addListener((o, was, now) -> refreshRows());
        refresh();
    }

    public ObservableList<VoteRound> rounds() {
        return rounds;
    }

    /** The round shown; the newest after one is set up. */
    public ObjectProperty<VoteRound> roundProperty() {
        return round;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Who the votes are counted for: empty for the room (raised hands), else a participant's name. */
    public StringProperty participantProperty() {
        return participant;
    }

    /** A line saying how many dots are given, and of how many. */
    public StringProperty statusProperty() {
        return status;
    }

    public boolean revealed() {
        return round.get() != null && round.get().revealed();
    }

    /** Sets up a new round (set up by the user, now) and shows it. */
    public boolean start(String title, VoteRound.Subject subject, String field, int perParticipant, int perItem,
                         int participants) {
        var r = new VoteRound(UUID.randomUUID(), title.strip(), subject, field, perParticipant, perItem, participants,
                model.userName(), model.clock().instant(), false, List.of());
        if (!model.execute(new StartVoteRound(r))) {
            return false;
        }
        rounds.stream().filter(x -> x.id().equals(r.id())).findFirst().ifPresent(round::set);
        return true;
    }

    /** Gives an item {@code change} votes (negative: takes some back) for the room or the participant. */
    public boolean vote(UUID item, int change) {
        VoteRound r = round.get();
        if (r == null || change == 0) {
            return false;
        }
        String title = rows.stream().filter(x -> x.item().equals(item)).map(Row::title).findFirst().orElse("?");
        return model.execute(new CastVotes(r.id(), participant.get() == null ? "" : participant.get(), item, title,
                change));
    }

    public void toggleReveal() {
        VoteRound r = round.get();
        if (r != null) {
            model.execute(new RevealVotes(r.id(), r.title(), !r.revealed()));
        }
    }

    public void reset() {
        VoteRound r = round.get();
        if (r != null) {
            model.execute(new ResetVotes(r.id(), r.title()));
        }
    }

    /** The participants that have given votes in the shown round, by name. */
    public List<String> participants() {
        VoteRound r = round.get();
        return r == null ? List.of() : r.votes().stream().map(VoteRound.Vote::participant).filter(p -> !p.isEmpty())
                .distinct().sorted().toList();
    }

    private void refresh() {
        Workshop w = model.workshopProperty().get();
        UUID shown = round.get() == null ? null : round.get().id();
        rounds.setAll(w.voteRounds());
        Optional<VoteRound> same = rounds.stream().filter(r -> r.id().equals(shown)).findFirst();
        round.set(same.orElse(rounds.isEmpty() ? null : rounds.get(rounds.size() - 1)));
        refreshRows();
    }

    private void refreshRows() {
        VoteRound r = round.get();
        if (r == null) {
            rows.clear();
            status.set(Messages.tr("ui.vote.none"));
            return;
        }
        List<Row> items = items(r);
        Map<UUID, Row> byId = items.stream().collect(Collectors.toMap(Row::item, Function.identity()));
        List<Votes.Result> ranking = Votes.ranking(r, items.stream().map(Row::item).toList());
        List<Row> result = ranking.stream().map(x -> {
            Row row = byId.get(x.item());
            return new Row(x.item(), row.title(), row.handlungsfeld(), x.votes(), x.rank());
        }).toList();
        if (!r.revealed()) {
            result = result.stream().sorted(Comparator.comparingInt(x -> items.indexOf(byId.get(x.item())))).toList();
        }
        rows.setAll(result);
        String who = participant.get() == null ? "" : participant.get().strip();
        int people = who.isEmpty() ? r.participants() : 1;
        int given = r.given(who);
        status.set(people == 0
                ? Messages.tr("ui.vote.status.open", given, r.total())
                : Messages.tr(who.isEmpty() ? "ui.vote.status.room" : "ui.vote.status.person", given,
                        r.votesPerParticipant() * people, r.total(), who));
    }

    /** What the round votes on: the plan's cards or the catalogue's tools, of its Handlungsfeld or all. */
    private List<Row> items(VoteRound r) {
        String field = r.handlungsfeld();
        if (r.subject() == VoteRound.Subject.CARDS) {
            var plan = model.planProperty().get();
            return plan == null ? List.of() : plan.columns().stream().flatMap(col -> plan.cardsIn(col.id()).stream())
                    .filter(c -> field == null || field.equals(c.handlungsfeld()))
                    .map(c -> new Row(c.id(), c.title(), c.handlungsfeld(), 0, 0)).toList();
        }
        return model.catalogue().active().stream().filter(w -> field == null || field.equals(w.handlungsfeld()))
                .map(w -> new Row(w.id(), w.code() + " " + w.title(), w.handlungsfeld(), 0, 0)).toList();
    }
}
