package relulab.core;

/**
 * An element-wise activation function with its backward pass.
 *
 * <p>Forward maps every element {@code x} to {@code f(x)}; backward maps the upstream gradient
 * {@code dout} to {@code dx = f'(x) * dout}, element by element, in the shape of x. The scalar
 * methods define the meaning; the array methods are the fast loops and must agree with them
 * bit for bit.
 */
public interface Activation {

    /** A short name used on screen and on the command line, e.g. {@code relu}. */
    String name();

    /** {@code f(x)}. */
    double forward(double x);

    /** {@code dx} for one element: the gradient of the loss with respect to x, given dout. */
    double backward(double x, double dout);

    /** Writes {@code f(x[i])} into {@code out[i]} for every i; out may be x itself. */
    default void forward(double[] x, double[] out) {
        requireSameLength(x.length, out.length);
        for (int i = 0; i < x.length; i++) {
            out[i] = forward(x[i]);
        }
    }

    /** Writes {@code backward(x[i], dout[i])} into {@code dx[i]} for every i. */
    default void backward(double[] x, double[] dout, double[] dx) {
        requireSameLength(x.length, dout.length);
        requireSameLength(x.length, dx.length);
        for (int i = 0; i < x.length; i++) {
            dx[i] = backward(x[i], dout[i]);
        }
    }

    /** The forward pass of a whole tensor; the shape is unchanged. */
    default Tensor3 forward(Tensor3 x) {
        double[] out = new double[x.size()];
        forward(x.values(), out);
        return Tensor3.adopt(x.shape(), out);
    }

    /** The backward pass of a whole tensor; dout must have the shape of x. */
    default Tensor3 backward(Tensor3 x, Tensor3 dout) {
        x.shape().requireSame(dout.shape(), "dout");
        double[] dx = new double[x.size()];
        backward(x.values(), dout.values(), dx);
        return Tensor3.adopt(x.shape(), dx);
    }

    private static void requireSameLength(int expected, int actual) {
        if (expected != actual) {
            throw new IllegalArgumentException(
                    "arrays differ in length: " + expected + " and " + actual);
        }
    }
}
