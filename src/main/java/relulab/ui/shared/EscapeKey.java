package relulab.ui.shared;

import java.util.function.BooleanSupplier;
import javafx.event.EventTarget;
import javafx.scene.Node;

/**
 * Who gets Esc. Esc means "back out of what I am in": close the help, leave the walk-through,
 * cancel an edit — and, when nothing else is going on, leave presentation mode. A part of the
 * window that uses Esc claims it here while it is in use; the shell leaves presentation mode
 * only on an Esc that no part of the window claimed, so a teacher backing out of a walk-through
 * stays on the projector.
 */
public final class EscapeKey {

    private static final Object CLAIM = EscapeKey.class;

    private EscapeKey() {}

    /** Esc pressed at {@code node} or inside it belongs to it whenever {@code inUse} says so. */
    public static void claimWhile(Node node, BooleanSupplier inUse) {
        node.getProperties().put(CLAIM, inUse);
    }

    /** Whether an Esc aimed at {@code target} is claimed by it or by one of its ancestors. */
    public static boolean claimed(EventTarget target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n.getProperties().get(CLAIM) instanceof BooleanSupplier inUse && inUse.getAsBoolean()) {
                return true;
            }
        }
        return false;
    }
}
