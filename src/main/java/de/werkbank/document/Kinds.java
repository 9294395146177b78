package de.werkbank.document;

import de.werkbank.catalogue.Kind;
import de.werkbank.i18n.Messages;

/** Blue and green as the app shows them: in colour and in a word, so a black-and-white copy reads too. */
final class Kinds {

    private Kinds() {
    }

    static void badge(Xhtml x, Messages m, Kind kind) {
        x.element("span", m.text("ui.werkzeug.kind." + kind.name()), "class", "kind kind-" + kind.name());
    }
}
