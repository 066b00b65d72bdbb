package relulab.ui.dying;

import javafx.scene.Node;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;
import relulab.ui.lesson.LessonIds;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.LessonSettings;

/**
 * Claim 3: under a large learning rate, ReLU units die for good — on a real network trained by SGD.
 * Built as every lesson is: the view model on the shell's background threads, then the view on it.
 */
public final class DyingLesson extends Lesson {

    public DyingLesson() {
        super(LessonIds.DYING, Messages.of(DyingLesson.class).get("lesson.title"));
    }

    private DyingView view;

    @Override
    public Node createView(LessonContext context) {
        DyingViewModel vm = DyingViewModel.on(context.background());
        LessonSettings.link(context.settings().dyingProperty(), vm::config, vm::apply, vm.logLearningRateProperty(),
                vm.datasetProperty(), vm.activationProperty(), vm.layersProperty(), vm.widthProperty(),
                vm.stepsProperty(), vm.seedProperty());
        view = new DyingView(vm);
        view.start();
        return view;
    }

    /** A sweep takes every core for seconds: it waits while another lesson is shown, and the play animation stops. */
    @Override
    public void hidden() {
        view.pause();
    }

    @Override
    public void shown() {
        view.resume();
    }
}
