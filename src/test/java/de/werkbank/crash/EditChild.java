package de.werkbank.crash;

import de.werkbank.session.Session;
import de.werkbank.store.StoreLocation;
import java.nio.file.Path;

/**
 * The process the crash test kills: opens a store and makes the script's edits through the
 * {@code PlanEditor}, one after another, printing each edit's number after its commit has returned.
 * Arguments: the store folder, the history's size before the first edit of the script.
 */
public final class EditChild {

    private EditChild() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int base = Integer.parseInt(args[1]);
        try (Session session = Session.openOrCreate(StoreLocation.in(dir))) {
            var store = session.store();
            int cards = EditScript.initialCards(store.plan().orElseThrow()).size();
            int columns = store.plan().orElseThrow().columns().size();
            int tools = store.catalogue().active().size();
            int n = store.history().size() - base;
            System.out.println("ready " + n);
            System.out.flush();
            while (true) {
                n++;
                session.editor().execute(EditScript.command(EditScript.edit(n, cards, columns, tools), store));
                System.out.println("done " + n);
                System.out.flush();
            }
        }
    }
}
