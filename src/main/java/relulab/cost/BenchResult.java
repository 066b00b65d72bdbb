package relulab.cost;

/**
 * The measured cost of one kernel: nanoseconds per element (median of the timed rounds) and
 * the bandwidth that implies, {@code gbps = bytesPerElement / nsPerElement} (bytes per
 * nanosecond are GB/s).
 */
public record BenchResult(String name, double nsPerElement, double gbps) {

    public BenchResult {
        if (!(nsPerElement > 0) || !(gbps > 0)) {
            throw new IllegalArgumentException(name + ": a time and a bandwidth must be positive, got "
                    + nsPerElement + " ns and " + gbps + " GB/s");
        }
    }

    /** The result of a kernel that moves {@code bytesPerElement} bytes in {@code nsPerElement}. */
    static BenchResult of(BenchKernel kernel, double nsPerElement) {
        return new BenchResult(kernel.label(), nsPerElement, kernel.bytesPerElement() / nsPerElement);
    }
}
