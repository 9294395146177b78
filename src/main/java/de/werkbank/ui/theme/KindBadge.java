package de.werkbank.ui.theme;

import de.werkbank.catalogue.Kind;
import de.werkbank.i18n.Messages;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;

/** The blue/green marker of a tool: a coloured dot with the word, so colour is not the only cue. */
public final class KindBadge extends Label {

    private static final PseudoClass BLUE = PseudoClass.getPseudoClass("blue");
    private static final PseudoClass GREEN = PseudoClass.getPseudoClass("green");

    public KindBadge() {
        getStyleClass().add("kind-badge");
    }

    public void show(Kind kind) {
        pseudoClassStateChanged(BLUE, kind == Kind.BLUE);
        pseudoClassStateChanged(GREEN, kind == Kind.GREEN);
        setText(Messages.tr("ui.kind." + kind.name()));
    }
}
