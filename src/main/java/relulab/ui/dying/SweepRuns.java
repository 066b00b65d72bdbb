package relulab.ui.dying;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import relulab.train.SweepPoint;
import relulab.train.TrainingConfig;
import relulab.ui.task.LatestRequestRunner;

/**
 * The view model's learning-rate sweep: the final silent, dead and nearly dead shares at every
 * rate of the lab, for the settings other than the rate, of the activation as set and of the
 * compared members ({@link SweepJob}). It takes every core for seconds, so it never competes with
 * the run the student waits for: a settings change clears it, and the new sweep starts only once
 * the next run at the slider's rate is shown ({@link #runShown}); while later runs train, its
 * runs wait ({@link ForegroundGate}). Newest wins: a new sweep cancels the running one.
 */
final class SweepRuns {

    private final ReadOnlyObjectWrapper<List<SweepPoint>> points =
            new ReadOnlyObjectWrapper<>(this, "sweep", List.of());
    private final ReadOnlyObjectWrapper<List<MemberSweep>> members =
            new ReadOnlyObjectWrapper<>(this, "members", List.of());
    private final LatestRequestRunner<List<MemberSweep>> sweeper;
    private final Executor pool;
    private final ForegroundGate foreground;
    /** A sweep waits for the next single run (see {@link #clear()}). */
    private boolean afterNextRun;

    /**
     * @param worker     coordinates sweeps, one at a time
     * @param pool       trains the sweep's rates, as many at once as it has threads
     * @param ui         the thread that may change the properties
     * @param foreground holds the sweep's runs while the run at the slider's rate trains
     * @param onFailure  hears a failed sweep, on {@code ui}
     */
    SweepRuns(Executor worker, Executor pool, Executor ui, ForegroundGate foreground, Consumer<Throwable> onFailure) {
        this.pool = pool;
        this.foreground = foreground;
        sweeper = new LatestRequestRunner<>(worker, ui, this::show, onFailure, true);
    }

    private void show(List<MemberSweep> sweeps) {
        members.set(sweeps);
        points.set(sweeps.isEmpty() ? List.of() : sweeps.get(0).points());
    }

    /** Clears the sweep and starts a new one once the next single run has arrived. */
    void clear() {
        members.set(List.of());
        points.set(List.of());
        sweeper.cancelAll();
        afterNextRun = true;
    }

    /** The run at the slider's rate is shown: a sweep that waited for it starts, around {@code config}. */
    void runShown(TrainingConfig config) {
        if (afterNextRun) {
            afterNextRun = false;
            sweeper.submit(new SweepJob(config, pool, foreground));
        }
    }

    void stop() {
        sweeper.cancelAll();
    }

    /** The sweep's points so far, sorted by rate (immutable). */
    ReadOnlyObjectProperty<List<SweepPoint>> pointsProperty() {
        return points.getReadOnlyProperty();
    }

    /** The sweep of every member so far: the activation as set first, then the compared ones. */
    ReadOnlyObjectProperty<List<MemberSweep>> membersProperty() {
        return members.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return sweeper.busyProperty();
    }
}
