package relulab.ui.cost;

import java.util.List;
import java.util.Locale;
import relulab.cost.BenchKernel;
import relulab.cost.BenchReport;
import relulab.io.NumberText;

/**
 * Turns a benchmark report into what the tab shows: the bars, and the sentence with the
 * measured ratios ("ReLU forward: 0.93× the speed of copying the same bytes").
 */
final class CostChartData {

    private static final int VALUE_DIGITS = 3;
    private static final int RATIO_DIGITS = 2;

    private CostChartData() {
    }

    /** One bar per kernel, in the report's order (copy first), valued in the given metric. */
    static List<CostBar> bars(BenchReport report, CostMetric metric) {
        return report.results().stream()
                .map(r -> new CostBar(BenchKernel.ofLabel(r.name()).title(), metric.of(r),
                        report.ratioToCopy(r.name()), familyOf(BenchKernel.ofLabel(r.name()))))
                .toList();
    }

    /** The measured ratios to copy of ReLU, sigmoid and tanh, as a sentence for the projector. */
    static String ratios(BenchReport report) {
        return String.format(Locale.ROOT,
                "ReLU forward: %s the speed of copying the same bytes; ReLU backward: %s. "
                        + "Sigmoid forward: %s; tanh forward: %s.",
                times(report, BenchKernel.RELU_FORWARD), times(report, BenchKernel.RELU_BACKWARD),
                times(report, BenchKernel.SIGMOID_FORWARD), times(report, BenchKernel.TANH_FORWARD));
    }

    /** The value written beside a bar, e.g. {@code 0.523 ns} or {@code 31.4 GB/s}. */
    static String valueText(CostBar bar, CostMetric metric) {
        return NumberText.forDisplay(bar.value(), VALUE_DIGITS)
                + (metric == CostMetric.NS_PER_ELEMENT ? " ns" : " GB/s");
    }

    /** Two significant digits, so that a tiny ratio reads 0.0042× rather than 0.00×. */
    private static String times(BenchReport report, BenchKernel kernel) {
        return NumberText.forDisplay(report.ratioToCopy(kernel.label()), RATIO_DIGITS) + "\u00D7";
    }

    private static CostBar.Family familyOf(BenchKernel kernel) {
        return switch (kernel) {
            case COPY -> CostBar.Family.COPY;
            case RELU_FORWARD, RELU_BACKWARD -> CostBar.Family.RELU;
            case LEAKY_RELU_FORWARD, LEAKY_RELU_BACKWARD -> CostBar.Family.LEAKY_RELU;
            case SIGMOID_FORWARD, SIGMOID_BACKWARD, TANH_FORWARD, TANH_BACKWARD -> CostBar.Family.EXP;
        };
    }
}
