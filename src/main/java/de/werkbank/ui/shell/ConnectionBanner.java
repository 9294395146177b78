package de.werkbank.ui.shell;

import de.werkbank.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The line above the window's content while a shared store's connection is lost: the window is
 * read-only then (its content disabled — what was typed stays in its field), the store reconnects by
 * itself with backoff, and the banner says when it is back, then goes.
 */
final class ConnectionBanner {

    private final Label label = new Label();
    private final Node content;

    ConnectionBanner(Node content) {
        this.content = content;
        label.getStyleClass().add("connection-banner");
        label.setId("connection-banner");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setWrapText(true);
        label.setVisible(false);
        label.setManaged(false);
    }

    Node node() {
        return label;
    }

    /** The connection is there ({@code true}) or lost. */
    void connected(boolean up) {
        content.setDisable(!up);
        label.setText(Messages.tr(up ? "ui.connection.back" : "ui.connection.lost"));
        label.setVisible(true);
        label.setManaged(true);
        if (up) {
            var hide = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(4));
            hide.setOnFinished(e -> {
                if (!content.isDisabled()) {
                    label.setVisible(false);
                    label.setManaged(false);
                }
            });
            hide.play();
        }
    }
}
