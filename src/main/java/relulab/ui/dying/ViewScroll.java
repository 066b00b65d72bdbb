package relulab.ui.dying;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * The scroll pane around each of the tab's views: as wide as the view (no sideways scrolling), as
 * tall as the room when the content fits, and scrolling when it does not — a short window, a long
 * translation or presentation mode's large type — so a chart keeps its minimum size and its axis
 * labels, and a sentence below the pictures its last line, instead of being squashed or cut.
 */
final class ViewScroll {

    private ViewScroll() {}

    /** {@code content} in a scroll pane that fits it to the room it is given. */
    static ScrollPane around(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("view-scroll");
        return scroll;
    }
}
