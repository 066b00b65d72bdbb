package relulab.ui.predict;

/** What the learner predicts: which cells (marks) or which values (typed). */
public enum PredictKind {
    ZEROED("Mark the cells ReLU zeroes", "zeroed", true),
    DX_ZERO("Mark the cells where dx = 0", "dx is 0", true),
    OUT("Type out = max(0, x)", "out", false),
    DX("Type dx", "dx", false);

    private final String label;
    private final String answerName;
    private final boolean marks;

    PredictKind(String label, String answerName, boolean marks) {
        this.label = label;
        this.answerName = answerName;
        this.marks = marks;
    }

    /** True when the learner marks cells; false when they type values. */
    public boolean marks() {
        return marks;
    }

    /** For a mark, what it claims; for a value, the tensor's name. */
    public String answerName() {
        return answerName;
    }

    /** Whether the answer concerns the backward pass (dx), which needs dout. */
    public boolean backward() {
        return this == DX_ZERO || this == DX;
    }

    @Override
    public String toString() {
        return label;
    }
}
