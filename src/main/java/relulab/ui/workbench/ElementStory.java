package relulab.ui.workbench;

import relulab.core.GradientAtZero;
import relulab.core.Relu;
import relulab.io.NumberText;

/**
 * The one-line story of one element of a ReLU layer, shown when the mouse rests on a cell:
 * the forward {@code out = max(0, x)} and the backward {@code dx = x > 0 ? dout : 0}, with the
 * reason for each result.
 *
 * <pre>
 * x[1,2,3] = −0.7 → out = max(0, −0.7) = 0 (zeroed); dout = 0.3 → dx = 0 (gradient blocked)
 * </pre>
 *
 * <p>The edge cases say what happens and why: at exactly 0 the chosen ReLU′(0) is named (0 as
 * in PyTorch, or ½, or 1); {@code −0} comes out as {@code +0}; NaN propagates forward but
 * blocks the gradient, because {@code NaN > 0} is false. The values come from {@link Relu}
 * itself, so the story can never disagree with the grids. Numbers are printed by
 * {@link NumberText#forDisplay} with the typographic minus, like the cells.
 */
public final class ElementStory {

    /** Significant digits of the numbers in a story: a little more than a cell can show. */
    public static final int DIGITS = 4;

    private ElementStory() {
    }

    /** The story of element (d, r, c) with {@link #DIGITS} significant digits. */
    public static String describe(int d, int r, int c, double x, double dout, GradientAtZero atZero) {
        return describe(d, r, c, x, dout, atZero, DIGITS);
    }

    /** The story of element (d, r, c), numbers with {@code digits} significant digits. */
    public static String describe(int d, int r, int c, double x, double dout, GradientAtZero atZero,
                                  int digits) {
        Relu relu = Relu.withGradientAtZero(atZero);
        String xs = NumberText.forDisplay(x, digits);
        return "x[" + d + "," + r + "," + c + "] = " + xs + " \u2192 "
                + forward(x, xs, NumberText.forDisplay(relu.forward(x), digits))
                + "; dout = " + NumberText.forDisplay(dout, digits) + " \u2192 "
                + backward(x, atZero, NumberText.forDisplay(relu.backward(x, dout), digits));
    }

    private static String forward(double x, String xs, String out) {
        if (Double.isNaN(x)) {
            return "out = max(0, NaN) = NaN (NaN propagates)";
        }
        if (x > 0) {
            return "out = max(0, " + xs + ") = " + out + " (passed)";
        }
        if (x < 0) {
            return "out = max(0, " + xs + ") = " + out + " (zeroed)";
        }
        if (Double.doubleToRawLongBits(x) != 0) {
            return "out = max(0, " + xs + ") = +0 (already zero; \u22120 becomes +0)";
        }
        return "out = " + out + " (already zero)";
    }

    private static String backward(double x, GradientAtZero atZero, String dx) {
        if (Double.isNaN(x)) {
            return "dx = " + dx + " (NaN > 0 is false, so the gradient is blocked)";
        }
        if (x > 0) {
            return "dx = dout = " + dx + " (gradient passes)";
        }
        if (x < 0) {
            return "dx = " + dx + " (gradient blocked)";
        }
        return switch (atZero) {
            case ZERO -> "dx = " + dx + " (at x = 0 ReLU\u2032 is taken as 0, as in PyTorch)";
            case HALF -> "dx = \u00BD\u00B7dout = " + dx
                    + " (at x = 0 ReLU\u2032 is taken as \u00BD, halfway between the slopes 0 and 1)";
            case ONE -> "dx = dout = " + dx + " (at x = 0 ReLU\u2032 is taken as 1, as for a positive x)";
        };
    }
}
