package relulab.bench;

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
    COPY("copy", 16, (x, dout, out) -> System.arraycopy(x, 0, out, 0, x.length)),
    RELU_FORWARD("relu-forward", 16, forward(Relu.STANDARD)),
    RELU_BACKWARD("relu-backward", 24, backward(Relu.STANDARD)),
    LEAKY_RELU_FORWARD("leaky-relu-forward", 16, forward(new LeakyRelu(LeakyRelu.DEFAULT_SLOPE))),
    LEAKY_RELU_BACKWARD("leaky-relu-backward", 24, backward(new LeakyRelu(LeakyRelu.DEFAULT_SLOPE))),
    SIGMOID_FORWARD("sigmoid-forward", 16, forward(Sigmoid.INSTANCE)),
    SIGMOID_BACKWARD("sigmoid-backward", 24, backward(Sigmoid.INSTANCE)),
    TANH_FORWARD("tanh-forward", 16, forward(Tanh.INSTANCE)),
    TANH_BACKWARD("tanh-backward", 24, backward(Tanh.INSTANCE));

    /** One pass over whole arrays; a forward pass ignores dout. */
    @FunctionalInterface
    interface Loop {
        void run(double[] x, double[] dout, double[] out);
    }

    private final String label;
    private final int bytesPerElement;
    private final Loop loop;

    BenchKernel(String label, int bytesPerElement, Loop loop) {
        this.label = label;
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

    /** Bytes read plus bytes written for one element. */
    public int bytesPerElement() {
        return bytesPerElement;
    }

    /** Runs the loop once over the whole arrays, writing into out. */
    void run(double[] x, double[] dout, double[] out) {
        loop.run(x, dout, out);
    }
}
