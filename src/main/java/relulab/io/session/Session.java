package relulab.io.session;

import relulab.core.GradientAtZero;
import relulab.core.LeakyRelu;
import relulab.io.TensorData;

/**
 * Everything a {@code .relulab} file keeps: the tensors the lessons share, how the layer
 * computes, and each lesson's own settings.
 *
 * <p>The lesson parts may be absent (null): a session written before a lesson existed, or one
 * made by the command line, leaves that lesson as it is when opened.
 *
 * @param x              the layer's input, with the dtype and rank it came in
 * @param dout           the upstream gradient, of x's shape
 * @param leakySlope     0 for ReLU, else Leaky ReLU's slope in (0, 1)
 * @param gradientAtZero the chosen ReLU′(0)
 * @param colors         the grids' palette and scale, or null
 * @param dying          the dying-ReLU lesson's network and training, or null
 * @param vanishing      the vanishing-gradient lesson's stack, or null
 * @param selectedTab    the id of the lesson shown, or null
 */
public record Session(TensorData x, TensorData dout, double leakySlope, GradientAtZero gradientAtZero,
                      ColorSettings colors, DyingSettings dying, VanishingSettings vanishing, String selectedTab) {

    public Session {
        if (x == null || dout == null || gradientAtZero == null) {
            throw new IllegalArgumentException("a session needs x, dout and ReLU′(0)");
        }
        x.tensor().shape().requireSame(dout.tensor().shape(), "dout");
        if (leakySlope != 0) {
            new LeakyRelu(leakySlope);  // throws with the allowed range
        }
    }
}
