package de.werkbank.ui.shell;

import de.werkbank.i18n.UserFacingException;
import de.werkbank.session.StoreWatch;
import java.util.function.Supplier;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/**
 * Keeps the window's views in step with changes made by another process (a command while the window
 * is open, ADR 3): when the window loses the focus, the store as it is counts as seen (the window's
 * own changes are in it); when it gets the focus again or shows another tab, one query tells whether
 * the store changed since, and if so the views read it again.
 */
final class OutsideChanges {

    private OutsideChanges() {
    }

    /**
     * @param watch  the open store's watch ({@code null} while none is open)
     * @param reload reads every view again
     */
    static void follow(Stage stage, TabPane tabs, Supplier<StoreWatch> watch, Runnable reload) {
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                reloadIfChanged(watch, reload);
            } else if (watch.get() != null) {
                quietly(() -> watch.get().markSeen());
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener(o -> reloadIfChanged(watch, reload));
    }

    private static void reloadIfChanged(Supplier<StoreWatch> watch, Runnable reload) {
        StoreWatch current = watch.get();
        if (current != null) {
            quietly(() -> {
                if (current.changedSinceSeen()) {
                    reload.run();
                }
            });
        }
    }

    /** A store that cannot be read just now (closing, busy) is looked at again the next time. */
    private static void quietly(Runnable check) {
        try {
            check.run();
        } catch (UserFacingException e) {
            LoggerFactory.getLogger(OutsideChanges.class).warn("Could not check the store for outside changes", e);
        }
    }
}
