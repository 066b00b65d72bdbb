package relulab.ui.cost;

/**
 * One bar of the chart: a kernel's title and the arithmetic it does per element, the value of
 * the chosen metric (median round) with the values at either end of the rounds (its whisker),
 * its speed as a fraction of the copy's, and the family that decides its colour.
 */
public record CostBar(
        String title, String work, double value, double low, double high, double ratioToCopy, Family family) {

    /** Families share a colour, so that the chart reads as copy vs ReLU vs the exp-bound functions. */
    public enum Family {
        /** The memory copy, the baseline. */
        COPY("bar-copy"),
        /** ReLU: one comparison per element. */
        RELU("bar-relu"),
        /** Leaky ReLU: a comparison and a multiplication per element. */
        LEAKY_RELU("bar-leaky"),
        /** Sigmoid and tanh: an exp per element. */
        EXP("bar-exp");

        private final String styleClass;

        Family(String styleClass) {
            this.styleClass = styleClass;
        }

        /** The CSS class of the bars of this family. */
        public String styleClass() {
            return styleClass;
        }
    }
}
