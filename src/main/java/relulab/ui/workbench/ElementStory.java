package relulab.ui.workbench;

import relulab.core.Activation;
import relulab.io.NumberText;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.text.Messages;

/**
 * The one-line story of one element of the layer, shown when the mouse rests on a cell: the
 * forward {@code out = f(x)} and the backward {@code dx = f'(x)·dout}, with the reason for each
 * result. For ReLU:
 *
 * <pre>
 * x[1,2,3] = −0.7 → out = max(0, −0.7) = 0 (zeroed); dout = 0.3 → dx = 0 (gradient blocked)
 * </pre>
 *
 * <p>The sentences are the activation's own ({@link ActivationWords}, keys
 * {@code <id>.story.forward.<case>} and {@code <id>.story.backward.<case>}), chosen by the same
 * cases for every member — x positive, negative, exactly 0, −0, NaN — since the masks are
 * {@code x > 0} and {@code x < 0} for all. The edge cases say what happens and why: at exactly 0
 * ReLU's sentence names the chosen ReLU′(0) (0 as in PyTorch, or ½, or 1); {@code −0} comes out
 * as {@code +0}; NaN propagates forward but blocks the gradient, because {@code NaN > 0} is false.
 * The values come from the activation itself, so the story can never disagree with the grids.
 * Numbers are printed by {@link NumberText#forDisplay} with the typographic minus, like the cells.
 *
 * <p>The walk-through tells the same story one pass at a time: {@link #forwardStep} and
 * {@link #backwardStep} name the element in each line, so the formula beside the grids says
 * which cell it is about.
 */
public final class ElementStory {

    /** Significant digits of the numbers in a story: a little more than a cell can show. */
    public static final int DIGITS = 4;

    private static final Messages TEXT = Messages.of(ElementStory.class);

    private ElementStory() {}

    /** The story of element (d, r, c) under {@code f} with {@link #DIGITS} significant digits. */
    public static String describe(int d, int r, int c, double x, double dout, Activation f) {
        return describe(d, r, c, x, dout, f, DIGITS);
    }

    /** The story of element (d, r, c) under {@code f}, numbers with {@code digits} significant digits. */
    public static String describe(int d, int r, int c, double x, double dout, Activation f, int digits) {
        return TEXT.format(
                "story.element",
                index(d, r, c),
                NumberText.forDisplay(x, digits),
                forward(f, "out", x, digits),
                NumberText.forDisplay(dout, digits),
                backward(f, "dx", x, dout, digits));
    }

    /** The forward pass at one element, e.g. {@code out[0,1,2] = max(0, −0.95) = 0 (zeroed)}. */
    public static String forwardStep(int d, int r, int c, double x, Activation f) {
        return forward(f, "out" + index(d, r, c), x, DIGITS);
    }

    /**
     * The backward pass at one element, from dout through the gate to dx, e.g.
     * {@code dout[0,1,2] = 1.73 → x = −0.95 < 0, gate closed → dx[0,1,2] = 0 (gradient blocked)}.
     */
    public static String backwardStep(int d, int r, int c, double x, double dout, Activation f) {
        String at = index(d, r, c);
        String gate = ActivationWords.message(
                f,
                "story.gate." + backwardCase(x),
                NumberText.forDisplay(x, DIGITS),
                NumberText.forDisplay(f.slope(x), DIGITS));
        return TEXT.format(
                "story.step.backward",
                at,
                NumberText.forDisplay(dout, DIGITS),
                gate,
                backward(f, "dx" + at, x, dout, DIGITS));
    }

    /** An element's place as NumPy writes it, e.g. {@code [0,1,2]}: code, not words. */
    private static String index(int d, int r, int c) {
        return "[" + d + "," + r + "," + c + "]";
    }

    private static String forward(Activation f, String out, double x, int digits) {
        String which = Double.isNaN(x)
                ? "nan"
                : x > 0 ? "positive" : x < 0 ? "negative" : Double.doubleToRawLongBits(x) != 0 ? "negzero" : "zero";
        return ActivationWords.message(
                f,
                "story.forward." + which,
                out,
                NumberText.forDisplay(x, digits),
                NumberText.forDisplay(f.forward(x), digits));
    }

    private static String backward(Activation f, String dxName, double x, double dout, int digits) {
        return ActivationWords.message(
                f,
                "story.backward." + backwardCase(x),
                dxName,
                NumberText.forDisplay(f.backward(x, dout), digits),
                NumberText.forDisplay(f.slope(x), digits),
                f.slope(0.0));
    }

    /** Which side of the gate x is on: the same cases for every activation. */
    private static String backwardCase(double x) {
        return Double.isNaN(x) ? "nan" : x > 0 ? "positive" : x < 0 ? "negative" : "zero";
    }
}
