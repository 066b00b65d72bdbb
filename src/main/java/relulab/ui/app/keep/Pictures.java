package relulab.ui.app.keep;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.Chart;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import relulab.ui.shared.grid.TensorGrid;

/**
 * Pictures of what the window shows, for slides: a whole tab, a chart (its title and legend are
 * part of it) or a grid with its panel's title and the colour legend beside it. Drawn at a
 * scale (2× by default), so a slide stays sharp on a projector.
 */
final class Pictures {

    /** The scale of a picture unless another is chosen. */
    static final double DEFAULT_SCALE = 2;
    /** Style class of the panel that holds a grid view's colour legend. */
    private static final String LEGEND_PANEL = "legend-panel";

    private Pictures() {}

    /** A picture of {@code node} as shown, {@code scale} times its size on screen. On the FX thread. */
    static BufferedImage of(Node node, double scale) {
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        p.setFill(Color.WHITE);
        WritableImage image = node.snapshot(p, null);
        return SwingFXUtils.fromFXImage(image, null);
    }

    /**
     * What a picture of the thing at {@code picked} shows: the chart it is in, or the panel of
     * the grid it is in, or null when it is in neither.
     */
    static Node subjectAt(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n instanceof Chart) {
                return n;
            }
            if (n instanceof TensorGrid grid) {
                return grid.getParent() != null ? grid.getParent() : grid;
            }
        }
        return null;
    }

    /**
     * A picture of {@code subject}; when it is a grid's panel and {@code tab} shows a colour
     * legend, the legend's panel is drawn beside it, so the colours can be read.
     */
    static BufferedImage withLegend(Node subject, Parent tab, double scale) {
        BufferedImage main = of(subject, scale);
        Node legend = subject instanceof Chart || tab == null ? null : tab.lookup("." + LEGEND_PANEL);
        if (legend == null || legend == subject) {
            return main;
        }
        BufferedImage key = of(legend, scale);
        int gap = (int) Math.round(8 * scale);
        BufferedImage both = new BufferedImage(
                main.getWidth() + gap + key.getWidth(),
                Math.max(main.getHeight(), key.getHeight()),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = both.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, both.getWidth(), both.getHeight());
        g.drawImage(main, 0, 0, null);
        g.drawImage(key, main.getWidth() + gap, 0, null);
        g.dispose();
        return both;
    }
}
