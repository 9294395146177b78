package de.werkbank.ui.board;

import de.werkbank.catalogue.Werkzeug;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;

/**
 * What is being dragged onto the board right now: a tool from the catalogue or a card. The drag is
 * a JavaFX press-drag-release gesture inside the window (no system clipboard), so it behaves the
 * same on every platform and in headless tests.
 */
public final class BoardDrag {

    /** A dragged thing. */
    public sealed interface Payload {
    }

    /** A catalogue tool, to become a new card. */
    public record Tool(Werkzeug werkzeug) implements Payload {
    }

    /** A card of the plan, to be moved. */
    public record CardMove(CardItem card) implements Payload {
    }

    private Payload payload;

    /**
     * Lets the user drag {@code node}: a drag started on it carries what {@code payload} gives at that
     * moment (nothing, if it gives {@code null}).
     */
    public void makeDraggable(Node node, Supplier<Payload> payload) {
        node.addEventHandler(MouseEvent.DRAG_DETECTED, e -> {
            Payload p = payload.get();
            if (p != null) {
                start(p);
                node.startFullDrag();
                e.consume();
            }
        });
        node.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> clear());
    }

    public void start(Payload payload) {
        this.payload = payload;
    }

    public Optional<Payload> current() {
        return Optional.ofNullable(payload);
    }

    public void clear() {
        payload = null;
    }
}
