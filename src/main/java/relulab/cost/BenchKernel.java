package relulab.cost;

import java.util.Optional;
import relulab.core.Activation;
import relulab.core.Elu;
import relulab.core.Gelu;
import relulab.core.LeakyRelu;
import relulab.core.Relu;
import relulab.core.Sigmoid;
import relulab.core.Silu;
import relulab.core.Softplus;
import relulab.core.Tanh;

/**
 * The loops the benchmark times, each with the bytes it moves per element.
 *
 * <p>Bandwidth counts bytes read plus bytes written: a copy and a forward pass read x and write
 * out (16 bytes per double), a backward pass reads x and dout and writes dx (24 bytes). A loop
 * that keeps up with memory therefore shows about the copy's GB/s, whatever its byte count.
 *
 * <p>Every member of the catalogue is timed, forward and backward: ReLU, Leaky ReLU, ELU, GELU
 * (exact, with erf, and its tanh approximation), SiLU, Softplus, sigmoid and tanh. The family's
 * backward passes are the engine's, which recompute from x what they need (as PyTorch's GELU,
 * SiLU and Softplus do from their saved input).
 *
 * <p>Sigmoid's and tanh's backward passes are timed in the form networks use: from the output
 * the forward pass kept, {@code dx = s(1 − s)·dout} and {@code dx = (1 − t²)·dout}, with no exp
 * (the engine's own backward recomputes f from x, which a layer that caches its output does not
 * need). The bench's input array stands for that kept output: the arithmetic costs the same
 * whatever the values, so the pass moves the same 24 bytes and does the same work per element.
 */
public enum BenchKernel {

    /** {@code System.arraycopy} of x: the speed of memory, the baseline of every ratio. */
    COPY(
            "copy",
            null,
            "copy",
            "a load and a store",
            Work.MEMORY,
            16,
            (x, dout, out) -> System.arraycopy(x, 0, out, 0, x.length)),
    RELU_FORWARD("relu-forward", "relu", "ReLU forward", "a comparison", Work.COMPARISON, 16, forward(Relu.STANDARD)),
    RELU_BACKWARD(
            "relu-backward", "relu", "ReLU backward", "a comparison", Work.COMPARISON, 24, backward(Relu.STANDARD)),
    LEAKY_RELU_FORWARD(
            "leaky-relu-forward",
            "leaky",
            "Leaky ReLU forward",
            "a comparison, a multiplication",
            Work.MULTIPLICATION,
            16,
            forward(new LeakyRelu(LeakyRelu.DEFAULT_SLOPE))),
    LEAKY_RELU_BACKWARD(
            "leaky-relu-backward",
            "leaky",
            "Leaky ReLU backward",
            "a comparison, a multiplication",
            Work.MULTIPLICATION,
            24,
            backward(new LeakyRelu(LeakyRelu.DEFAULT_SLOPE))),
    ELU_FORWARD(
            "elu-forward",
            "elu",
            "ELU forward",
            "a comparison, an exp",
            Work.EXP,
            16,
            forward(new Elu(Elu.DEFAULT_ALPHA))),
    ELU_BACKWARD(
            "elu-backward",
            "elu",
            "ELU backward",
            "a comparison, an exp",
            Work.EXP,
            24,
            backward(new Elu(Elu.DEFAULT_ALPHA))),
    GELU_FORWARD("gelu-forward", "gelu", "GELU forward", "an erf", Work.ERF, 16, forward(Gelu.EXACT)),
    GELU_BACKWARD("gelu-backward", "gelu", "GELU backward", "an erf, an exp", Work.ERF, 24, backward(Gelu.EXACT)),
    GELU_TANH_FORWARD(
            "gelu-tanh-forward", "gelu:tanh", "GELU (tanh) forward", "a tanh", Work.EXP, 16, forward(Gelu.TANH)),
    GELU_TANH_BACKWARD(
            "gelu-tanh-backward", "gelu:tanh", "GELU (tanh) backward", "a tanh", Work.EXP, 24, backward(Gelu.TANH)),
    SILU_FORWARD("silu-forward", "silu", "SiLU forward", "an exp, a division", Work.EXP, 16, forward(Silu.INSTANCE)),
    SILU_BACKWARD(
            "silu-backward", "silu", "SiLU backward", "an exp, a division", Work.EXP, 24, backward(Silu.INSTANCE)),
    SOFTPLUS_FORWARD(
            "softplus-forward",
            "softplus",
            "Softplus forward",
            "an exp, a log",
            Work.EXP,
            16,
            forward(Softplus.INSTANCE)),
    SOFTPLUS_BACKWARD(
            "softplus-backward",
            "softplus",
            "Softplus backward",
            "an exp, a division",
            Work.EXP,
            24,
            backward(Softplus.INSTANCE)),
    SIGMOID_FORWARD(
            "sigmoid-forward",
            "sigmoid",
            "sigmoid forward",
            "an exp, a division",
            Work.EXP,
            16,
            forward(Sigmoid.INSTANCE)),
    SIGMOID_BACKWARD(
            "sigmoid-backward",
            "sigmoid",
            "sigmoid backward",
            "a subtraction, two multiplications (from the kept output)",
            Work.MULTIPLICATION,
            24,
            BenchKernel::sigmoidBackwardFromOutput),
    TANH_FORWARD("tanh-forward", "tanh", "tanh forward", "a tanh", Work.EXP, 16, forward(Tanh.INSTANCE)),
    TANH_BACKWARD(
            "tanh-backward",
            "tanh",
            "tanh backward",
            "a subtraction, two multiplications (from the kept output)",
            Work.MULTIPLICATION,
            24,
            BenchKernel::tanhBackwardFromOutput);

    /**
     * The costliest operation a kernel does per element, which sets its pace when memory does
     * not: a load and a store (the copy), a comparison, a multiplication, an exp (or the tanh
     * built from exps), an erf. Sigmoid's and tanh's backward passes are multiplications: they
     * are timed from the kept output, with no exp.
     */
    public enum Work {
        MEMORY,
        COMPARISON,
        MULTIPLICATION,
        EXP,
        ERF
    }

    /** One pass over whole arrays; a forward pass ignores dout. */
    @FunctionalInterface
    interface Loop {
        void run(double[] x, double[] dout, double[] out);
    }

    private final String label;
    private final String activation;
    private final String title;
    private final String work;
    private final Work costliest;
    private final int bytesPerElement;
    private final Loop loop;

    BenchKernel(
            String label,
            String activation,
            String title,
            String work,
            Work costliest,
            int bytesPerElement,
            Loop loop) {
        this.label = label;
        this.activation = activation;
        this.title = title;
        this.work = work;
        this.costliest = costliest;
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

    /** The operations each element costs, e.g. {@code a comparison} or {@code an exp, a division}. */
    public String work() {
        return work;
    }

    /** The costliest operation per element: what sets the kernel's pace when memory does not. */
    public Work costliest() {
        return costliest;
    }

    /** Whether this is the forward pass of an activation (not a backward pass, not the copy). */
    public boolean isForward() {
        return activation != null && label.endsWith("-forward");
    }

    /**
     * The catalogue spec of the activation the kernel times ({@code relu}, {@code gelu:tanh}, …,
     * with the catalogue's default parameters), or empty for the copy.
     */
    public Optional<String> activation() {
        return Optional.ofNullable(activation);
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
