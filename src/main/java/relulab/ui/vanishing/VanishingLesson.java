package relulab.ui.vanishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.scene.Node;
import relulab.train.vanishing.VanishingExperiment;
import relulab.ui.lesson.KeptSettings;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;
import relulab.ui.lesson.LessonIds;
import relulab.ui.shared.text.Messages;

/** Claim 2: in a deep stack the gradient vanishes through sigmoid, much less through ReLU. */
public final class VanishingLesson extends Lesson {

    private final KeptSettings<VanishingSettings> kept =
            new KeptSettings<>(VanishingSettingsCodec.KEY, new VanishingSettingsCodec());

    public VanishingLesson() {
        super(LessonIds.VANISHING, Messages.of(VanishingLesson.class).get("lesson.title"));
    }

    @Override
    public Optional<KeptSettings<?>> keptSettings() {
        return Optional.of(kept);
    }

    @Override
    public Node createView(LessonContext context) {
        VanishingViewModel vm = new VanishingViewModel(
                context.background().serial(), context.background().ui());
        List<Observable> changes = new ArrayList<>(List.of(
                vm.depthProperty(), vm.widthProperty(), vm.initProperty(), vm.inputScaleProperty(), vm.seedProperty()));
        for (int i = 0; i < VanishingExperiment.FAMILY.size(); i++) {
            changes.add(vm.shownProperty(i));
        }
        kept.link(vm::settings, vm::apply, changes.toArray(Observable[]::new));
        return new VanishingView(vm, context.display());
    }
}
