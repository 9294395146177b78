package de.werkbank.snapshot;

import static de.werkbank.snapshot.SnapshotRules.list;
import static de.werkbank.snapshot.SnapshotRules.present;
import static de.werkbank.snapshot.SnapshotRules.text;

import de.werkbank.content.StoreContent;
import de.werkbank.snapshot.WorkshopDoc.MatrixDoc;
import de.werkbank.snapshot.WorkshopDoc.VoteDoc;
import de.werkbank.snapshot.WorkshopDoc.VoteRoundDoc;
import de.werkbank.workshop.MatrixPosition;
import de.werkbank.workshop.VoteRound;
import de.werkbank.workshop.VoteRuleException;
import de.werkbank.workshop.Votes;
import de.werkbank.workshop.Workshop;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The workshop's part of a snapshot (format version 3): written, read back, and checked — sizes and
 * required values, unique ids, references to the plan's cards and the catalogue's tools, and the
 * rounds' own rules.
 */
final class WorkshopSnapshot {

    /** The first format version that carries {@code workshop}. */
    static final int SINCE_VERSION = 3;

    private WorkshopSnapshot() {
    }

    /**
     * The workshop member of a snapshot, or {@code null} when there is nothing to say. Without personal
     * data nobody is named: rounds were set up by "", and participants are numbered in order of
     * appearance, and the rounds' titles have people's names replaced.
     */
    static WorkshopDoc toDoc(StoreContent content, boolean personalData, PersonNames people) {
        Workshop w = content.workshop();
        if (content.plan() == null || w.isEmpty()) {
            return null;
        }
        List<VoteRoundDoc> rounds = w.voteRounds().stream().map(r -> round(r, personalData, people)).toList();
        List<MatrixDoc> matrix = w.matrix().stream().sorted(Comparator.comparing(MatrixPosition::card))
                .map(p -> new MatrixDoc(p.card(), p.nutzen(), p.aufwand())).toList();
        return new WorkshopDoc(rounds, matrix);
    }

    private static VoteRoundDoc round(VoteRound r, boolean personalData, PersonNames people) {
        Map<String, String> names = new LinkedHashMap<>();
        List<VoteDoc> votes = r.votes().stream()
                .sorted(Comparator.comparing(VoteRound.Vote::participant).thenComparing(VoteRound.Vote::item))
                .map(v -> new VoteDoc(personalData || v.participant().isEmpty() ? v.participant()
                        : names.computeIfAbsent(v.participant(), p -> "#" + (names.size() + 1)), v.item(), v.count()))
                .toList();
        return new VoteRoundDoc(r.id(), people.scrub(r.title()), r.subject(), r.handlungsfeld(), r.votesPerParticipant(),
                r.maxPerItem(), r.participants(), personalData ? r.createdBy() : "", r.createdAt(), r.revealed(), votes);
    }

    /** The workshop a (checked) document describes. */
    static Workshop toWorkshop(WorkshopDoc doc) {
        if (doc == null) {
            return Workshop.EMPTY;
        }
        List<VoteRound> rounds = doc.voteRounds().stream().map(r -> new VoteRound(r.id(), r.title(), r.subject(),
                r.handlungsfeld(), r.votesPerParticipant(), r.maxPerItem(), r.participants(), r.createdBy(),
                r.createdAt(), r.revealed(), r.votes().stream()
                        .map(v -> new VoteRound.Vote(v.participant(), v.item(), v.votes())).toList())).toList();
        List<MatrixPosition> matrix = doc.matrix().stream()
                .map(m -> new MatrixPosition(m.card(), m.nutzen(), m.aufwand())).toList();
        return new Workshop(rounds, matrix);
    }

    /**
     * @param cards the ids of the plan's cards
     * @param tools the ids of the catalogue's tools
     * @param fields the keys of the Handlungsfelder
     * @throws SnapshotException at the first broken rule, naming its JSON path
     */
    static void check(SnapshotDocument doc, Set<UUID> cards, Set<UUID> tools, Set<String> fields) {
        WorkshopDoc w = doc.workshop();
        if (w == null) {
            return;
        }
        if (doc.formatVersion() < SINCE_VERSION) {
            throw new SnapshotException("snapshot.badValue", "$.workshop",
                    "formatVersion " + doc.formatVersion() + " < " + SINCE_VERSION);
        }
        if (doc.plan() == null) {
            throw new SnapshotException("snapshot.workshopWithoutPlan");
        }
        Set<UUID> ids = new HashSet<>();
        List<VoteRoundDoc> rounds = list(w.voteRounds(), 10_000, "$.workshop.voteRounds");
        for (int i = 0; i < rounds.size(); i++) {
            round(rounds.get(i), "$.workshop.voteRounds[" + i + "]", ids, cards, tools, fields);
        }
        Set<UUID> placed = new HashSet<>();
        List<MatrixDoc> matrix = list(w.matrix(), 100_000, "$.workshop.matrix");
        for (int i = 0; i < matrix.size(); i++) {
            MatrixDoc m = matrix.get(i);
            String at = "$.workshop.matrix[" + i + "]";
            present(m.card(), at + ".card");
            known(cards, m.card(), at + ".card");
            if (!placed.add(m.card())) {
                throw new SnapshotException("snapshot.duplicate", m.card(), at + ".card");
            }
            unit(m.nutzen(), at + ".nutzen");
            unit(m.aufwand(), at + ".aufwand");
        }
    }

    private static void round(VoteRoundDoc r, String at, Set<UUID> ids, Set<UUID> cards, Set<UUID> tools,
                              Set<String> fields) {
        present(r.id(), at + ".id");
        if (!ids.add(r.id())) {
            throw new SnapshotException("snapshot.duplicate", r.id(), at + ".id");
        }
        text(r.title(), 1, VoteRound.MAX_TITLE, at + ".title");
        present(r.subject(), at + ".subject");
        if (r.handlungsfeld() != null) {
            known(fields, r.handlungsfeld(), at + ".handlungsfeld");
        }
        range(r.votesPerParticipant(), 1, Votes.MAX_VOTES, at + ".votesPerParticipant");
        range(r.maxPerItem(), 1, r.votesPerParticipant(), at + ".maxPerItem");
        range(r.participants(), 0, Votes.MAX_PARTICIPANTS, at + ".participants");
        text(r.createdBy(), 0, 100, at + ".createdBy");
        present(r.createdAt(), at + ".createdAt");
        if (SnapshotLimits.outsideTheYears(r.createdAt())) {
            throw new SnapshotException("snapshot.badDate", at + ".createdAt");
        }
        present(r.revealed(), at + ".revealed");
        Set<UUID> items = r.subject() == VoteRound.Subject.CARDS ? cards : tools;
        List<VoteDoc> votes = list(r.votes(), 100_000, at + ".votes");
        Map<String, Set<UUID>> seen = new HashMap<>();
        VoteRound counted = new VoteRound(r.id(), r.title(), r.subject(), r.handlungsfeld(), r.votesPerParticipant(),
                r.maxPerItem(), r.participants(), r.createdBy(), r.createdAt(), r.revealed(), List.of());
        for (int i = 0; i < votes.size(); i++) {
            VoteDoc v = votes.get(i);
            String vat = at + ".votes[" + i + "]";
            text(v.participant(), 0, 100, vat + ".participant");
            present(v.item(), vat + ".item");
            known(items, v.item(), vat + ".item");
            range(v.votes(), 1, Votes.MAX_VOTES * Math.max(1, Votes.MAX_PARTICIPANTS), vat + ".votes");
            if (!seen.computeIfAbsent(v.participant(), p -> new HashSet<>()).add(v.item())) {
                throw new SnapshotException("snapshot.duplicate", v.item(), vat + ".item");
            }
            try {
                Votes.check(counted, v.participant(), v.item(), v.votes());
            } catch (VoteRuleException e) {
                throw new SnapshotException("snapshot.badValue", vat + ".votes", e.getMessage());
            }
            counted = counted.withVotes(Votes.add(counted, v.participant(), v.item(), v.votes()));
        }
    }

    private static void range(Integer value, int min, int max, String at) {
        present(value, at);
        if (value < min || value > max) {
            throw new SnapshotException("snapshot.outOfRange", at);
        }
    }

    private static void unit(Double value, String at) {
        present(value, at);
        if (!(value >= 0 && value <= 1)) {
            throw new SnapshotException("snapshot.outOfRange", at);
        }
    }

    private static <T> void known(Set<T> known, T value, String at) {
        if (!known.contains(value)) {
            throw new SnapshotException("snapshot.dangling", value, at);
        }
    }
}
