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
 */
public enum BenchKernel {

    /** {@code System.arraycopy} of x: the speed of memory, the baseline of every ratio. */
    COPY("copy", "copy", "a load and a store", 16, (x, dout, out) -> System.arraycopy(x, 0, out, 0, x.length)),
    RELU_FORWARD("relu-forward", "ReLU forward", "1 comparison", 16, forward(Relu.STANDARD)),
    RELU_BACKWARD("relu-backward", "ReLU backward", "1 comparison, 1 select", 24, backward(Relu.STANDARD)),
    LEAKY_RELU_FORWARD("leaky-relu-forward", "Leaky ReLU forward", "1 comparison, 1 multiplication", 16, forward(new LeakyRelu(LeakyRelu.DEFAULT_SLOPE))),
    LEAKY_RELU_BACKWARD("leaky-relu-backward", "Leaky ReLU backward", "1 comparison, 1 multiplication", 24, backward(new LeakyRelu(LeakyRelu.DEFAULT_SLOPE))),
    SIGMOID_FORWARD("sigmoid-forward", "sigmoid forward", "1 exp, 1 addition, 1 division", 16, forward(Sigmoid.INSTANCE)),
    SIGMOID_BACKWARD("sigmoid-backward", "sigmoid backward", "1 exp, 1 division, 4 adds/multiplies", 24, backward(Sigmoid.INSTANCE)),
    TANH_FORWARD("tanh-forward", "tanh forward", "1 tanh (exps and a division)", 16, forward(Tanh.INSTANCE)),
    TANH_BACKWARD("tanh-backward", "tanh backward", "1 tanh, 3 adds/multiplies", 24, backward(Tanh.INSTANCE));

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
