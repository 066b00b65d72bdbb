package relulab.ui.shared.grid;

/**
 * Which grids share a colour scale. A grid's scale is set by the values it belongs with: the
 * forward scale by x (out and the zeroed cells are parts of x), the backward scale by dout (dx is
 * part of dout). With its own scale a grid is set by its own values.
 */
public enum ColorScope {
    /** Two scales: x, out and zeroed on one, dout and dx on the other (the default). */
    FORWARD_BACKWARD("forward · backward"),
    /** Each grid its own scale: shows detail in a grid whose values are small. */
    PER_GRID("each grid"),
    /** Forward and backward, and each depth slice on its own: shows detail in quiet channels. */
    PER_CHANNEL("each channel"),
    /** One scale for all five grids: a value has the same colour everywhere. */
    SHARED("all five grids");

    private final String label;

    ColorScope(String label) {
        this.label = label;
    }

    /** Whether each depth slice has its own limit. */
    public boolean perChannel() {
        return this == PER_CHANNEL;
    }

    @Override
    public String toString() {
        return label;
    }
}
