package relulab.ui.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import relulab.core.Activation;
import relulab.core.NumberGrammar;
import relulab.core.Shape;
import relulab.io.NumberText;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.text.Messages;

/**
 * Predict, then reveal: the learner sees x (and dout), predicts which cells the layer's
 * activation changes (x < 0: the cells ReLU zeroes) or where dx is 0 — or types out or dx — and {@link #check()} scores every predicted cell, with
 * one line of why for each mistake.
 *
 * <p>Faded worked examples: in round 1 three quarters of the cells are shown solved, in round 2
 * half, in round 3 a quarter, from round 4 none ({@link #REVEALED_SHARE}); each
 * {@link #newQuestion()} is the next round. Shown cells are not scored. The answers follow the
 * state's activation, with its ReLU′(0), so the lesson agrees with the workbench.
 *
 * <p>A plain object, tested without a toolkit; {@link #answersProperty()} changes whenever a
 * mark or a typed value does, so that the view redraws only then.
 */
public final class PredictViewModel {

    /** A typed value counts as right within this distance: an answer written to two decimals is right. */
    public static final double TOLERANCE = 0.005;
    /** The share of cells shown as worked examples in rounds 1, 2, 3 and from 4 on. */
    static final double[] REVEALED_SHARE = {0.75, 0.5, 0.25, 0};

    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ObjectProperty<PredictKind> kind = new SimpleObjectProperty<>(this, "kind", PredictKind.ZEROED);
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation");
    private final BooleanProperty fading = new SimpleBooleanProperty(this, "fading", true);
    private final ReadOnlyIntegerWrapper round = new ReadOnlyIntegerWrapper(this, "round", 1);
    private final ReadOnlyObjectWrapper<Score> score = new ReadOnlyObjectWrapper<>(this, "score");
    private final ReadOnlyIntegerWrapper answers = new ReadOnlyIntegerWrapper(this, "answers");
    private boolean[] marks;
    private String[] texts;
    private boolean[] revealed;

    /** Starts at round 1 on the question of {@code seed}. */
    public PredictViewModel(long seed, Activation first) {
        this(Question.draw(seed), first);
    }

    /** Starts at round 1 on the given question (a hand-made one, in tests). */
    PredictViewModel(Question first, Activation firstActivation) {
        activation.set(firstActivation);
        show(first);
        kind.addListener((o, was, is) -> {
            if (is == null || !PredictKind.offered(activation.get()).contains(is)) {
                kind.set(was);
            } else {
                clearAnswers();
            }
        });
        fading.addListener(o -> show(question.get()));
        activation.addListener((o, was, is) -> {
            if (is == null) {
                activation.set(was);
            } else if (!PredictKind.offered(is).contains(kind.get())) {
                kind.set(PredictKind.DX); // the same question about the backward pass, typed
            } else if (score.get() != null) {
                check();
            }
        });
    }

    // ---- reading ------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    public Question question() {
        return question.get();
    }

    public ObjectProperty<PredictKind> kindProperty() {
        return kind;
    }

    public PredictKind kind() {
        return kind.get();
    }

    /** The layer's activation, with its ReLU′(0): the answers and their reasons follow it. */
    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    public Activation activation() {
        return activation.get();
    }

    /** Whether rounds start with worked examples that fade; off, every cell is asked. */
    public BooleanProperty fadingProperty() {
        return fading;
    }

    public ReadOnlyIntegerProperty roundProperty() {
        return round.getReadOnlyProperty();
    }

    /** The score of the last check, or null before the learner checks this question. */
    public ReadOnlyObjectProperty<Score> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** Counts changes of the learner's answers. */
    public ReadOnlyIntegerProperty answersProperty() {
        return answers.getReadOnlyProperty();
    }

    public Shape shape() {
        return question.get().x().shape();
    }

    /** Whether cell i is shown solved, as a worked example. */
    public boolean isRevealed(int i) {
        return revealed[i];
    }

    /** How many cells are shown solved. */
    public int revealedCount() {
        int n = 0;
        for (boolean r : revealed) {
            n += r ? 1 : 0;
        }
        return n;
    }

    public boolean isMarked(int i) {
        return marks[i];
    }

    public String text(int i) {
        return texts[i];
    }

    /** The true answer at cell i as shown in a solved cell: the value of out or dx. */
    public String answerText(int i) {
        return Explanation.text(truthValue(i));
    }

    /** Whether cell i should be marked in a marking kind. */
    public boolean truthMark(int i) {
        double x = question.get().x().get(i);
        return kind.get() == PredictKind.ZEROED
                ? x < 0
                : activation.get().backward(x, question.get().dout().get(i)) == 0;
    }

    // ---- acting -------------------------------------------------------------------------

    /** Marks or unmarks cell i (a worked example cannot be changed). */
    public void toggleMark(int i) {
        if (!revealed[i]) {
            marks[i] = !marks[i];
            answered();
        }
    }

    /** The learner's value for cell i, as typed. */
    public void setText(int i, String text) {
        if (!revealed[i] && !text.equals(texts[i])) {
            texts[i] = text;
            answered();
        }
    }

    /** Scores every predicted cell; the worked examples are not scored. */
    public Score check() {
        List<CellVerdict> verdicts = new ArrayList<>();
        Shape shape = shape();
        for (int i = 0; i < shape.size(); i++) {
            if (!revealed[i]) {
                verdicts.add(verdict(i, cell(shape, i)));
            }
        }
        Score result = new Score(verdicts);
        score.set(result);
        return result;
    }

    /** The next round: a new question from the next seed, with fewer worked examples. */
    public void newQuestion() {
        round.set(round.get() + 1);
        show(Question.draw(question.get().seed() + 1));
    }

    /** Round 1 again, on the next question. */
    public void startOver() {
        round.set(1);
        show(Question.draw(question.get().seed() + 1));
    }

    // ---- internals ----------------------------------------------------------------------

    private CellVerdict verdict(int i, CellIndex cell) {
        double x = question.get().x().get(i);
        String why = kind.get().backward()
                ? Explanation.backward(x, question.get().dout().get(i), activation.get())
                : Explanation.forward(x, activation.get());
        Messages messages = Messages.of(PredictViewModel.class);
        if (kind.get().marks()) {
            boolean truth = truthMark(i);
            return marks[i] == truth
                    ? new CellVerdict(cell, true, "")
                    : new CellVerdict(cell, false, messages.format(marks[i] ? "verdict.marked" : "verdict.left", why));
        }
        String typed = texts[i].strip();
        if (typed.isEmpty()) {
            return new CellVerdict(cell, false, messages.format("verdict.empty", why));
        }
        double value;
        try {
            value = NumberText.parse(typed);
        } catch (NumberGrammar.Unreadable e) {
            return new CellVerdict(cell, false, messages.format("verdict.unreadable", Messages.say(e.reason()), why));
        }
        return Math.abs(value - truthValue(i)) <= TOLERANCE
                ? new CellVerdict(cell, true, "")
                : new CellVerdict(cell, false, messages.format("verdict.wrote", typed, why));
    }

    private double truthValue(int i) {
        double x = question.get().x().get(i);
        Activation f = activation.get();
        return kind.get().backward() ? f.backward(x, question.get().dout().get(i)) : f.forward(x);
    }

    private void show(Question q) {
        int n = q.size();
        revealed = new boolean[n];
        double share = fading.get() ? REVEALED_SHARE[Math.min(round.get(), REVEALED_SHARE.length) - 1] : 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(q.seed()));
        for (int k = 0; k < Math.round(share * n); k++) {
            revealed[order.get(k)] = true;
        }
        question.set(q);
        clearAnswers();
    }

    private void clearAnswers() {
        int n = question.get().size();
        marks = new boolean[n];
        texts = new String[n];
        Arrays.fill(texts, "");
        score.set(null);
        answers.set(answers.get() + 1);
    }

    private void answered() {
        score.set(null);
        answers.set(answers.get() + 1);
    }

    static CellIndex cell(Shape shape, int i) {
        return new CellIndex(i / shape.sliceSize(), (i / shape.width()) % shape.height(), i % shape.width());
    }
}
