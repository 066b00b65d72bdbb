package relulab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import relulab.core.Activation;
import relulab.core.GradientCheck;
import relulab.core.LeakyRelu;
import relulab.core.Relu;

/** The analytic gradients of the MLP against centred differences of the loss. */
class BackpropTest {

    private static final double H = 1e-6;
    /** cs231n's rule of thumb: a relative error below 1e-7 means the gradient is right. */
    private static final double MAX_RELATIVE_ERROR = 1e-6;
    /** Rounding of a mean over 300 terms. */
    private static final double SUM_TOLERANCE = 1e-12;

    private static final Dataset DATA = DatasetKind.SPIRAL.generate(7);

    @Test
    void reluGradientsMatchCentredDifferences() {
        checkGradients(Relu.STANDARD);
    }

    @Test
    void leakyGradientsMatchCentredDifferences() {
        checkGradients(new LeakyRelu(0.1));
    }

    @Test
    void lossOfUniformScoresIsLogOfTheClassCount() {
        int[] sizes = {2, 4, 3};
        Mlp zero = Mlp.of(
                2, new double[][] {new double[8], new double[12]}, new double[][] {new double[4], new double[3]});
        Backprop pass = new Backprop(sizes, DATA.size(), Relu.STANDARD);
        double loss = pass.forward(zero.copyWeights(), zero.copyBiases(), DATA.pointsView(), DATA.labelsView());
        assertEquals(Math.log(3), loss, SUM_TOLERANCE);
    }

    private static void checkGradients(Activation f) {
        int[] sizes = {2, 5, 4, 3};
        Random random = new Random(3);
        Mlp model = Mlp.heNormal(sizes, random);
        double[][] w = model.copyWeights();
        double[][] b = model.copyBiases();
        // Nonzero biases: with zero ones, a unit whose inputs are all 0 sits exactly on ReLU's
        // kink, where a centred difference is wrong (see GradientCheck.nearKink).
        for (double[] layer : b) {
            for (int i = 0; i < layer.length; i++) {
                layer[i] = 0.2 * random.nextGaussian();
            }
        }
        Backprop pass = new Backprop(sizes, DATA.size(), f);
        pass.forward(w, b, DATA.pointsView(), DATA.labelsView());
        pass.backward();
        int checked = 0;
        for (int l = 0; l < w.length; l++) {
            for (int i = 0; i < w[l].length; i++) {
                double numeric = centred(pass, w, b, w[l], i);
                assertSmall(pass.gradW[l][i], numeric, "W" + l + "[" + i + "]");
                checked++;
            }
            for (int i = 0; i < b[l].length; i++) {
                assertSmall(pass.gradB[l][i], centred(pass, w, b, b[l], i), "b" + l + "[" + i + "]");
                checked++;
            }
        }
        assertTrue(checked > 50);
    }

    private static double centred(Backprop pass, double[][] w, double[][] b, double[] param, int i) {
        double saved = param[i];
        param[i] = saved + H;
        double plus = pass.forward(w, b, DATA.pointsView(), DATA.labelsView());
        param[i] = saved - H;
        double minus = pass.forward(w, b, DATA.pointsView(), DATA.labelsView());
        param[i] = saved;
        return (plus - minus) / (2 * H);
    }

    private static void assertSmall(double analytic, double numeric, String what) {
        double error = GradientCheck.relativeError(analytic, numeric);
        assertTrue(
                error < MAX_RELATIVE_ERROR || Math.abs(analytic - numeric) < 1e-9,
                what + ": analytic " + analytic + ", numeric " + numeric + ", relative error " + error);
    }
}
