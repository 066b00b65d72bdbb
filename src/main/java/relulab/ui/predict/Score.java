package relulab.ui.predict;

import java.util.List;
import java.util.Optional;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.text.Messages;

/**
 * The result of checking one round: a verdict for every cell the learner had to predict (the
 * worked examples are not scored), in loop order.
 */
public record Score(List<CellVerdict> verdicts) {

    public Score {
        verdicts = List.copyOf(verdicts);
    }

    public int right() {
        return (int) verdicts.stream().filter(CellVerdict::right).count();
    }

    public int asked() {
        return verdicts.size();
    }

    /** The verdict at a cell, if it was asked. */
    public Optional<CellVerdict> at(CellIndex cell) {
        return verdicts.stream().filter(v -> v.cell().equals(cell)).findFirst();
    }

    /** One line per wrong cell: {@code [0,1,1] x = 0 → out 0; dx 0 because ReLU′(0) = 0}. */
    public List<String> whyLines() {
        Messages messages = Messages.of(Score.class);
        return verdicts.stream()
                .filter(v -> !v.right())
                .map(v -> messages.format("why.line", v.cell().toString(), v.why()))
                .toList();
    }

    /** e.g. {@code 9 of 12 right}. */
    public String summary() {
        boolean all = right() == asked() && asked() > 0;
        return Messages.of(Score.class).format(all ? "score.all-right" : "score.summary", right(), asked());
    }
}
