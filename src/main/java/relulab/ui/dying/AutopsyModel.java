package relulab.ui.dying;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import relulab.train.Autopsy;
import relulab.train.TrainingRun;
import relulab.train.UnitDeath;
import relulab.ui.task.LatestRequestRunner;

/**
 * The view model's autopsy: which death of the shown run the student looks at, and its
 * {@link Autopsy}, made in the background (it trains the run again up to the killing step).
 * Choosing a dead unit selects its death; previous and next walk the deaths in the order they
 * happened. When a new run arrives the same unit stays chosen if it is dead there too, else
 * the choice is cleared.
 */
final class AutopsyModel {

    private final ReadOnlyObjectWrapper<AutopsyShown> shown = new ReadOnlyObjectWrapper<>(this, "autopsy");
    private final LatestRequestRunner<AutopsyShown> runner;
    private TrainingRun run;
    private List<UnitDeath> deaths = List.of();
    private int index = -1;

    /**
     * @param worker    makes the autopsies, one at a time
     * @param ui        the thread that may change the property
     * @param onFailure hears a failure, on {@code ui}
     */
    AutopsyModel(Executor worker, Executor ui, Consumer<Throwable> onFailure) {
        runner = new LatestRequestRunner<>(worker, ui, shown::set, onFailure, true);
    }

    /** Takes the deaths of a newly shown run, keeping the chosen unit if it died there too. */
    void runShown(TrainingRun r) {
        UnitDeath chosen = index < 0 ? null : deaths.get(index);
        run = r;
        deaths = r.deaths();
        index = -1;
        if (chosen == null || !select(chosen.layer(), chosen.unit())) {
            runner.cancelAll();
            shown.set(null);
        }
    }

    /**
     * Chooses the death of unit {@code unit} of hidden layer {@code layer} (both from 0).
     *
     * @return false, choosing nothing, when that unit is not dead at the end of the run
     */
    boolean select(int layer, int unit) {
        for (int i = 0; i < deaths.size(); i++) {
            if (deaths.get(i).layer() == layer && deaths.get(i).unit() == unit) {
                show(i);
                return true;
            }
        }
        return false;
    }

    /** The death before the chosen one, or the first when none is chosen. */
    void previous() {
        if (!deaths.isEmpty()) {
            show(Math.max(0, index - 1));
        }
    }

    /** The death after the chosen one, or the first when none is chosen. */
    void next() {
        if (!deaths.isEmpty()) {
            show(index < 0 ? 0 : Math.min(deaths.size() - 1, index + 1));
        }
    }

    /** How many units of the shown run are dead at the end. */
    int deathCount() {
        return deaths.size();
    }

    /** The position of the chosen death, from 0, or −1. */
    int index() {
        return index;
    }

    void stop() {
        runner.cancelAll();
    }

    /** The autopsy shown; null while none is chosen (and until the chosen one is made). */
    ReadOnlyObjectProperty<AutopsyShown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    private void show(int i) {
        index = i;
        TrainingRun r = run;
        UnitDeath death = deaths.get(i);
        int count = deaths.size();
        runner.submit(ctx -> {
            Autopsy a = Autopsy.of(r, death, ctx::isCancelled);
            return new AutopsyShown(
                    a, i, count, DecisionRegions.of(a.after(), r.config().activation(), r.data()));
        });
    }
}
