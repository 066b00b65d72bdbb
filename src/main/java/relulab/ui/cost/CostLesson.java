package relulab.ui.cost;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import relulab.cost.BenchRunner;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;
import relulab.ui.lesson.LessonIds;
import relulab.ui.shared.text.Messages;

/** Claim 1: ReLU is cheap — on tensors larger than the caches its loop keeps up with a copy of the same bytes; sigmoid's and tanh's forward, with an exp per element, do not. */
public final class CostLesson extends Lesson {

    public CostLesson() {
        super(LessonIds.COST, Messages.of(CostLesson.class).get("lesson.title"));
    }

    /**
     * A model measuring one run at a time on the shell's serial thread, stopped with the window,
     * that keeps its last measurement in the data folder; then its view.
     */
    @Override
    public Node createView(LessonContext context) {
        CostViewModel model = new CostViewModel(
                context.background().serial(),
                context.background().ui(),
                new BenchRunner(),
                ReportMemory.inFolder(context.dataFolder()));
        context.background().onClose(model::cancel);
        // The chart keeps a height per bar (CostView): a short window, or every member shown,
        // scrolls the tab rather than squeezing the labels away.
        ScrollPane scroller = new ScrollPane(new CostView(model, context.display()));
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("cost-scroller");
        return scroller;
    }
}
