package relulab.cost;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * Every kernel measured in one run on tensors of {@code elements} doubles, copy first.
 *
 * <p>When the rounds of some kernel differ by more than {@value #BUSY_SPREAD} of its median
 * ({@link #busy()}), other programs were competing for the processor or for memory, and a
 * ranking read from the medians may be false.
 */
public record BenchReport(int elements, List<BenchResult> results) {

    /** A spread above this (20%) means the machine was busy during the measurement. */
    public static final double BUSY_SPREAD = 0.20;

    public BenchReport {
        results = List.copyOf(results);
    }

    /** The result with that name, e.g. {@code relu-forward}. */
    public BenchResult result(String name) {
        return results.stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no result named " + name));
    }

    /**
     * The kernel's bandwidth as a fraction of the copy's in the same run: 1.0 means it runs at
     * the speed of memory, 0.1 means ten times slower than moving its bytes would take.
     */
    public double ratioToCopy(String name) {
        return result(name).gbps() / result(BenchKernel.COPY.label()).gbps();
    }

    /** The ratio to copy of the kernel's slowest and fastest rounds (copy at its median), {@code {low, high}}. */
    public double[] ratioRange(String name) {
        double[] range = result(name).gbpsRange();
        double copy = result(BenchKernel.COPY.label()).gbps();
        return new double[] {range[0] / copy, range[1] / copy};
    }

    /** The result whose rounds differed most, relative to its median. */
    public BenchResult leastSteady() {
        return results.stream()
                .max(java.util.Comparator.comparingDouble(BenchResult::spread))
                .orElseThrow();
    }

    /** True when some kernel's rounds differed by more than {@link #BUSY_SPREAD} of its median. */
    public boolean busy() {
        return leastSteady().spread() > BUSY_SPREAD;
    }
}
