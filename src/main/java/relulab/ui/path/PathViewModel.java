package relulab.ui.path;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import relulab.ui.state.LabState;

/**
 * The start page's state: the steps of the path, the one chosen, and opening it — the step's
 * tensors go on the shared state (the tabs that show tensors follow it), then its tab comes to
 * the front. A plain object: the tab is opened through a callback.
 */
public final class PathViewModel {

    private final List<PathStep> steps;
    private final LabState state;
    private final Consumer<String> openLesson;
    private final IntegerProperty chosen = new SimpleIntegerProperty(this, "chosen", 0);

    /** @param openLesson brings the lesson with the given id to the front */
    public PathViewModel(List<PathStep> steps, LabState state, Consumer<String> openLesson) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a lesson path needs at least one step");
        }
        this.steps = List.copyOf(steps);
        this.state = state;
        this.openLesson = openLesson;
        chosen.addListener((o, was, is) -> {
            if (is.intValue() < 0 || is.intValue() >= this.steps.size()) {
                chosen.set(was.intValue());
            }
        });
    }

    public List<PathStep> steps() {
        return steps;
    }

    /** The index of the step whose details are shown. */
    public IntegerProperty chosenProperty() {
        return chosen;
    }

    public PathStep chosen() {
        return steps.get(chosen.get());
    }

    /** Opens the chosen step: its tensors first, if it has any, then its tab. */
    public void openChosen() {
        PathStep step = chosen();
        if (step.setsTensors()) {
            state.setTensors(step.x(), step.dout());
        }
        openLesson.accept(step.lessonId());
    }
}
