package de.werkbank.crash;

import de.werkbank.session.Session;
import de.werkbank.store.StoreLocation;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The process the crash test kills: opens a store and makes the script's edits through the
 * {@code PlanEditor}, one after another, printing each edit's number after its commit has returned.
 * Arguments: the store folder, the history's size before the first edit of the script, and a file the
 * numbers also go to, each with a write of its own: what a write returned from survives the kill in
 * the operating system, while a loaded machine may not pass all of the pipe's last lines on.
 */
public final class EditChild {

    private EditChild() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int base = Integer.parseInt(args[1]);
        try (FileOutputStream progress = new FileOutputStream(args[2], true); Session session = Session.openOrCreate(StoreLocation.in(dir))) {
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
                progress.write(("done " + n + "\n").getBytes(StandardCharsets.US_ASCII));
                System.out.println("done " + n);
                System.out.flush();
            }
        }
    }
}
