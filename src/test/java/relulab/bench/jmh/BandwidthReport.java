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
 * bandwidth in GB/s (bytes read plus written) and its ratio to the copy's bandwidth.
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

    private BandwidthReport() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Options options = new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(ReluBandwidthBenchmark.class.getName())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> gbps = new LinkedHashMap<>();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            double millis = result.getPrimaryResult().getScore();
            gbps.put(method, ARRAYS_MOVED.get(method) * BYTES_PER_ARRAY / (millis * NANOS_PER_MILLI));
        }
        double copy = gbps.get("copy");
        System.out.println();
        System.out.println("Bandwidth on 64 MiB arrays (bytes read + written), ratio to System.arraycopy:");
        for (Map.Entry<String, Double> e : gbps.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-14s %7.2f GB/s  %5.2f\u00D7 copy%n", e.getKey(), e.getValue(), e.getValue() / copy);
        }
    }
}
