package de.werkbank.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VotesTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();
    private static final UUID D = UUID.randomUUID();

    private static VoteRound round(int perParticipant, int perItem, int participants, VoteRound.Vote... votes) {
        return new VoteRound(UUID.randomUUID(), "Runde", VoteRound.Subject.CARDS, null, perParticipant, perItem,
                participants, "anna", Instant.EPOCH, false, List.of(votes));
    }

    @Test
    void aParticipantGivesAtMostTheirDotsAndAtMostTheMaximumPerItem() {
        VoteRound r = round(3, 2, 0, new VoteRound.Vote("Ben", A, 2));
        assertThatThrownBy(() -> Votes.check(r, "Ben", A, 1)).isInstanceOf(VoteRuleException.class)
                .hasMessageContaining("Ben hat diesem Eintrag schon 2 Punkte gegeben");
        Votes.check(r, "Ben", B, 1);
        VoteRound full = r.withVotes(Votes.add(r, "Ben", B, 1));
        assertThatThrownBy(() -> Votes.check(full, "Ben", C, 1)).hasMessageContaining("alle Punkte vergeben");
        Votes.check(full, "Carla", C, 2);
    }

    /** The user's test: 3 dots, at most 2 per item; Anna gives 2 to one item, then tries more. */
    @Test
    void eachRefusalSaysWhatStandsAndWhatWasAskedFor() {
        VoteRound r = round(3, 2, 0, new VoteRound.Vote("Anna", A, 2));
        assertThatThrownBy(() -> Votes.check(r, "Anna", B, 2))
                .hasMessage("Anna hat noch 1 Punkt frei, 2 sind zu viel.");
        assertThatThrownBy(() -> Votes.check(r, "Anna", C, 3))
                .hasMessage("Höchstens 2 Punkte pro Eintrag: Anna hat diesem Eintrag noch keinen gegeben, 3 weitere wären zu viel.");
        assertThatThrownBy(() -> Votes.check(r, "Anna", A, 1))
                .hasMessage("Höchstens 2 Punkte pro Eintrag: Anna hat diesem Eintrag schon 2 Punkte gegeben, 1 weiterer wäre zu viel.");
        VoteRound full = r.withVotes(Votes.add(r, "Anna", B, 1));
        assertThatThrownBy(() -> Votes.check(full, "Anna", C, 1)).hasMessage("Anna hat alle Punkte vergeben.");

        VoteRound room = round(3, 2, 2, new VoteRound.Vote(VoteRound.Vote.ROOM, A, 4));
        assertThatThrownBy(() -> Votes.check(room, VoteRound.Vote.ROOM, A, 1))
                .hasMessage("Mehr als 4 Stimmen kann ein Eintrag bei dieser Zahl von Teilnehmenden nicht bekommen (er hat 4).");
        assertThatThrownBy(() -> Votes.check(room, VoteRound.Vote.ROOM, B, 3))
                .hasMessage("Der Raum hat noch 2 Punkte frei, 3 sind zu viel.");
        VoteRound roomFull = room.withVotes(Votes.add(room, VoteRound.Vote.ROOM, B, 2));
        assertThatThrownBy(() -> Votes.check(roomFull, VoteRound.Vote.ROOM, C, 1))
                .hasMessage("Alle Punkte des Raums sind vergeben.");
    }

    @Test
    void votesCountedInTheRoomStayWithinWhatTheKnownParticipantsCanGive() {
        VoteRound r = round(3, 2, 4);
        Votes.check(r, VoteRound.Vote.ROOM, A, 8);
        assertThatThrownBy(() -> Votes.check(r, VoteRound.Vote.ROOM, A, 9)).hasMessageContaining("8 Stimmen");
        VoteRound unknownRoom = round(3, 2, 0);
        Votes.check(unknownRoom, VoteRound.Vote.ROOM, A, 50);
        assertThatThrownBy(() -> Votes.check(r, VoteRound.Vote.ROOM, A, -1)).hasMessageContaining("keine Stimmen");
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> Votes.checkSettings(" ", 3, 1, 0)).hasMessageContaining("Titel");
        assertThatThrownBy(() -> Votes.checkSettings("x", 3, 4, 0)).hasMessageContaining("1 bis 3 Punkte");
        assertThatThrownBy(() -> Votes.checkSettings("x", 0, 1, 0)).isInstanceOf(VoteRuleException.class);
    }

    @Test
    void resultsAreRankedMostVotesFirstAndEqualVotesShareARankInItemOrder() {
        VoteRound r = round(5, 5, 0, new VoteRound.Vote("", B, 3), new VoteRound.Vote("x", C, 3),
                new VoteRound.Vote("", D, 5), new VoteRound.Vote("y", D, 1));
        assertThat(Votes.ranking(r, List.of(A, B, C, D))).containsExactly(
                new Votes.Result(D, 6, 1), new Votes.Result(B, 3, 2), new Votes.Result(C, 3, 2),
                new Votes.Result(A, 0, 4));
    }

    @Test
    void quadrantsFollowValueUpAndEffortRight() {
        assertThat(Quadrant.of(0.9, 0.1)).isEqualTo(Quadrant.QUICK_WINS);
        assertThat(Quadrant.of(0.9, 0.9)).isEqualTo(Quadrant.MAJOR_PROJECTS);
        assertThat(Quadrant.of(0.1, 0.1)).isEqualTo(Quadrant.FILL_INS);
        assertThat(Quadrant.of(0.1, 0.9)).isEqualTo(Quadrant.TIME_SINKS);
        assertThat(MatrixPosition.clamped(A, 1.7, -3).quadrant()).isEqualTo(Quadrant.QUICK_WINS);
    }
}
