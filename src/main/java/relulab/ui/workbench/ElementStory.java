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
 *
 * <p>The walk-through tells the same story one pass at a time: {@link #forwardStep} and
 * {@link #backwardStep} name the element in each line, so the formula beside the grids says
 * which cell it is about.
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
        String xs = NumberText.forDisplay(x, digits);
        return "x[" + d + "," + r + "," + c + "] = " + xs + " \u2192 " + forward("out", x, digits)
                + "; dout = " + NumberText.forDisplay(dout, digits) + " \u2192 "
                + backward("dx", x, dout, atZero, digits);
    }

    /** The forward pass at one element, e.g. {@code out[0,1,2] = max(0, −0.95) = 0 (zeroed)}. */
    public static String forwardStep(int d, int r, int c, double x) {
        return forward("out" + index(d, r, c), x, DIGITS);
    }

    /**
     * The backward pass at one element, from dout through the gate to dx, e.g.
     * {@code dout[0,1,2] = 1.73 → x = −0.95 < 0, gate closed → dx[0,1,2] = 0 (gradient blocked)}.
     */
    public static String backwardStep(int d, int r, int c, double x, double dout, GradientAtZero atZero) {
        String at = index(d, r, c);
        return "dout" + at + " = " + NumberText.forDisplay(dout, DIGITS) + " \u2192 " + gate(x) + " \u2192 "
                + backward("dx" + at, x, dout, atZero, DIGITS);
    }

    private static String index(int d, int r, int c) {
        return "[" + d + "," + r + "," + c + "]";
    }

    private static String gate(double x) {
        String xs = NumberText.forDisplay(x, DIGITS);
        if (x > 0) {
            return "x = " + xs + " > 0, gate open";
        }
        if (x < 0) {
            return "x = " + xs + " < 0, gate closed";
        }
        return Double.isNaN(x) ? "x = NaN, gate closed" : "x = 0, the kink";
    }

    private static String forward(String out, double x, int digits) {
        String xs = NumberText.forDisplay(x, digits);
        String value = NumberText.forDisplay(Relu.STANDARD.forward(x), digits);
        if (Double.isNaN(x)) {
            return out + " = max(0, NaN) = NaN (NaN propagates)";
        }
        if (x > 0) {
            return out + " = max(0, " + xs + ") = " + value + " (passed)";
        }
        if (x < 0) {
            return out + " = max(0, " + xs + ") = " + value + " (zeroed)";
        }
        if (Double.doubleToRawLongBits(x) != 0) {
            return out + " = max(0, " + xs + ") = +0 (already zero; \u22120 becomes +0)";
        }
        return out + " = " + value + " (already zero)";
    }

    private static String backward(String dxName, double x, double dout, GradientAtZero atZero, int digits) {
        String dx = NumberText.forDisplay(Relu.of(atZero).backward(x, dout), digits);
        if (Double.isNaN(x)) {
            return dxName + " = " + dx + " (NaN > 0 is false, so the gradient is blocked)";
        }
        if (x > 0) {
            return dxName + " = dout = " + dx + " (gradient passes)";
        }
        if (x < 0) {
            return dxName + " = " + dx + " (gradient blocked)";
        }
        return switch (atZero) {
            case ZERO -> dxName + " = " + dx + " (at x = 0 ReLU\u2032 is taken as 0, as in PyTorch)";
            case HALF -> dxName + " = \u00BD\u00B7dout = " + dx
                    + " (at x = 0 ReLU\u2032 is taken as \u00BD, halfway between the slopes 0 and 1)";
            case ONE -> dxName + " = dout = " + dx + " (at x = 0 ReLU\u2032 is taken as 1, as for a positive x)";
        };
    }
}
