package relulab.ui.vanishing;

import javafx.scene.Node;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;
import relulab.ui.lesson.LessonIds;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.LessonSettings;

/** Claim 2: in a deep stack the gradient vanishes through sigmoid, much less through ReLU. */
public final class VanishingLesson extends Lesson {

    public VanishingLesson() {
        super(LessonIds.VANISHING, Messages.of(VanishingLesson.class).get("lesson.title"));
    }

    @Override
    public Node createView(LessonContext context) {
        VanishingViewModel vm = new VanishingViewModel(context.background().serial(), context.background().ui());
        LessonSettings.link(context.settings().vanishingProperty(), vm::settings, vm::apply,
                vm.depthProperty(), vm.widthProperty(), vm.initProperty(), vm.inputScaleProperty(), vm.seedProperty());
        return new VanishingView(vm);
    }
}
