package relulab.ui.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import relulab.cost.BenchKernel;
import relulab.cost.BenchReport;
import relulab.cost.BenchResult;
import relulab.io.NumberText;
import relulab.ui.shared.text.Messages;

/**
 * Turns a benchmark report into what the tab shows: the bars, and the sentence with the
 * measured ratios ("ReLU forward: 0.93× the speed of copying the same bytes").
 */
final class CostChartData {

    private static final int VALUE_DIGITS = 3;
    private static final int RATIO_DIGITS = 2;
    /** ReLU forward "keeps up with the copy" from this fraction of the copy's speed on. */
    static final double KEEPS_UP = 0.8;

    private static final Messages WORDS = Messages.of(CostChartData.class);
    /** The kernels the chapter's sentences already speak of. */
    private static final Set<BenchKernel> CHAPTER =
            Set.of(BenchKernel.RELU_FORWARD, BenchKernel.SIGMOID_FORWARD, BenchKernel.TANH_FORWARD);

    private CostChartData() {}

    /**
     * One bar per kernel of the report whose activation {@code shown} accepts (the copy always),
     * in the report's order (copy first), valued in the given metric.
     */
    static List<CostBar> bars(BenchReport report, CostMetric metric, Predicate<String> shown) {
        return report.results().stream()
                .map(r -> BenchKernel.ofLabel(r.name()))
                .filter(kernel -> kernel.activation().map(shown::test).orElse(true))
                .map(kernel -> {
                    BenchResult r = report.result(kernel.label());
                    double[] range = metric.range(report, r);
                    return new CostBar(
                            kernel,
                            KernelWords.title(kernel),
                            KernelWords.work(kernel),
                            metric.of(report, r),
                            range[0],
                            range[1],
                            report.ratioToCopy(r.name()));
                })
                .toList();
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
        return WORDS.format(
                "verdict.busy",
                KernelWords.title(BenchKernel.ofLabel(worst.name())),
                Math.round(100 * worst.spread()),
                Math.round(100 * BenchReport.BUSY_SPREAD));
    }

    /**
     * The measured ratios to copy of ReLU, sigmoid and tanh, as sentences for the projector; whether
     * ReLU forward "keeps up with the copy" is read from its ratio ({@link #KEEPS_UP} or more), so
     * a small tensor, where the copy runs from the caches, is not said to cost a copy.
     */
    private static String ratios(BenchReport report) {
        double relu = report.ratioToCopy(BenchKernel.RELU_FORWARD.label());
        String forward = WORDS.format(
                relu >= KEEPS_UP ? "verdict.relu.memory" : "verdict.relu.cache",
                KernelWords.title(BenchKernel.RELU_FORWARD),
                times(report, BenchKernel.RELU_FORWARD));
        return forward + " " + named(report, "verdict.exp", BenchKernel.SIGMOID_FORWARD, BenchKernel.TANH_FORWARD)
                + " "
                + named(
                        report,
                        "verdict.backward",
                        BenchKernel.RELU_BACKWARD,
                        BenchKernel.SIGMOID_BACKWARD,
                        BenchKernel.TANH_BACKWARD);
    }

    /** The pattern {@code key} with each kernel's name followed by its ratio to the copy. */
    private static String named(BenchReport report, String key, BenchKernel... kernels) {
        Object[] args = new Object[2 * kernels.length];
        for (int i = 0; i < kernels.length; i++) {
            args[2 * i] = KernelWords.title(kernels[i]);
            args[2 * i + 1] = times(report, kernels[i]);
        }
        return WORDS.format(key, args);
    }

    /** The value written beside a bar, e.g. {@code 0.523 ns}, {@code 31.4 GB/s} or {@code 0.93×}. */
    static String valueText(CostBar bar, CostMetric metric) {
        String value =
                NumberText.forDisplay(bar.value(), metric == CostMetric.RATIO_TO_COPY ? RATIO_DIGITS : VALUE_DIGITS);
        return WORDS.format("value." + metric.name(), value);
    }

    /** Two significant digits, so that a tiny ratio reads 0.0042× rather than 0.00×. */
    private static String times(BenchReport report, BenchKernel kernel) {
        return WORDS.format(
                "value." + CostMetric.RATIO_TO_COPY.name(),
                NumberText.forDisplay(report.ratioToCopy(kernel.label()), RATIO_DIGITS));
    }

    /**
     * For each member of the family shown beyond the chapter's ReLU, sigmoid and tanh, a sentence
     * with its measured ratios: "GELU (an erf): forward 0.31×, backward 0.12× the copy's speed".
     */
    static String members(BenchReport report, Predicate<String> shown) {
        List<String> sentences = new ArrayList<>();
        for (BenchKernel forward : BenchKernel.values()) {
            String spec = forward.activation().orElse(null);
            if (spec == null || !forward.isForward() || CHAPTER.contains(forward) || !shown.test(spec)) {
                continue;
            }
            BenchKernel backward = BenchKernel.ofLabel(forward.label().replace("-forward", "-backward"));
            if (hasBoth(report, forward, backward)) {
                sentences.add(WORDS.format(
                        "verdict.member",
                        KernelWords.shortName(spec),
                        KernelWords.work(forward),
                        times(report, forward),
                        times(report, backward)));
            }
        }
        return String.join(" ", sentences);
    }

    private static boolean hasBoth(BenchReport report, BenchKernel forward, BenchKernel backward) {
        return report.results().stream()
                        .filter(r ->
                                r.name().equals(forward.label()) || r.name().equals(backward.label()))
                        .count()
                == 2;
    }
}
