package relulab.ui.workbench;

import java.util.Locale;
import relulab.core.Activation;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.text.Messages;

/**
 * The six grids of the workbench, in reading order (SLOPE: the local slope f′(x) that dx multiplies). A grid's title and the line under it are
 * looked up when asked for, from the workbench's bundle ({@code panel.<symbol>.*}) and, for the
 * grids the activation fills, in the activation's own words ({@link ActivationWords}).
 */
public enum Panel {
    X,
    DOUT,
    OUT,
    ZEROED,
    SLOPE,
    DX;

    private static final Messages TEXT = Messages.of(Panel.class);

    /** The grid's title under activation {@code f}, e.g. {@code Forward: out = max(0, x)}. */
    public String title(Activation f) {
        return switch (this) {
            case X, DOUT, SLOPE -> TEXT.get(key("title"));
            case OUT -> TEXT.format(key("title"), ActivationWords.formula(f));
            case ZEROED -> TEXT.format(key("title"), ActivationWords.changedGrid(f));
            case DX -> TEXT.format(key("title"), ActivationWords.message(f, "backward.title"));
        };
    }

    /** One line under the title saying what the grid shows under activation {@code f}. */
    public String explanation(Activation f) {
        return switch (this) {
            case X, DOUT, SLOPE -> TEXT.get(key("explanation"));
            case OUT -> ActivationWords.message(f, "out.explanation");
            case ZEROED -> ActivationWords.message(f, "changed.explanation");
            case DX -> ActivationWords.message(f, "backward.explanation");
        };
    }

    /** The tensor's name in formulas and node ids: x, dout, out, zeroed, slope, dx. */
    public String symbol() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the grid belongs to the forward pass (x, out, zeroed) rather than the backward. */
    public boolean forward() {
        return this == X || this == OUT || this == ZEROED;
    }

    /** The tensor this grid edits, or null for a result grid. */
    public Target target() {
        return this == X ? Target.X : this == DOUT ? Target.DOUT : null;
    }

    private String key(String what) {
        return "panel." + symbol() + "." + what;
    }
}
