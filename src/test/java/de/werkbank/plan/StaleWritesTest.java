package de.werkbank.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.FieldChange;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.catalogue.edit.EditHandlungsfeld;
import de.werkbank.catalogue.edit.EditWerkzeug;
import de.werkbank.store.Store;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two clients on one store (H2 and PostgreSQL): a write made from what a client saw before its
 * colleague's change is refused with the conflict message and changes nothing — for catalogue tools,
 * Handlungsfelder, archiving and restoring cards and the swimlanes. The store-level tests write with
 * the version read before the colleague's change while the content is back as it was, so only the
 * version check can refuse them.
 */
class StaleWritesTest extends SampleStoreTest {

    private Store colleagueStore;
    private PlanEditor colleague;

    @BeforeEach
    void openColleague() {
        colleagueStore = Store.open(location);
        colleague = new PlanEditor(colleagueStore, () -> "ben", Clock.systemUTC());
    }

    @AfterEach
    void closeColleague() {
        colleagueStore.close();
    }

    private Werkzeug tool(String code) {
        return store.catalogue().werkzeuge().stream().filter(w -> w.code().equals(code)).findFirst().orElseThrow();
    }

    private static Werkzeug retitled(Werkzeug w, String title) {
        return new Werkzeug(w.id(), w.code(), title, w.description(), w.handlungsfeld(), w.kind(), w.targetGroups(),
                w.leadOffice(), w.tags(), w.retired());
    }

    private static Handlungsfeld renamed(Handlungsfeld h, String shortName) {
        return new Handlungsfeld(h.id(), h.key(), shortName, h.title(), h.colour(), h.position());
    }

    @Test
    void aToolEditFromAStaleViewIsRefusedAndKeepsTheColleaguesEdit() {
        Werkzeug seen = store.catalogue().werkzeuge().get(0);
        colleague.execute(new EditWerkzeug(seen, retitled(seen, "Bens Titel")));

        assertThatThrownBy(() -> editor.execute(new EditWerkzeug(seen, retitled(seen, "Annas Titel"))))
                .isInstanceOf(PlanConflictException.class)
                .hasMessage("Das Werkzeug " + seen.code() + " wurde inzwischen anderswo geändert. "
                        + "Es wurde nichts gespeichert; die Ansicht ist neu geladen.");
        assertThat(tool(seen.code()).title()).isEqualTo("Bens Titel");
        assertThat(colleagueStore.catalogue().werkzeugeById().get(seen.id()).title()).isEqualTo("Bens Titel");
    }

    @Test
    void aToolWriteWithAVersionReadBeforeAColleaguesChangeIsRefusedEvenWhenTheContentIsBack() {
        Werkzeug seen = store.catalogue().werkzeuge().get(0);
        int version = store.transaction(tx -> tx.catalogue().werkzeugVersions().get(seen.id()));
        colleague.execute(new EditWerkzeug(seen, retitled(seen, "Bens Titel")));
        colleague.execute(new EditWerkzeug(retitled(seen, "Bens Titel"), seen));

        assertThatThrownBy(() -> store.transaction(tx -> {
            tx.catalogue().updateWerkzeug(retitled(seen, "Annas Titel"), version);
            return null;
        })).isInstanceOf(PlanConflictException.class).hasMessageContaining("Das Werkzeug " + seen.code());
        assertThatThrownBy(() -> store.transaction(tx -> {
            tx.catalogue().deleteWerkzeug(seen, version);
            return null;
        })).isInstanceOf(PlanConflictException.class);
        assertThat(tool(seen.code())).isEqualTo(seen);
    }

    @Test
    void aHandlungsfeldEditFromAStaleViewIsRefusedAndKeepsTheColleaguesEdit() {
        Catalogue catalogue = store.catalogue();
        Handlungsfeld seen = catalogue.handlungsfelder().get(0);
        String vision = catalogue.zukunftsbild(seen.key());
        colleague.execute(new EditHandlungsfeld(new FieldChange(seen, vision, renamed(seen, "Bens Feld"), vision)));

        assertThatThrownBy(() -> editor.execute(new EditHandlungsfeld(
                new FieldChange(seen, vision, seen, "Annas Zukunftsbild"))))
                .isInstanceOf(PlanConflictException.class)
                .hasMessage("Das Handlungsfeld „" + seen.shortName() + "“ wurde inzwischen anderswo geändert. "
                        + "Es wurde nichts gespeichert; die Ansicht ist neu geladen.");
        Catalogue after = store.catalogue();
        assertThat(after.handlungsfeld(seen.key()).orElseThrow().shortName()).isEqualTo("Bens Feld");
        assertThat(after.zukunftsbild(seen.key())).isEqualTo(vision);
    }

    @Test
    void aHandlungsfeldWriteWithAVersionReadBeforeAColleaguesChangeIsRefusedEvenWhenTheContentIsBack() {
        Catalogue catalogue = store.catalogue();
        Handlungsfeld seen = catalogue.handlungsfelder().get(0);
        String vision = catalogue.zukunftsbild(seen.key());
        var versions = store.transaction(tx -> tx.catalogue().handlungsfeldVersions().get(seen.key()));
        colleague.execute(new EditHandlungsfeld(new FieldChange(seen, vision, renamed(seen, "Bens Feld"), vision + "!")));
        colleague.execute(new EditHandlungsfeld(new FieldChange(renamed(seen, "Bens Feld"), vision + "!", seen, vision)));

        assertThatThrownBy(() -> store.transaction(tx -> {
            tx.catalogue().updateHandlungsfeld(renamed(seen, "Annas Feld"), versions.field());
            return null;
        })).isInstanceOf(PlanConflictException.class).hasMessageContaining("Das Handlungsfeld „Annas Feld“");
        assertThatThrownBy(() -> store.transaction(tx -> {
            tx.catalogue().setZukunftsbild(seen, "Annas Zukunftsbild", versions.vision());
            return null;
        })).isInstanceOf(PlanConflictException.class);
        assertThat(store.catalogue().handlungsfeld(seen.key())).contains(seen);
        assertThat(store.catalogue().zukunftsbild(seen.key())).isEqualTo(vision);
    }

    @Test
    void archivingACardAColleagueMovedMeanwhileIsRefusedAndTheCardStaysWhereTheColleaguePutIt() {
        Card seen = plan().cardsIn(column("Vorschlag").id()).get(0);
        PlanColumn target = column("In Planung");
        colleague.execute(new MoveCard(seen, target, 0));

        assertThatThrownBy(() -> editor.execute(new ArchiveCard(seen)))
                .isInstanceOf(PlanConflictException.class)
                .hasMessage("Die Karte „" + seen.title() + "“ wurde inzwischen anderswo geändert oder entfernt. "
                        + "Es wurde nichts gespeichert; die Ansicht ist neu geladen.");
        assertThat(store.card(seen.id()).orElseThrow().column()).isEqualTo(target.id());
        assertThat(store.archivedCards()).isEmpty();
        assertThat(editor.undoDescription()).isEmpty();
    }

    @Test
    void restoringACardFromAStaleArchiveViewIsRefusedAndTheCardStaysArchived() {
        Card card = plan().cards().get(0);
        editor.execute(new ArchiveCard(card));
        Card seen = store.archivedCards().get(0);
        colleague.execute(new RestoreCard(seen));
        colleague.execute(new ArchiveCard(colleagueStore.card(seen.id()).orElseThrow()));

        assertThatThrownBy(() -> editor.execute(new RestoreCard(seen)))
                .isInstanceOf(PlanConflictException.class).hasMessageContaining("„" + card.title() + "“");
        assertThat(store.archivedCards()).extracting(Card::id).containsExactly(card.id());
        assertThat(store.card(card.id())).isEmpty();
    }

    @Test
    void anArchiveWriteWithAVersionReadBeforeAColleaguesChangeIsRefused() {
        Card seen = plan().cards().get(0);
        PlanColumn home = plan().columns().stream().filter(c -> c.id().equals(seen.column())).findFirst().orElseThrow();
        colleague.execute(new MoveCard(seen, column("Verstetigt"), 0));
        colleague.execute(new MoveCard(colleagueStore.card(seen.id()).orElseThrow(), home, 0));

        assertThatThrownBy(() -> store.transaction(tx -> {
            tx.plan().setArchived(seen.id(), true, seen.version());
            return null;
        })).isInstanceOf(PlanConflictException.class).hasMessageContaining("„" + seen.title() + "“");
        assertThat(store.card(seen.id())).isPresent();
        assertThat(store.archivedCards()).isEmpty();
    }

    @Test
    void switchingTheSwimlanesAColleagueSwitchedMeanwhileIsRefused() {
        colleague.execute(new SetSwimlanes(true));

        assertThatThrownBy(() -> editor.execute(new SetSwimlanes(true)))
                .isInstanceOf(PlanConflictException.class)
                .hasMessage("Die Swimlanes wurden inzwischen anderswo umgeschaltet. "
                        + "Es wurde nichts gespeichert; die Ansicht ist neu geladen.");
        assertThat(store.swimlanes()).isTrue();
        List<HistoryEntry> history = store.transaction(tx -> tx.plan().history());
        assertThat(history).extracting(HistoryEntry::who).doesNotContain("anna");
    }

    @Test
    void aSwimlaneWriteWithAVersionReadBeforeAColleaguesChangeIsRefusedEvenWhenTheyAreBackOff() {
        int version = store.transaction(tx -> tx.plan().planVersion());
        colleague.execute(new SetSwimlanes(true));
        colleague.execute(new SetSwimlanes(false));

        assertThatThrownBy(() -> store.transaction(tx -> {
            tx.plan().setSwimlanes(true, version);
            return null;
        })).isInstanceOf(PlanConflictException.class).hasMessageContaining("Swimlanes");
        assertThat(store.swimlanes()).isFalse();
        int now = store.transaction(tx -> tx.plan().planVersion());
        assertThat(now).isEqualTo(version + 2);
    }
}
