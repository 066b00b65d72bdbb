package relulab.ui.workbench;

/** The two tensors a student edits: the input and the upstream gradient. */
public enum Target {
    X("x"),
    DOUT("dout");

    private final String symbol;

    Target(String symbol) {
        this.symbol = symbol;
    }

    /** The name used in formulas and messages: {@code x} or {@code dout}. */
    public String symbol() {
        return symbol;
    }

    /** The other tensor of the pair. */
    public Target other() {
        return this == X ? DOUT : X;
    }
}
