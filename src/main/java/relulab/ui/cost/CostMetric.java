package relulab.ui.cost;

import relulab.cost.BenchResult;

/** What the bars measure: time per element (shorter is cheaper) or bandwidth (longer is faster). */
public enum CostMetric {

    /** Nanoseconds per element: the cost the chapter talks about. */
    NS_PER_ELEMENT("time per element", "nanoseconds per element (shorter is cheaper)") {
        @Override
        double of(BenchResult result) {
            return result.nsPerElement();
        }
    },
    /** Bytes read plus written per nanosecond: a copy shows the speed of memory. */
    GBPS("speed (GB/s)", "GB/s: gigabytes read + written per second (longer is faster)") {
        @Override
        double of(BenchResult result) {
            return result.gbps();
        }
    };

    private final String title;
    private final String axisLabel;

    CostMetric(String title, String axisLabel) {
        this.title = title;
        this.axisLabel = axisLabel;
    }

    /** The text of the button that picks this metric. */
    public String title() {
        return title;
    }

    /** The label of the value axis. */
    public String axisLabel() {
        return axisLabel;
    }

    abstract double of(BenchResult result);
}
