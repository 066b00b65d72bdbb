package relulab.cost;

/**
 * The measured cost of one kernel over the timed rounds: nanoseconds per element as the median
 * round, with the fastest and the slowest round beside it, and the bandwidth the median implies,
 * {@code gbps = bytesPerElement / nsPerElement} (bytes per nanosecond are GB/s).
 *
 * <p>The spread {@code (slowest − fastest) / median} says how steady the machine was: on a quiet
 * machine the rounds agree within a few percent; other programs make them differ.
 */
public record BenchResult(String name, double nsPerElement, double gbps, double fastestNs, double slowestNs) {

    public BenchResult {
        if (!(nsPerElement > 0) || !(gbps > 0)) {
            throw new IllegalArgumentException(name + ": a time and a bandwidth must be positive, got " + nsPerElement
                    + " ns and " + gbps + " GB/s");
        }
        if (!(fastestNs > 0 && fastestNs <= nsPerElement && nsPerElement <= slowestNs)) {
            throw new IllegalArgumentException(name + ": the rounds must run fastest ≤ median ≤ slowest, got "
                    + fastestNs + ", " + nsPerElement + " and " + slowestNs + " ns");
        }
    }

    /** A result whose rounds all took the same time. */
    public BenchResult(String name, double nsPerElement, double gbps) {
        this(name, nsPerElement, gbps, nsPerElement, nsPerElement);
    }

    /** {@code (slowest − fastest) / median}: 0 when every round took the same time. */
    public double spread() {
        return (slowestNs - fastestNs) / nsPerElement;
    }

    /** The bandwidth of the slowest and of the fastest round, {@code {low, high}}. */
    public double[] gbpsRange() {
        double bytes = gbps * nsPerElement;
        return new double[] {bytes / slowestNs, bytes / fastestNs};
    }

    /** The result of a kernel whose rounds took {@code median}, {@code fastest} and {@code slowest} ns per element. */
    static BenchResult of(BenchKernel kernel, double median, double fastest, double slowest) {
        return new BenchResult(kernel.label(), median, kernel.bytesPerElement() / median, fastest, slowest);
    }
}
