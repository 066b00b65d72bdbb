package relulab.ui.dying;

import java.util.Optional;
import javafx.scene.Node;
import relulab.train.TrainingConfig;
import relulab.ui.lesson.KeptSettings;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;

/** Claim 3: under a large learning rate, ReLU units die for good — on a real network trained by SGD. */
public final class DyingLesson extends Lesson {

    public DyingLesson() {
        super("dying", "Dying ReLU");
    }

    private final KeptSettings<TrainingConfig> kept = new KeptSettings<>(DyingSettingsCodec.KEY, new DyingSettingsCodec());
    private DyingView view;

    @Override
    public Optional<KeptSettings<?>> keptSettings() {
        return Optional.of(kept);
    }

    @Override
    public Node createView(LessonContext context) {
        view = new DyingView(context.background());
        DyingViewModel vm = view.viewModel();
        kept.link(vm::config, vm::apply, vm.logLearningRateProperty(),
                vm.datasetProperty(), vm.activationProperty(), vm.layersProperty(), vm.widthProperty(),
                vm.stepsProperty(), vm.seedProperty());
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
