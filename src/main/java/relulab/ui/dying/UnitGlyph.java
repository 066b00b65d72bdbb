package relulab.ui.dying;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import relulab.train.UnitState;

/**
 * How a unit looks in the grids and the legend. The states differ in shape as well as colour,
 * so they read without colour (and in black-and-white print): a filled disc is alive, a
 * cross on a pale square is dead, framed when dead from initialisation, a hollow ring is inactive
 * (Leaky ReLU), a ring crossed by a bar on a pale square is nearly dead (a member without a flat
 * side whose slope is below the floor on every point). The colours come from
 * the stylesheet ({@link UnitGrid}'s CSS properties).
 */
final class UnitGlyph {

    /** The colours of the glyphs, as resolved from CSS. */
    record Colors(Color alive, Color dead, Color deadBackground, Color inactive) {}

    private UnitGlyph() {}

    /**
     * Draws a unit dead from initialisation: the dead glyph in a frame, so that the units no
     * update killed stand apart from those a step did.
     */
    static void drawDeadFromStart(GraphicsContext g, double x, double y, double size, Colors colors) {
        draw(g, UnitState.DEAD, x, y, size, colors);
        g.setStroke(colors.dead());
        double lw = Math.max(1.5, size * 0.08);
        g.setLineWidth(lw);
        g.strokeRect(x + 1 + lw / 2, y + 1 + lw / 2, size - 2 - lw, size - 2 - lw);
    }

    /** Draws the glyph of {@code state} centred in the square at (x, y) with side {@code size}. */
    static void draw(GraphicsContext g, UnitState state, double x, double y, double size, Colors colors) {
        double pad = Math.max(1, size * 0.14);
        double d = size - 2 * pad;
        switch (state) {
            case ALIVE -> {
                g.setFill(colors.alive());
                g.fillOval(x + pad, y + pad, d, d);
            }
            case DEAD -> {
                g.setFill(colors.deadBackground());
                g.fillRect(x + 1, y + 1, size - 2, size - 2);
                g.setStroke(colors.dead());
                g.setLineWidth(Math.max(1.5, size * 0.12));
                double a = pad * 1.3;
                g.strokeLine(x + a, y + a, x + size - a, y + size - a);
                g.strokeLine(x + size - a, y + a, x + a, y + size - a);
            }
            case INACTIVE -> {
                g.setStroke(colors.inactive());
                double lw = Math.max(1.5, size * 0.12);
                g.setLineWidth(lw);
                g.strokeOval(x + pad + lw / 2, y + pad + lw / 2, d - lw, d - lw);
            }
            case NEARLY_DEAD -> {
                g.setFill(colors.deadBackground());
                g.fillRect(x + 1, y + 1, size - 2, size - 2);
                g.setStroke(colors.dead());
                double lw = Math.max(1.5, size * 0.1);
                g.setLineWidth(lw);
                g.strokeOval(x + pad + lw / 2, y + pad + lw / 2, d - lw, d - lw);
                g.strokeLine(x + pad, y + size / 2, x + size - pad, y + size / 2);
            }
            default -> throw new IllegalArgumentException(String.valueOf(state));
        }
    }
}
