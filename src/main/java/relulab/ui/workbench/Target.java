package relulab.ui.workbench;

/** The two tensors a student edits: the input and the upstream gradient. */
public enum Target {
    X("x", "Input x"),
    DOUT("dout", "Upstream gradient dout");

    private final String symbol;
    private final String title;

    Target(String symbol, String title) {
        this.symbol = symbol;
        this.title = title;
    }

    /** The name used in formulas and messages: {@code x} or {@code dout}. */
    public String symbol() {
        return symbol;
    }

    /** The editor's heading. */
    public String title() {
        return title;
    }

    /** The other tensor of the pair. */
    public Target other() {
        return this == X ? DOUT : X;
    }
}
