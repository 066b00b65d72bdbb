package relulab.ui.dying;

import javafx.scene.Node;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;

/** Claim 3: under a large learning rate, ReLU units die for good — on a real network trained by SGD. */
public final class DyingLesson implements Lesson {

    private DyingView view;

    @Override
    public String id() {
        return "dying";
    }

    @Override
    public String title() {
        return "Dying ReLU";
    }

    @Override
    public Node createView(LessonContext context) {
        view = new DyingView(context.background());
        view.start();
        return view;
    }

    @Override
    public void shown() {
        if (view != null) {
            view.viewModel().resume();
        }
    }

    /** A hidden lesson does no work: the play animation and an unfinished sweep stop. */
    @Override
    public void hidden() {
        if (view != null) {
            view.stopPlaying();
            view.viewModel().suspend();
        }
    }
}
