package relulab.ui.cost;

import relulab.cost.BenchKernel;

/**
 * One bar of the chart: the kernel it times, its title and the operations it does per element,
 * the value of the chosen metric (median round) with the values at either end of the rounds (its
 * whisker), and its speed as a fraction of the copy's. Its colour is that of its costliest
 * operation ({@link #styleClass()}).
 */
public record CostBar(
        BenchKernel kernel, String title, String work, double value, double low, double high, double ratioToCopy) {

    /** The CSS class of the bar's colour: one per costliest operation (memory, comparison, multiplication, exp, erf). */
    public String styleClass() {
        return styleClass(kernel.costliest());
    }

    /** The CSS class of the colour of kernels whose costliest operation is {@code work}. */
    static String styleClass(BenchKernel.Work work) {
        return "bar-" + work.name().toLowerCase(java.util.Locale.ROOT);
    }
}
