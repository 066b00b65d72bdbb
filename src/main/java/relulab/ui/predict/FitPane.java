package relulab.ui.predict;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Shows its content at its preferred size, scaled to fit the room it is given — down on a
 * small screen or in presentation mode, up to {@link #MAX_SCALE} on a large one — so that the
 * question's cells are always all on screen and as big as the room allows, with no scrolling.
 */
final class FitPane extends Region {

    /** The most the content grows: beyond it, big cells stop helping and start to look odd. */
    static final double MAX_SCALE = 1.6;

    private final Node content;

    FitPane(Node content) {
        this.content = content;
        getChildren().add(content);
        setMinSize(0, 0);
    }

    @Override
    protected void layoutChildren() {
        double w = content.prefWidth(-1);
        double h = content.prefHeight(w);
        double room = Math.min(
                (getWidth() - snappedLeftInset() - snappedRightInset()) / w,
                (getHeight() - snappedTopInset() - snappedBottomInset()) / h);
        double scale = Math.max(0.1, Math.min(MAX_SCALE, room));
        content.resize(w, h);
        content.setScaleX(scale);
        content.setScaleY(scale);
        // A node scales about its centre: move it so that the scaled box starts at the top left.
        content.relocate(snappedLeftInset() + (w * scale - w) / 2, snappedTopInset() + (h * scale - h) / 2);
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(-1) + snappedTopInset() + snappedBottomInset();
    }
}
