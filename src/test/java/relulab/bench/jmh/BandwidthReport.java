package relulab.bench.jmh;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ReluBandwidthBenchmark} (all of it, in one JMH run) and prints each benchmark's
 * bandwidth in GB/s (bytes read plus written) and its ratio to the copy's bandwidth, from the
 * mean of the iterations and from the best one.
 *
 * <p>Started by {@code mvn -Pbench test}. Extra arguments go to JMH, e.g. {@code -f 2}.
 */
public final class BandwidthReport {

    private static final double BYTES_PER_ARRAY = (double) ReluBandwidthBenchmark.ELEMENTS * Double.BYTES;
    private static final double NANOS_PER_MILLI = 1e6;

    /** Arrays read plus written by each benchmark method. */
    private static final Map<String, Integer> ARRAYS_MOVED = new LinkedHashMap<>();

    static {
        ARRAYS_MOVED.put("copy", 2);
        ARRAYS_MOVED.put("reluForward", 2);
        ARRAYS_MOVED.put("reluBackward", 3);
        ARRAYS_MOVED.put("naiveBackward", 3);
    }

    private BandwidthReport() {}

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Options options = new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(ReluBandwidthBenchmark.class.getName())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, double[]> gbps = new LinkedHashMap<>();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            double meanMillis = result.getPrimaryResult().getScore();
            double bestMillis = result.getBenchmarkResults().stream()
                    .flatMap(b -> b.getIterationResults().stream())
                    .mapToDouble(i -> i.getPrimaryResult().getScore())
                    .min()
                    .orElse(meanMillis);
            double bytes = ARRAYS_MOVED.get(method) * BYTES_PER_ARRAY;
            gbps.put(
                    method,
                    new double[] {bytes / (meanMillis * NANOS_PER_MILLI), bytes / (bestMillis * NANOS_PER_MILLI)});
        }
        double[] copy = gbps.get("copy");
        System.out.println();
        System.out.println("Bandwidth on 64 MiB arrays (bytes read + written), ratio to System.arraycopy;");
        System.out.println("mean of all iterations, and the best iteration (least disturbed by other programs):");
        for (Map.Entry<String, double[]> e : gbps.entrySet()) {
            double[] g = e.getValue();
            System.out.printf(
                    Locale.ROOT,
                    "  %-14s mean %6.2f GB/s = %4.2f\u00D7 copy    best %6.2f GB/s = %4.2f\u00D7 copy%n",
                    e.getKey(),
                    g[0],
                    g[0] / copy[0],
                    g[1],
                    g[1] / copy[1]);
        }
    }
}
