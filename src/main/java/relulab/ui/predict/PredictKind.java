package relulab.ui.predict;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import relulab.core.Activation;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.text.Messages;

/**
 * What the learner predicts: which cells (marks) or which values (typed). Its words depend on
 * the layer's activation (ReLU "zeroes" cells, another one changes them), so they are looked up
 * with it: {@code kind.<key>} and {@code answer.<key>}, or the activation's own
 * {@code kind.<key>.<id>} when the bundle has one.
 */
public enum PredictKind {
    ZEROED(true),
    DX_ZERO(true),
    OUT(false),
    DX(false);

    private final boolean marks;

    PredictKind(boolean marks) {
        this.marks = marks;
    }

    /** True when the learner marks cells; false when they type values. */
    public boolean marks() {
        return marks;
    }

    /** Whether the answer concerns the backward pass (dx), which needs dout. */
    public boolean backward() {
        return this == DX_ZERO || this == DX;
    }

    /**
     * The kinds that make sense for {@code f}. Marking the cells where dx = 0 asks where the
     * gradient is blocked, so it is offered only for a member whose slope is 0 for negative x
     * (ReLU); for the others dx is 0 only where dout is, and the learner types dx instead.
     */
    public static List<PredictKind> offered(Activation f) {
        return Arrays.stream(values())
                .filter(k -> k != DX_ZERO || blocksGradient(f))
                .toList();
    }

    /** Whether {@code f} blocks the gradient of a negative input, as ReLU does (f′(x) = 0 for x &lt; 0). */
    static boolean blocksGradient(Activation f) {
        return f.slope(-1.0) == 0.0;
    }

    /** What the choice says, e.g. "Mark the cells ReLU zeroes" or "Type out = max(0, x)". */
    public String label(Activation f) {
        String argument = this == OUT ? ActivationWords.formula(f) : ActivationWords.changedGrid(f);
        return words("kind", f, argument);
    }

    /** For a mark, what it claims ("zeroed"); for a value, the tensor's name ("out"). */
    public String answerName(Activation f) {
        return words("answer", f);
    }

    private String words(String group, Activation f, Object... args) {
        Messages messages = Messages.of(PredictKind.class);
        String key = group + "." + name().toLowerCase(Locale.ROOT);
        String own = key + "." + f.id();
        return messages.format(messages.has(own) ? own : key, args);
    }
}
