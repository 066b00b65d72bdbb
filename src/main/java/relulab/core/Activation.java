package relulab.core;

import java.util.List;

/**
 * An element-wise activation function with its backward pass: one object that every lesson
 * takes from the shared state, so no lesson names a concrete activation.
 *
 * <p>What an activation is, for the program: its {@link #id()} (the key of its words in the
 * window's bundles and of its entry in {@link Activations}), its {@link #name() spec} with its
 * parameters, forward and backward on elements, arrays and tensors, its local slope
 * {@code f'(x)}, what happens at a kink ({@link #withGradientAtZero}), and its {@link #code()} in
 * NumPy and Octave.
 *
 * <p>Forward maps every element {@code x} to {@code f(x)}; backward maps the upstream gradient
 * {@code dout} to {@code dx = f'(x) * dout}, element by element, in the shape of x. The scalar
 * methods define the meaning; the array methods are the fast loops and must agree with them
 * bit for bit.
 */
public interface Activation {

    /**
     * The spec that names this activation with its parameters on the command line and in
     * sessions, e.g. {@code relu} or {@code leaky:0.01}; {@link Activations#parse} reads it back.
     */
    String name();

    /**
     * The member of the family, without parameters: {@code relu}, {@code leaky}, {@code elu},
     * {@code gelu}, {@code gelu_tanh} (the approximation has words of its own), {@code silu},
     * {@code softplus}, {@code sigmoid}, {@code tanh}. Windows look up the activation's name,
     * formula and story under this key; NumPy code names its functions after it.
     */
    String id();

    /** The parameters that {@link #name()} carries after the colon, in order; none by default. */
    default List<Double> parameters() {
        return List.of();
    }

    /**
     * The local slope {@code f'(x)}: the factor by which backward scales dout at x. At a kink
     * it is the value the activation chose for it (ReLU'(0)). {@code backward} may differ from
     * {@code slope(x) * dout} only where that product would be NaN from {@code 0 · ∞}.
     */
    double slope(double x);

    /**
     * True when the derivative at exactly {@code x = 0} is a choice (ReLU's kink): then
     * {@link #withGradientAtZero} gives the activation with another choice.
     */
    default boolean hasChoiceAtZero() {
        return false;
    }

    /**
     * This activation with the given gradient at {@code x = 0}, for activations whose derivative
     * there is a choice; the others return themselves.
     */
    default Activation withGradientAtZero(GradientAtZero atZero) {
        return this;
    }

    /**
     * This activation as it computes on a float32 tensor, whose values are widened exactly to
     * double and whose results are rounded once to float32 on the way out. Every member computes
     * in double and returns itself: a result rounded once is as close as float32 can be, closer
     * than PyTorch's float32 arithmetic. Leaky ReLU returns itself with its slope rounded to
     * float32, because its float32 answer is a convention, not a rounding: NumPy and PyTorch
     * compute {@code np.float32(a) * x} in float32, and the product of two floats is exact in
     * double, so that slope times x rounded once to float32 is their product bit for bit.
     */
    default Activation forFloat32() {
        return this;
    }

    /**
     * The forward and backward pass as NumPy and Octave code that computes what {@link #forward}
     * and {@link #backward} do, in the same order of operations (with this activation's choice
     * at a kink), for the code lesson to show and to run against the engine's answers.
     */
    ActivationCode code();

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
            throw new IllegalArgumentException("arrays differ in length: " + expected + " and " + actual);
        }
    }
}
