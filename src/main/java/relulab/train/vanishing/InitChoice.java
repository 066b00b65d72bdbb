package relulab.train.vanishing;

import java.util.Locale;
import relulab.core.Activation;
import relulab.core.text.Reason;
import relulab.core.text.RefusedArgument;

/**
 * Which initialisation each activation of the experiment gets: each its own recommended one
 * (sigmoid and tanh Xavier; ReLU and the ReLU-like members He — how such networks are really
 * built), or one scheme for all (to see what the "wrong" scheme does).
 *
 * <p>Which members are ReLU-like is read from the activation, not from its name: one that passes
 * a large positive input through ({@code f′(x) → 1} as x grows: ReLU, Leaky ReLU, ELU, GELU,
 * SiLU, Softplus) is halved by its negative side as ReLU is, and gets He; one that saturates there
 * ({@code f′(x) → 0}: sigmoid, tanh) is linear near 0 and gets Xavier.
 */
public enum InitChoice {
    /** Sigmoid and tanh Xavier, the ReLU-like members He: the fair comparison and the default. */
    RECOMMENDED("recommended", "Each its own (sigmoid, tanh Xavier; ReLU and its family He)"),
    /** Xavier for all. */
    XAVIER("xavier", "Xavier for all"),
    /** He for all. */
    HE("he", "He for all");

    private final String label;
    private final String title;

    InitChoice(String label, String title) {
        this.label = label;
        this.title = title;
    }

    /** The initialisation {@code activation} gets under this choice. */
    public Initialisation forActivation(Activation activation) {
        return switch (this) {
            case XAVIER -> Initialisation.XAVIER;
            case HE -> Initialisation.HE;
            case RECOMMENDED -> isReluLike(activation) ? Initialisation.HE : Initialisation.XAVIER;
        };
    }

    /** Where the slope of a member that passes large inputs through is 1 to many digits, a saturating one's 0. */
    private static final double LARGE_INPUT = 20;

    /** True for a member whose slope tends to 1 for large positive x (ReLU-like), false for one that saturates. */
    static boolean isReluLike(Activation activation) {
        return activation.slope(LARGE_INPUT) > 0.5;
    }

    /** The name on the command line: recommended, xavier or he. */
    public String label() {
        return label;
    }

    /** The name on screen. */
    public String title() {
        return title;
    }

    /**
     * The choice named {@code text} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the choices when the name is unknown
     */
    public static InitChoice parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        for (InitChoice c : values()) {
            if (c.label.equals(s)) {
                return c;
            }
        }
        // The text is not repeated: its reader quotes it, cut and escaped (it may be anything).
        throw new RefusedArgument(Reason.of(InitChoice.class, "init.unknown"), null);
    }

    @Override
    public String toString() {
        return label;
    }
}
