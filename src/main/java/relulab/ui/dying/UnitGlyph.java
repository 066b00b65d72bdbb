package relulab.ui.dying;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import relulab.train.UnitState;

/**
 * How a unit looks in the grids and the legend. The states differ in shape as well as colour,
 * so they read without colour (and in black-and-white print): a filled disc is alive, a
 * cross on a pale square is dead, a hollow ring is inactive (Leaky ReLU).
 */
final class UnitGlyph {

    static final Color ALIVE = Color.web("#2b8a3e");
    static final Color DEAD = Color.web("#c92a2a");
    static final Color DEAD_BACKGROUND = Color.web("#ffe3e3");
    static final Color INACTIVE = Color.web("#e67700");

    private UnitGlyph() {
    }

    /** Draws the glyph of {@code state} centred in the square at (x, y) with side {@code size}. */
    static void draw(GraphicsContext g, UnitState state, double x, double y, double size) {
        double pad = Math.max(1, size * 0.14);
        double d = size - 2 * pad;
        switch (state) {
            case ALIVE -> {
                g.setFill(ALIVE);
                g.fillOval(x + pad, y + pad, d, d);
            }
            case DEAD -> {
                g.setFill(DEAD_BACKGROUND);
                g.fillRect(x + 1, y + 1, size - 2, size - 2);
                g.setStroke(DEAD);
                g.setLineWidth(Math.max(1.5, size * 0.12));
                double a = pad * 1.3;
                g.strokeLine(x + a, y + a, x + size - a, y + size - a);
                g.strokeLine(x + size - a, y + a, x + a, y + size - a);
            }
            case INACTIVE -> {
                g.setStroke(INACTIVE);
                double lw = Math.max(1.5, size * 0.12);
                g.setLineWidth(lw);
                g.strokeOval(x + pad + lw / 2, y + pad + lw / 2, d - lw, d - lw);
            }
            default -> throw new IllegalArgumentException(String.valueOf(state));
        }
    }
}
