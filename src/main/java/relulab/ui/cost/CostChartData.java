package relulab.ui.cost;

import java.util.List;
import java.util.Locale;
import relulab.cost.BenchKernel;
import relulab.cost.BenchReport;
import relulab.cost.BenchResult;
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
        return report.results().stream().map(r -> {
            BenchKernel kernel = BenchKernel.ofLabel(r.name());
            double[] range = metric.range(report, r);
            return new CostBar(kernel.title(), kernel.work(), metric.of(report, r), range[0], range[1],
                    report.ratioToCopy(r.name()), familyOf(kernel));
        }).toList();
    }

    /**
     * The sentence under the chart: the measured ratios, or, when the rounds of some kernel
     * differed by more than 20%, that the machine was busy and the ranking cannot be trusted.
     */
    static String verdict(BenchReport report) {
        if (!report.busy()) {
            return ratios(report);
        }
        BenchResult worst = report.leastSteady();
        return String.format(Locale.ROOT, "The machine was busy: the rounds of %s differed by %.0f%% of their median "
                        + "(more than %.0f%%), so the ranking may be false. Close other programs and run again.",
                BenchKernel.ofLabel(worst.name()).title(), 100 * worst.spread(), 100 * BenchReport.BUSY_SPREAD);
    }

    /** The measured ratios to copy of ReLU, sigmoid and tanh, as a sentence for the projector. */
    private static String ratios(BenchReport report) {
        return String.format(Locale.ROOT,
                "ReLU forward: %s the speed of copying the same bytes; ReLU backward: %s. "
                        + "Sigmoid forward: %s; tanh forward: %s.",
                times(report, BenchKernel.RELU_FORWARD), times(report, BenchKernel.RELU_BACKWARD),
                times(report, BenchKernel.SIGMOID_FORWARD), times(report, BenchKernel.TANH_FORWARD));
    }

    /** The value written beside a bar, e.g. {@code 0.523 ns}, {@code 31.4 GB/s} or {@code 0.93×}. */
    static String valueText(CostBar bar, CostMetric metric) {
        String unit = switch (metric) {
            case RATIO_TO_COPY -> "\u00D7";
            case NS_PER_ELEMENT -> " ns";
            case GBPS -> " GB/s";
        };
        return NumberText.forDisplay(bar.value(), metric == CostMetric.RATIO_TO_COPY ? RATIO_DIGITS : VALUE_DIGITS)
                + unit;
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
