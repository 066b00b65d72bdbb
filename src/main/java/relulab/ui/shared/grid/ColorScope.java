package relulab.ui.shared.grid;

import relulab.ui.shared.text.Messages;

/**
 * Which grids share a colour scale. A grid's scale is set by the values it belongs with: the
 * forward scale by x (out and the zeroed cells are parts of x), the backward scale by dout (dx is
 * part of dout). With its own scale a grid is set by its own values. A scope's name on screen is
 * the grid bundle's {@code scope.<constant>}.
 */
public enum ColorScope {
    /** Two scales: x, out and zeroed on one, dout and dx on the other (the default). */
    FORWARD_BACKWARD,
    /** Each grid its own scale: shows detail in a grid whose values are small. */
    PER_GRID,
    /** Forward and backward, and each depth slice on its own: shows detail in quiet channels. */
    PER_CHANNEL,
    /** One scale for all five grids: a value has the same colour everywhere. */
    SHARED;

    /** Whether each depth slice has its own limit. */
    public boolean perChannel() {
        return this == PER_CHANNEL;
    }

    /** The scope's name in the current language, e.g. "each grid". */
    public String label() {
        return Messages.of(ColorScope.class).get("scope." + name());
    }

    /** The {@link #label()}, so that a choice control shows the scope by its name. */
    @Override
    public String toString() {
        return label();
    }
}
