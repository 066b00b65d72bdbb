package relulab.cost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import relulab.core.Activation;
import relulab.core.Activations;

/** The timed backward loops of sigmoid and tanh give the engine's dx from the kept forward output. */
class BenchKernelTest {

    private static final double ROUNDING = 1e-15;

    @Test
    void sigmoidAndTanhBackwardFromTheKeptOutputGiveTheEnginesDx() {
        double[] x = {-3, -0.5, 0, 0.25, 2};
        double[] dout = {1, -2, 0.5, 3, -1};
        for (Map.Entry<String, BenchKernel> e : Map.of(
                        "sigmoid", BenchKernel.SIGMOID_BACKWARD, "tanh", BenchKernel.TANH_BACKWARD)
                .entrySet()) {
            Activation f = Activations.parse(e.getKey());
            double[] kept = new double[x.length];
            f.forward(x, kept);
            double[] expected = new double[x.length];
            f.backward(x, dout, expected);
            double[] timed = new double[x.length];

            e.getValue().run(kept, dout, timed);

            assertArrayEquals(expected, timed, ROUNDING, e.getKey());
        }
    }
}
