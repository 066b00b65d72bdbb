package relulab.train.vanishing;

import java.util.Locale;
import relulab.core.Activation;
import relulab.core.Relu;

/**
 * Which initialisation each activation of the experiment gets: each its own recommended one
 * (sigmoid and tanh Xavier, ReLU He — how such networks are really built), or one scheme for
 * all three (to see what the "wrong" scheme does).
 */
public enum InitChoice {
    /** Sigmoid and tanh Xavier, ReLU He: the fair comparison and the default. */
    RECOMMENDED("recommended", "Each its own (sigmoid, tanh Xavier; ReLU He)"),
    /** Xavier for all three. */
    XAVIER("xavier", "Xavier for all"),
    /** He for all three. */
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
            case RECOMMENDED -> activation instanceof Relu ? Initialisation.HE : Initialisation.XAVIER;
        };
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
        throw new IllegalArgumentException(
                "unknown initialisation '" + text + "' (expected recommended, xavier or he)");
    }

    @Override
    public String toString() {
        return label;
    }
}
