package relulab.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import relulab.core.Relu;
import relulab.cost.BenchData;
import relulab.cost.BenchProgress;

/**
 * ReLU forward and backward on 64 MiB tensors next to {@code System.arraycopy} of the same
 * bytes, with random signs in x (Gaussian x, so a jump on {@code x > 0} is a coin toss).
 *
 * <p>{@code naiveBackward} is the textbook loop {@code x > 0 ? dout : 0}, kept as the reference
 * that shows what the jump-free kernel buys. Bytes per call: copy and forward move 16 bytes per
 * element (read x, write out), backward 24 (read x and dout, write dx). No JVM flags are set:
 * the program itself runs with none. Many short iterations, rather than a few long ones, let
 * {@link BandwidthReport} also show the best iteration, which a busy shared machine disturbs least.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 25, time = 200, timeUnit = TimeUnit.MILLISECONDS)
public class ReluBandwidthBenchmark {

    /** 8 Mi doubles = 64 MiB per array, twice the 32 MiB last-level cache. */
    public static final int ELEMENTS = 8 * 1024 * 1024;

    private double[] x;
    private double[] dout;
    private double[] out;

    @Setup
    public void fill() {
        BenchData data = BenchData.allocate(ELEMENTS, BenchProgress.NONE);
        x = data.x;
        dout = data.dout;
        out = data.out;
    }

    @Benchmark
    public double[] copy() {
        System.arraycopy(x, 0, out, 0, ELEMENTS);
        return out;
    }

    @Benchmark
    public double[] reluForward() {
        Relu.STANDARD.forward(x, out);
        return out;
    }

    @Benchmark
    public double[] reluBackward() {
        Relu.STANDARD.backward(x, dout, out);
        return out;
    }

    @Benchmark
    public double[] naiveBackward() {
        for (int i = 0; i < ELEMENTS; i++) {
            out[i] = x[i] > 0 ? dout[i] : 0.0;
        }
        return out;
    }
}
