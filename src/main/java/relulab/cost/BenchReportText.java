package relulab.cost;

import java.util.ArrayList;
import java.util.List;

/**
 * A report as one line of text, so that the window can keep the last measurement and show it
 * before the next Run: {@code elements;name,median,fastest,slowest;...} with the times in
 * nanoseconds per element, written with {@link Double#toString} so they read back exactly.
 */
public final class BenchReportText {

    private BenchReportText() {}

    /** The line for {@code report}. */
    public static String format(BenchReport report) {
        StringBuilder b = new StringBuilder().append(report.elements());
        for (BenchResult r : report.results()) {
            b.append(';')
                    .append(r.name())
                    .append(',')
                    .append(r.nsPerElement())
                    .append(',')
                    .append(r.fastestNs())
                    .append(',')
                    .append(r.slowestNs());
        }
        return b.toString();
    }

    /**
     * The report written by {@link #format}.
     *
     * @throws IllegalArgumentException when the line is not one {@link #format} writes, or names
     *                                  kernels other than this program's, in another order
     */
    public static BenchReport parse(String line) {
        String[] parts = line.split(";");
        BenchKernel[] kernels = BenchKernel.values();
        if (parts.length != kernels.length + 1) {
            throw new IllegalArgumentException("expected " + kernels.length + " results, got " + (parts.length - 1));
        }
        try {
            int elements = Integer.parseInt(parts[0]);
            List<BenchResult> results = new ArrayList<>();
            for (int k = 0; k < kernels.length; k++) {
                String[] f = parts[k + 1].split(",");
                if (f.length != 4 || !f[0].equals(kernels[k].label())) {
                    throw new IllegalArgumentException("result " + (k + 1) + " is not " + kernels[k].label());
                }
                results.add(BenchResult.of(
                        kernels[k], Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])));
            }
            return new BenchReport(elements, results);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a number is malformed: " + e.getMessage(), e);
        }
    }
}
