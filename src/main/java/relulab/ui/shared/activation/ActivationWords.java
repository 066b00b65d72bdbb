package relulab.ui.shared.activation;

import java.util.List;
import relulab.core.Activation;
import relulab.ui.shared.text.Messages;

/**
 * What the window says about an activation, looked up by its {@link Activation#id() id} in this
 * package's bundle: its name, its formula, and the name of the grid of the cells it changes.
 * A pattern's arguments are the activation's {@link Activation#parameters() parameters} in order,
 * as text with NumPy's decimal point. Lessons use these words and never name a concrete activation.
 */
public final class ActivationWords {

    private static final Messages MESSAGES = Messages.of(ActivationWords.class);

    private ActivationWords() {}

    /** The activation's name with its parameters, e.g. "ReLU" or "Leaky ReLU (α = 0.01)". */
    public static String name(Activation f) {
        return message(f, "name");
    }

    /** Its name without parameters, where room is short (a chart's category), e.g. "Leaky ReLU". */
    public static String shortName(Activation f) {
        return message(f, "short");
    }

    /** Its formula, e.g. "max(0, x)". */
    public static String formula(Activation f) {
        return message(f, "formula");
    }

    /** The title of the grid of negative inputs, named for what the activation does to them. */
    public static String changedGrid(Activation f) {
        return message(f, "changed");
    }

    /**
     * A message of this activation: {@code <id>.<what>} in the shared bundle, filled with the
     * activation's parameters.
     */
    public static String message(Activation f, String what, Object... more) {
        List<Double> params = f.parameters();
        Object[] args = new Object[params.size() + more.length];
        for (int i = 0; i < params.size(); i++) {
            args[i] = parameterText(params.get(i));
        }
        System.arraycopy(more, 0, args, params.size(), more.length);
        return MESSAGES.format(f.id() + "." + what, args);
    }

    /** A parameter as the code writes it: shortest decimal, '.' point, no grouping. */
    private static String parameterText(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
