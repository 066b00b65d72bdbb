package relulab.ui.dying;

import java.util.Optional;
import javafx.scene.Node;
import relulab.train.TrainingConfig;
import relulab.ui.lesson.KeptSettings;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;
import relulab.ui.lesson.LessonIds;
import relulab.ui.shared.text.Messages;

/**
 * Claim 3: under a large learning rate, ReLU units die for good — on a real network trained by SGD.
 * Built as every lesson is: the view model on the shell's background threads, then the view on it.
 */
public final class DyingLesson extends Lesson {

    public DyingLesson() {
        super(LessonIds.DYING, Messages.of(DyingLesson.class).get("lesson.title"));
    }

    private final KeptSettings<TrainingConfig> kept =
            new KeptSettings<>(DyingSettingsCodec.KEY, new DyingSettingsCodec());
    private DyingView view;

    @Override
    public Optional<KeptSettings<?>> keptSettings() {
        return Optional.of(kept);
    }

    @Override
    public Node createView(LessonContext context) {
        DyingViewModel vm = DyingViewModel.on(context.background());
        kept.link(
                vm::config,
                vm::apply,
                vm.logLearningRateProperty(),
                vm.datasetProperty(),
                vm.activationProperty(),
                vm.layersProperty(),
                vm.widthProperty(),
                vm.stepsProperty(),
                vm.seedProperty());
        view = new DyingView(vm, context.display());
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
