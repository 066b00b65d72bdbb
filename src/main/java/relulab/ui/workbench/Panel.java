package relulab.ui.workbench;

/** The five grids of the workbench, in reading order. */
public enum Panel {
    X("Input x", "the layer's input — click a cell and type to change it"),
    DOUT("Upstream gradient dout", "∂L/∂out arriving from the next layer — editable too"),
    OUT("Forward: out = max(0, x)", "negatives become 0, everything else passes unchanged"),
    ZEROED("Zeroed by ReLU (x < 0)", "the hatched cells are the negatives ReLU removed; their x is shown"),
    DX("Backward: dx = dout if x > 0", "else 0: the gradient passes only where x was positive");

    private final String title;
    private final String explanation;

    Panel(String title, String explanation) {
        this.title = title;
        this.explanation = explanation;
    }

    public String title() {
        return title;
    }

    /** One line under the title saying what the grid shows. */
    public String explanation() {
        return explanation;
    }

    /** The tensor's name in formulas: x, dout, out, zeroed, dx. */
    public String symbol() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the grid belongs to the forward pass (x, out, zeroed) rather than the backward. */
    public boolean forward() {
        return this == X || this == OUT || this == ZEROED;
    }

    /** The tensor this grid edits, or null for a result grid. */
    public Target target() {
        return this == X ? Target.X : this == DOUT ? Target.DOUT : null;
    }
}
