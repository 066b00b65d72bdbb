package relulab.ui.predict;

import relulab.core.GradientAtZero;
import relulab.core.Relu;
import relulab.io.NumberText;

/**
 * The one-line reason for the true answer at one cell, said the way the chapter says it:
 * {@code out = max(0, x)}, and {@code dx = dout} where the gate {@code x > 0} is open, else 0,
 * with the chosen ReLU′(0) at exactly {@code x = 0}. The values come from {@link Relu}, so an
 * explanation never disagrees with the answer it explains.
 */
final class Explanation {

    private static final int DIGITS = 3;

    private Explanation() {
    }

    /** Why out is what it is, e.g. {@code x = −0.7 < 0 → out = max(0, −0.7) = 0: zeroed}. */
    static String forward(double x) {
        String xs = text(x);
        if (x > 0) {
            return "x = " + xs + " > 0 \u2192 out = x = " + xs + ": passes, not zeroed";
        }
        if (x < 0) {
            return "x = " + xs + " < 0 \u2192 out = max(0, " + xs + ") = 0: zeroed";
        }
        if (Double.isNaN(x)) {
            return "x = NaN \u2192 out = NaN: NaN propagates";
        }
        return "x = 0 \u2192 out = 0, but it was 0 already: ReLU zeroes only x < 0";
    }

    /** Why dx is what it is, e.g. {@code x = 0 → out 0; dx 0 because ReLU′(0) = 0}. */
    static String backward(double x, double dout, GradientAtZero atZero) {
        String dx = text(Relu.of(atZero).backward(x, dout));
        String ds = text(dout);
        if (x > 0) {
            return "x = " + text(x) + " > 0 \u2192 gate open, dx = dout = " + ds;
        }
        if (x < 0 || Double.isNaN(x)) {
            return "x = " + text(x) + (x < 0 ? " < 0" : " is not > 0") + " \u2192 gate closed, dx = 0 whatever dout (" + ds + ")";
        }
        return switch (atZero) {
            case ZERO -> "x = 0 \u2192 out 0; dx 0 because ReLU\u2032(0) = 0 (as in PyTorch)";
            case HALF -> "x = 0 \u2192 dx = \u00BD\u00B7dout = " + dx + " because ReLU\u2032(0) = \u00BD here";
            case ONE -> "x = 0 \u2192 dx = dout = " + dx + " because ReLU\u2032(0) = 1 here";
        };
    }

    static String text(double v) {
        return NumberText.forDisplay(v + 0.0, DIGITS);
    }
}
