package relulab.ui.gradcheck;

import relulab.core.Shape;
import relulab.core.Tensor3;

/**
 * The x and dout the gradient check opens on: sixteen cells whose |x| are spread over the
 * decades the step slider offers — x = 0, then 4e−8, 3e−7, 2e−6, 6e−6, 8e−6 within the default
 * h = 1e−5, then 3e−5 … 2.5 — so moving h visibly changes how many cells lie within h of the
 * kink: 2 at h = 1e−7, 6 at 1e−5, 8 at 1e−3, 11 at 1e−1. The workbench's tensors usually hold one
 * such cell or none, so a smaller h would change nothing there.
 */
final class KinkExample {

    static final Shape SHAPE = new Shape(1, 4, 4);

    private static final double[] X = {
        0.0, 4e-8, -3e-7, 2e-6, -6e-6, 8e-6, 3e-5, -4e-4, 2e-3, -0.05, 0.3, -1.2, 2.5, -0.7, 0.04, 1.5,
    };
    private static final double[] DOUT = {
        0.8, -1.3, 0.5, 2.0, -0.4, 1.1, -0.9, 0.6, 1.7, -2.2, 0.3, -0.75, 1.25, 0.9, -1.6, 0.45,
    };

    private KinkExample() {}

    static Tensor3 x() {
        return Tensor3.of(SHAPE, X);
    }

    static Tensor3 dout() {
        return Tensor3.of(SHAPE, DOUT);
    }
}
