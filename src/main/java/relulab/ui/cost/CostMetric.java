package relulab.ui.cost;

import relulab.cost.BenchReport;
import relulab.cost.BenchResult;
import relulab.ui.shared.text.Messages;

/**
 * What the bars measure: speed relative to a copy of the same bytes (the default: 1 is the
 * speed of memory), time per element (shorter is cheaper) or bandwidth (longer is faster).
 * Each bar is the median round; its whisker runs from the slowest to the fastest round.
 */
public enum CostMetric {

    /** Bandwidth as a fraction of the copy's in the same run: does the loop keep up with memory? */
    RATIO_TO_COPY {
        @Override
        double of(BenchReport report, BenchResult result) {
            return report.ratioToCopy(result.name());
        }

        @Override
        double[] range(BenchReport report, BenchResult result) {
            return report.ratioRange(result.name());
        }
    },
    /** Nanoseconds per element: the cost the chapter talks about. */
    NS_PER_ELEMENT {
        @Override
        double of(BenchReport report, BenchResult result) {
            return result.nsPerElement();
        }

        @Override
        double[] range(BenchReport report, BenchResult result) {
            return new double[] {result.fastestNs(), result.slowestNs()};
        }
    },
    /** Bytes read plus written per nanosecond: a copy shows the speed of memory. */
    GBPS {
        @Override
        double of(BenchReport report, BenchResult result) {
            return result.gbps();
        }

        @Override
        double[] range(BenchReport report, BenchResult result) {
            return result.gbpsRange();
        }
    };

    /** The text of the button that picks this metric, from the lesson's bundle. */
    public String title() {
        return Messages.of(CostMetric.class).get("metric." + name());
    }

    /** The label of the value axis. */
    public String axisLabel() {
        return Messages.of(CostMetric.class).get("metric." + name() + ".axis");
    }

    /** The value of the median round. */
    abstract double of(BenchReport report, BenchResult result);

    /** {@code {low, high}}: the values of the rounds at either end. */
    abstract double[] range(BenchReport report, BenchResult result);
}
