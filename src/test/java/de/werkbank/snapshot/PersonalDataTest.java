package de.werkbank.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.plan.AddActor;
import de.werkbank.plan.CastVotes;
import de.werkbank.plan.EditSheet;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanEditor;
import de.werkbank.plan.StartVoteRound;
import de.werkbank.seed.Seeder;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.StepStatus;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import de.werkbank.workshop.VoteRound;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot „ohne personenbezogene Daten“ names nobody, wherever the store holds a person's name. */
class PersonalDataTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final String LOGIN = "kmusterfrau";
    private static final String FACILITATOR = "Anna Moderatorin";
    private static final String PARTICIPANT = "Jonas Weber";

    @TempDir
    Path dir;

    /** The sample store, with a new person used everywhere a person can appear, and a vote round. */
    private Store storeFullOfPeople() {
        Store store = Store.create(StoreLocation.in(dir.resolve("people")), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
        PlanEditor editor = new PlanEditor(store, () -> LOGIN, Clock.fixed(NOW, ZoneOffset.UTC));
        Actor erika = Actor.person("Erika Mustermann", null, "Quartiersmanagerin");
        editor.execute(new AddActor(erika));
        Plan plan = store.plan().orElseThrow();
        var card = plan.cards().get(0);
        Werkzeugblatt before = store.sheet(card.id());
        Werkzeugblatt after = before.with(d -> {
            d.contact = erika.id();
            d.goal = "Frau Mustermann und SABINE KRÄMER stimmen sich ab";
            d.description = "Mit Thomas Beckers Team, besprochen mit " + PARTICIPANT + " und " + LOGIN + ".";
            d.partners = new ArrayList<>(List.of("Erika Mustermann", "Caritas", "Julia  Hoffmann"));
            d.steps.add(new Step(UUID.randomUUID(), "Termin mit Erika Mustermann", erika.id(), "Andrea Wagner",
                    LocalDate.of(2027, 3, 1), StepStatus.OPEN, "Rückruf von Herrn Becker abwarten"));
        });
        editor.execute(new EditSheet(before, after, card.title()));
        var round = new VoteRound(UUID.randomUUID(), "Runde mit " + PARTICIPANT, VoteRound.Subject.CARDS, null, 3, 2,
                12, FACILITATOR, NOW, false, List.of());
        editor.execute(new StartVoteRound(round));
        editor.execute(new CastVotes(round.id(), PARTICIPANT, card.id(), card.title(), 2));
        return store;
    }

    @Test
    void aSnapshotWithoutPersonalDataHoldsNoNameOfAnyPersonAnywhereInTheFile() throws IOException {
        Path file = dir.resolve("anonym.json");
        List<String> people;
        try (Store store = storeFullOfPeople()) {
            people = store.content().registry().stream().filter(a -> a.kind() == Actor.Kind.PERSON)
                    .map(Actor::name).toList();
            String withData = new String(SnapshotCodec.encode(store.content(), NOW, "test", true), StandardCharsets.UTF_8);
            assertThat(withData).as("the store really holds all of them").contains("Erika Mustermann", LOGIN,
                    FACILITATOR, PARTICIPANT, "Person „Erika Mustermann“ ins Verzeichnis aufgenommen");
            Snapshots.export(store, file, NOW, "test", false);
        }
        assertThat(people).hasSizeGreaterThan(10).contains("Erika Mustermann", "Andrea Wagner");
        String text = Files.readString(file).toLowerCase(Locale.ROOT);
        for (String name : people) {
            assertThat(text).as(name).doesNotContain(name.toLowerCase(Locale.ROOT));
        }
        assertThat(text).doesNotContain(LOGIN, FACILITATOR.toLowerCase(Locale.ROOT), PARTICIPANT.toLowerCase(Locale.ROOT),
                "mustermann", "herrn becker", "julia  hoffmann");
        assertThat(Files.readString(file)).contains("Person „[Person]“ ins Verzeichnis aufgenommen",
                "[Person] und [Person] stimmen sich ab", "\"withWhom\" : \"[Person]\"", "Amt für Mobilität und ÖPNV");
    }

    @Test
    void theSampleStepWithARegistryPersonAsWithWhomNamesNobodyWithoutPersonalData() {
        try (Store store = Store.create(StoreLocation.in(dir.resolve("sample")), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            String text = new String(SnapshotCodec.encode(store.content(), NOW, "test", false), StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("Andrea Wagner").contains("\"withWhom\" : \"[Person]\"");
        }
    }

    @Test
    void aSnapshotWithoutPersonalDataStillImportsAndKeepsToTheSchema() throws IOException {
        try (Store store = storeFullOfPeople()) {
            byte[] json = SnapshotCodec.encode(store.content(), NOW, "test", false);
            assertThat(SnapshotCodec.schemaProblems(json)).isEmpty();
            assertThat(SnapshotCodec.decode(json).history()).allMatch(h -> h.who().isEmpty() && h.change() == null);
        }
    }

    @Test
    void namesAreReplacedIgnoringCaseAndSpacingButOrdinaryWordsStay() {
        PersonNames names = PersonNames.of(Set.of("Sabine Krämer"), Set.of("jonas", "Al"));
        assertThat(names.scrub("sabine   KRÄMERS Bericht; Fr. Krämer; Jonas' Idee; Jonasse; Algebra; Krämerladen"))
                .isEqualTo("[Person]S Bericht; [Person]; [Person]' Idee; Jonasse; Algebra; Krämerladen");
        assertThat(PersonNames.NONE.scrub("Sabine Krämer")).isEqualTo("Sabine Krämer");
    }
}
