package relulab.cost;

import relulab.core.Activation;
import relulab.core.LeakyRelu;
import relulab.core.Relu;
import relulab.core.Sigmoid;
import relulab.core.Tanh;

/**
 * The loops the benchmark times, each with the bytes it moves per element.
 *
 * <p>Bandwidth counts bytes read plus bytes written: a copy and a forward pass read x and write
 * out (16 bytes per double), a backward pass reads x and dout and writes dx (24 bytes). A loop
 * that keeps up with memory therefore shows about the copy's GB/s, whatever its byte count.
 *
 * <p>Sigmoid's and tanh's backward passes are timed in the form networks use: from the output
 * the forward pass kept, {@code dx = s(1 − s)·dout} and {@code dx = (1 − t²)·dout}, with no exp
 * (the engine's own backward recomputes f from x, which a layer that caches its output does not
 * need). The bench's input array stands for that kept output: the arithmetic costs the same
 * whatever the values, so the pass moves the same 24 bytes and does the same work per element.
 */
public enum BenchKernel {

    /** {@code System.arraycopy} of x: the speed of memory, the baseline of every ratio. */
    COPY("copy", "copy", "a load and a store", 16, (x, dout, out) -> System.arraycopy(x, 0, out, 0, x.length)),
    RELU_FORWARD("relu-forward", "ReLU forward", "1 comparison", 16, forward(Relu.STANDARD)),
    RELU_BACKWARD("relu-backward", "ReLU backward", "1 comparison, 1 select", 24, backward(Relu.STANDARD)),
    LEAKY_RELU_FORWARD(
            "leaky-relu-forward",
            "Leaky ReLU forward",
            "1 comparison, 1 multiplication",
            16,
            forward(new LeakyRelu(LeakyRelu.DEFAULT_SLOPE))),
    LEAKY_RELU_BACKWARD(
            "leaky-relu-backward",
            "Leaky ReLU backward",
            "1 comparison, 1 multiplication",
            24,
            backward(new LeakyRelu(LeakyRelu.DEFAULT_SLOPE))),
    SIGMOID_FORWARD(
            "sigmoid-forward", "sigmoid forward", "1 exp, 1 addition, 1 division", 16, forward(Sigmoid.INSTANCE)),
    SIGMOID_BACKWARD(
            "sigmoid-backward",
            "sigmoid backward",
            "s(1 − s)·dout from the kept output s: 1 subtraction, 2 multiplications",
            24,
            BenchKernel::sigmoidBackwardFromOutput),
    TANH_FORWARD("tanh-forward", "tanh forward", "1 tanh (exps and a division)", 16, forward(Tanh.INSTANCE)),
    TANH_BACKWARD(
            "tanh-backward",
            "tanh backward",
            "(1 − t²)·dout from the kept output t: 1 subtraction, 2 multiplications",
            24,
            BenchKernel::tanhBackwardFromOutput);

    /** One pass over whole arrays; a forward pass ignores dout. */
    @FunctionalInterface
    interface Loop {
        void run(double[] x, double[] dout, double[] out);
    }

    private final String label;
    private final String title;
    private final String work;
    private final int bytesPerElement;
    private final Loop loop;

    BenchKernel(String label, String title, String work, int bytesPerElement, Loop loop) {
        this.label = label;
        this.title = title;
        this.work = work;
        this.bytesPerElement = bytesPerElement;
        this.loop = loop;
    }

    private static Loop forward(Activation activation) {
        return (x, dout, out) -> activation.forward(x, out);
    }

    private static Loop backward(Activation activation) {
        return activation::backward;
    }

    /** Sigmoid's backward from its kept output {@code s = σ(x)}: {@code dx = s(1 − s)·dout}. */
    static void sigmoidBackwardFromOutput(double[] s, double[] dout, double[] dx) {
        for (int i = 0; i < s.length; i++) {
            dx[i] = s[i] * (1.0 - s[i]) * dout[i];
        }
    }

    /** Tanh's backward from its kept output {@code t = tanh(x)}: {@code dx = (1 − t²)·dout}. */
    static void tanhBackwardFromOutput(double[] t, double[] dout, double[] dx) {
        for (int i = 0; i < t.length; i++) {
            dx[i] = (1.0 - t[i] * t[i]) * dout[i];
        }
    }

    /** The name used in the table and the JSON, e.g. {@code relu-backward}. */
    public String label() {
        return label;
    }

    /** The name for people, e.g. {@code ReLU backward}. */
    public String title() {
        return title;
    }

    /** The arithmetic each element costs, e.g. {@code 1 comparison} or {@code 1 exp, 1 addition, 1 division}. */
    public String work() {
        return work;
    }

    /** The kernel whose {@link #label()} is {@code label}. */
    public static BenchKernel ofLabel(String label) {
        for (BenchKernel kernel : values()) {
            if (kernel.label.equals(label)) {
                return kernel;
            }
        }
        throw new IllegalArgumentException("no kernel named " + label);
    }

    /** Bytes read plus bytes written for one element. */
    public int bytesPerElement() {
        return bytesPerElement;
    }

    /** Runs the loop once over the whole arrays, writing into out. */
    void run(double[] x, double[] dout, double[] out) {
        loop.run(x, dout, out);
    }
}
