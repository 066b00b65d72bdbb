package relulab.ui.app;

import java.util.List;
import relulab.ui.code.CodeLesson;
import relulab.ui.cost.CostLesson;
import relulab.ui.dying.DyingLesson;
import relulab.ui.gradcheck.GradientCheckLesson;
import relulab.ui.gradzero.GradientAtZeroLesson;
import relulab.ui.lesson.Lesson;
import relulab.ui.path.PathLesson;
import relulab.ui.predict.PredictLesson;
import relulab.ui.vanishing.VanishingLesson;
import relulab.ui.workbench.WorkbenchLesson;

/** The lessons of the window, in the order of their tabs: the only place that names them all. */
final class LessonCatalog {

    private LessonCatalog() {}

    /** A fresh set of lessons for one window; the first is the one the window opens on. */
    static List<Lesson> all() {
        return List.of(
                new PathLesson(),
                new WorkbenchLesson(),
                new PredictLesson(),
                new DyingLesson(),
                new CostLesson(),
                new VanishingLesson(),
                new CodeLesson(),
                new GradientCheckLesson(),
                new GradientAtZeroLesson());
    }
}
