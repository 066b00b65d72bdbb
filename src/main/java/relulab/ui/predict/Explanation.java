package relulab.ui.predict;

import java.util.Arrays;
import relulab.core.Activation;
import relulab.core.GradientAtZero;
import relulab.io.NumberText;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.text.Messages;

/**
 * The one-line reason for the true answer at one cell. ReLU's is said the way the chapter says
 * it: {@code out = max(0, x)}, and {@code dx = dout} where the gate {@code x > 0} is open, else
 * 0, with the chosen ReLU′(0) at exactly {@code x = 0}. Any other activation gets the general
 * {@code out = f(x)} and {@code dx = f′(x)·dout} with its formula and numbers.
 *
 * <p>An activation may have its own sentence for a case in the bundle, under the general key
 * followed by its id ({@code why.dx.zero.half.relu}); the general sentence is used otherwise.
 * The values come from the activation itself, so an explanation never disagrees with the
 * answer it explains.
 */
final class Explanation {

    private static final int DIGITS = 3;

    private Explanation() {}

    /** Why out is what it is, e.g. {@code x = −0.7 < 0 → out = max(0, −0.7) = 0: zeroed}. */
    static String forward(double x, Activation f) {
        return sentence("why.out", "why.out." + sign(x), f, x, Double.NaN, f.forward(x));
    }

    /** Why dx is what it is, e.g. {@code x = 0 → out 0; dx 0 because ReLU′(0) = 0}. */
    static String backward(double x, double dout, Activation f) {
        String kink = Arrays.stream(GradientAtZero.values())
                .filter(g -> g.slope() == f.slope(0.0))
                .findFirst()
                .map(g -> "." + g.name().toLowerCase(java.util.Locale.ROOT))
                .orElse("");
        return sentence("why.dx", "why.dx." + sign(x) + (x == 0 ? kink : ""), f, x, dout, f.backward(x, dout));
    }

    /** The activation's own sentence for this case if the bundle has one, else the general one. */
    private static String sentence(
            String general, String specific, Activation f, double x, double dout, double answer) {
        Messages messages = Messages.of(Explanation.class);
        String own = specific + "." + f.id();
        return messages.format(
                messages.has(own) ? own : general,
                text(x),
                text(dout),
                text(answer),
                text(f.slope(x)),
                ActivationWords.formula(f));
    }

    private static String sign(double x) {
        if (x > 0) {
            return "positive";
        }
        if (x < 0) {
            return "negative";
        }
        return Double.isNaN(x) ? "nan" : "zero";
    }

    static String text(double v) {
        return NumberText.forDisplay(v + 0.0, DIGITS);
    }
}
