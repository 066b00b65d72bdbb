package relulab.testsupport;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * How much of the screen a node covers: its layout bounds in the scene, cut to the scene and to
 * the viewport of every scroll pane it sits in, so that a picture scrolled out of sight counts for
 * nothing. The presentation-mode tests compare this area with and without F5. On the FX thread.
 */
public final class ShownArea {

    private ShownArea() {}

    /** The area of {@code node} that can be seen, in square pixels; 0 when it or an ancestor is hidden. */
    public static double of(Node node) {
        if (!visible(node)) {
            return 0;
        }
        Bounds b = cut(
                node.localToScene(node.getLayoutBounds()),
                new BoundingBox(
                        0, 0, node.getScene().getWidth(), node.getScene().getHeight()));
        for (Parent p = node.getParent(); p != null && b != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                Node viewport = scroll.lookup(".viewport");
                Node room = viewport != null ? viewport : scroll;
                b = cut(b, room.localToScene(room.getLayoutBounds()));
            }
        }
        return b == null ? 0 : b.getWidth() * b.getHeight();
    }

    /** Whether {@code node} and every ancestor are visible. */
    public static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Bounds cut(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX <= minX || maxY <= minY ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }
}
