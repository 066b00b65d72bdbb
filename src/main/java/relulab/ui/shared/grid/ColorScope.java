package relulab.ui.shared.grid;

/** Which values set the ends of the colour scale. */
public enum ColorScope {
    /** One scale for every slice: a value has the same colour everywhere. */
    WHOLE_TENSOR("whole tensor"),
    /** Each depth slice scaled to its own largest |value|: shows detail in quiet channels. */
    PER_CHANNEL("per channel");

    private final String label;

    ColorScope(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
