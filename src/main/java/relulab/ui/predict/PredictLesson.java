package relulab.ui.predict;

import javafx.scene.Node;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;
import relulab.ui.lesson.LessonIds;
import relulab.ui.shared.text.Messages;

/** Predict, then reveal: the learner says what the layer's activation will do to a small tensor before seeing it. */
public final class PredictLesson extends Lesson {

    public static final String ID = LessonIds.PREDICT;
    /** The first question's seed: every class starts on the same tensor. */
    static final long FIRST_SEED = 1;

    public PredictLesson() {
        super(ID, Messages.of(PredictLesson.class).get("lesson.title"));
    }

    @Override
    public Node createView(LessonContext context) {
        PredictViewModel model =
                new PredictViewModel(FIRST_SEED, context.state().snapshot().activation());
        context.followSnapshots(snapshot -> model.activationProperty().set(snapshot.activation()));
        return new PredictView(model, context.display(), () -> {
            context.state().setTensors(model.question().x(), model.question().dout());
            context.openLesson(LessonIds.WORKBENCH);
        });
    }
}
