package de.werkbank.session;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.plan.Card;
import de.werkbank.plan.MoveCard;
import de.werkbank.plan.Plan;
import de.werkbank.store.StoreLocation;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {

    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("de/werkbank-test-" + UUID.randomUUID());
    private final UserSettings settings = new UserSettings(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void withoutASettingTheHistoryNamesTheOperatingSystemUser() {
        assertThat(settings.userName()).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void theHistoryNamesTheUserAsSetFromTheNextChangeOn() {
        try (Session session = Session.openOrCreate(StoreLocation.in(dir), settings)) {
            Plan plan = session.store().plan().orElseThrow();
            Card card = plan.cardsIn(plan.columns().get(0).id()).get(0);
            settings.setUserName("  Anna Schmitz ");
            session.editor().execute(new MoveCard(card, plan.columns().get(1), 0));
            assertThat(session.store().history()).last().extracting(h -> h.who()).isEqualTo("Anna Schmitz");
        }
        settings.setUserName(" ");
        assertThat(settings.userName()).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void theWindowsPlaceAndTheSheetsWidthAreKeptForTheNextStart() {
        assertThat(settings.windowPlace()).isEmpty();
        assertThat(settings.sheetWidth()).isZero();
        settings.setWindowPlace(new UserSettings.WindowPlace(40, 30, 1100, 700, true));
        settings.setSheetWidth(520);

        UserSettings next = new UserSettings(node);
        assertThat(next.windowPlace()).contains(new UserSettings.WindowPlace(40, 30, 1100, 700, true));
        assertThat(next.sheetWidth()).isEqualTo(520.0);
    }
}
