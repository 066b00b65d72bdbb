package relulab.cost;

import java.util.List;
import java.util.NoSuchElementException;

/** Every kernel measured in one run on tensors of {@code elements} doubles, copy first. */
public record BenchReport(int elements, List<BenchResult> results) {

    public BenchReport {
        results = List.copyOf(results);
    }

    /** The result with that name, e.g. {@code relu-forward}. */
    public BenchResult result(String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no result named " + name));
    }

    /**
     * The kernel's bandwidth as a fraction of the copy's in the same run: 1.0 means it runs at
     * the speed of memory, 0.1 means ten times slower than moving its bytes would take.
     */
    public double ratioToCopy(String name) {
        return result(name).gbps() / result(BenchKernel.COPY.label()).gbps();
    }
}
