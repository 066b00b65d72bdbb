package relulab.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import relulab.cost.BenchProgress;
import relulab.cost.BenchReport;
import relulab.cost.BenchResult;
import relulab.cost.BenchRunner;

/**
 * {@code relu-lab bench [--elements N] [--json]}: times ReLU, Leaky ReLU, sigmoid and tanh,
 * forward and backward, next to a copy of the same bytes, and prints the table or the JSON.
 */
final class BenchCommand extends CliCommand {

    BenchCommand() {
        super(
                "bench",
                "Times the activations against a copy of the same bytes",
                List.of(
                        "Measures the cost per element of ReLU, Leaky ReLU, sigmoid and tanh (forward and backward)"
                                + " next to System.arraycopy of the same bytes, on random data with random signs.",
                        "Each figure is the median of " + BenchRunner.DEFAULT_MEASURED_ROUNDS + " rounds after "
                                + BenchRunner.DEFAULT_WARMUP_ROUNDS
                                + " warm-up rounds; GB/s counts bytes read plus written."),
                List.of(
                        Opt.value("--elements", "N", "elements per tensor (default {default}, 64 MiB per array)")
                                .withDefault(Long.toString(BenchRunner.DEFAULT_ELEMENTS)),
                        Opt.flag("print {\"elements\": N, \"results\": [...]} instead of a table", "--json")),
                List.of());
    }

    @Override
    int run(Args args, PrintWriter out, PrintWriter err) {
        long elements = args.whole("--elements");
        boolean json = args.flag("--json");
        BenchRunner.requireValidElements(elements);
        BenchReport report;
        try (TerminalProgress progress = TerminalProgress.onStderr("bench", "timed steps", err)) {
            report = new BenchRunner().run(elements, new BenchProgress() {
                @Override
                public void update(long done, long total) {
                    progress.update(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        }
        out.println(json ? toJson(report) : toTable(report));
        out.flush();
        return 0;
    }

    /** The report as {@code {"elements": N, "results": [{"name", "ns_per_element", "gbps"}, ...]}}. */
    static String toJson(BenchReport report) {
        JsonArray results = new JsonArray();
        for (BenchResult r : report.results()) {
            JsonObject item = new JsonObject();
            item.addProperty("name", r.name());
            item.addProperty("ns_per_element", r.nsPerElement());
            item.addProperty("gbps", r.gbps());
            results.add(item);
        }
        JsonObject root = new JsonObject();
        root.addProperty("elements", report.elements());
        root.add("results", results);
        return new GsonBuilder().create().toJson(root);
    }

    /** A fixed-width table; figures in {@link Locale#ROOT} so the columns line up everywhere. */
    private static String toTable(BenchReport report) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT,
                "%,d elements per tensor (%.1f MiB per array)%n",
                report.elements(),
                report.elements() * (double) Double.BYTES / (1 << 20)));
        table.append(String.format(Locale.ROOT, "%-20s %11s %8s %8s%n", "kernel", "ns/element", "GB/s", "vs copy"));
        for (BenchResult r : report.results()) {
            table.append(String.format(
                    Locale.ROOT,
                    "%-20s %11.3f %8.2f %7.2f\u00D7%n",
                    r.name(),
                    r.nsPerElement(),
                    r.gbps(),
                    report.ratioToCopy(r.name())));
        }
        return table.toString().stripTrailing();
    }
}
