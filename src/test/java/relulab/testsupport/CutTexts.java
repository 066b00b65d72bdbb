package relulab.testsupport;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * The texts a layout cuts: every Labeled shown under a root whose skin draws its text cut to
 * "…" (the skin puts the ellipsis in the string it displays), or that runs off the window outside
 * a scrolling pane. Call on the FX thread after the root has been styled and laid out.
 */
public final class CutTexts {

    private CutTexts() {}

    /** The Labeled nodes under {@code root} shown on screen whose displayed text is cut. */
    public static List<String> under(Parent root, String where) {
        List<String> cut = new ArrayList<>();
        collect(root, where, cut);
        return cut;
    }

    private static void collect(Node node, String where, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && isCut(labeled)) {
            Bounds b = labeled.localToScene(labeled.getLayoutBounds());
            cut.add(where + ": \"" + labeled.getText() + "\" shown as \"" + displayed(labeled) + "\" ("
                    + labeled.getClass().getSimpleName() + " " + Math.round(b.getWidth()) + " px wide)");
        }
        if (node instanceof Labeled labeled && labeled.getScene() != null && !inScrollPane(labeled)) {
            Bounds b = labeled.localToScene(labeled.getLayoutBounds());
            if (b.getMaxX() > labeled.getScene().getWidth() + 1
                    || b.getMaxY() > labeled.getScene().getHeight() + 1) {
                cut.add(where + ": \"" + labeled.getText() + "\" runs off the window, at " + b);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, where, cut);
            }
        }
    }

    private static boolean inScrollPane(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane
                    || n instanceof javafx.scene.control.ListView
                    || n instanceof javafx.scene.control.TableView) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCut(Labeled labeled) {
        String text = labeled.getText();
        String shown = displayed(labeled);
        return text != null
                && !text.isEmpty()
                && shown != null
                && !shown.equals(text)
                && !shown.equals(text.replace("_", ""))
                && labeled.getWidth() > 0;
    }

    /** The text the skin draws: its LabeledText child, which holds the ellipsis when cut. */
    private static String displayed(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return null;
    }
}
