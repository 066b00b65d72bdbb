package relulab.ui.predict;

import javafx.scene.Node;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;

/** Predict, then reveal: the learner says what ReLU will do to a small tensor before seeing it. */
public final class PredictLesson extends Lesson {

    public static final String ID = "predict";
    /** The first question's seed: every class starts on the same tensor. */
    static final long FIRST_SEED = 1;

    public PredictLesson() {
        super(ID, "Predict");
    }

    @Override
    public Node createView(LessonContext context) {
        PredictViewModel model = new PredictViewModel(FIRST_SEED, context.state().gradientAtZero());
        context.followSnapshots(snapshot -> model.atZeroProperty().set(snapshot.gradientAtZero()));
        return new PredictView(model, () -> {
            context.state().setTensors(model.question().x(), model.question().dout());
            context.openLesson("workbench");
        });
    }
}
