package relulab.ui.dying;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import relulab.core.Activation;
import relulab.train.LearningRateSweep;
import relulab.train.SweepPoint;
import relulab.train.TrainingConfig;
import relulab.ui.task.LatestRequestRunner;

/**
 * The learning-rate sweep of the tab: the lab's 25 rates, each averaged over 3 seeds, for the
 * activation as set and for the members the tab compares ({@link HiddenActivations#compared}:
 * ReLU, Leaky ReLU, ELU, GELU) on the same seeds, spread over a pool of threads (both cores) and
 * published point by point, coarse to fine and the activation as set first, so the curve's shape
 * appears after the first few points. Its runs pause while the run at the slider's rate trains
 * ({@link ForegroundGate}).
 */
final class SweepJob implements LatestRequestRunner.Work<List<MemberSweep>> {

    private final TrainingConfig base;
    private final Executor pool;
    private final ForegroundGate foreground;

    /** A sweep around {@code base} on {@code pool}, whose runs wait while {@code foreground} trains. */
    SweepJob(TrainingConfig base, Executor pool, ForegroundGate foreground) {
        this.base = base;
        this.pool = pool;
        this.foreground = foreground;
    }

    /** The activation as set, then the compared members it is not. */
    static List<Activation> members(Activation set) {
        List<Activation> members = new ArrayList<>(List.of(set));
        for (Activation f : HiddenActivations.compared()) {
            if (!f.name().equals(set.name())) {
                members.add(f);
            }
        }
        return members;
    }

    @Override
    public List<MemberSweep> run(LatestRequestRunner.Context<List<MemberSweep>> context) throws InterruptedException {
        double[] rates = LearningRateSweep.labRates();
        List<Activation> members = members(base.activation());
        CompletionService<Point> done = new ExecutorCompletionService<>(pool);
        List<Future<Point>> futures = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            TrainingConfig config = base.withActivation(members.get(m));
            int member = m;
            for (int i : coarseToFine(rates.length)) {
                double lr = rates[i];
                futures.add(done.submit(() ->
                        new Point(member, LearningRateSweep.measure(config, lr, LearningRateSweep.SEEDS, () -> {
                            foreground.awaitIdle(); // asked before every step
                            return context.isCancelled();
                        }))));
            }
        }
        List<List<SweepPoint>> points = new ArrayList<>();
        members.forEach(f -> points.add(new ArrayList<>()));
        int total = rates.length * members.size();
        int received = 0;
        try {
            for (; received < total; received++) {
                Point p = done.take().get();
                points.get(p.member()).add(p.point());
                points.get(p.member()).sort(Comparator.comparingDouble(SweepPoint::learningRate));
                context.publish(snapshot(members, points));
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException c) {
                throw c;
            }
            throw new IllegalStateException("the sweep failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            if (received < total) {
                futures.forEach(f -> f.cancel(false));
            }
        }
        return snapshot(members, points);
    }

    /** A point of the sweep of member {@code member}. */
    private record Point(int member, SweepPoint point) {}

    private static List<MemberSweep> snapshot(List<Activation> members, List<List<SweepPoint>> points) {
        List<MemberSweep> sweeps = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            sweeps.add(new MemberSweep(members.get(m), points.get(m)));
        }
        return List.copyOf(sweeps);
    }

    /**
     * Indices 0..n−1 in the order of a coarse curve first: every 16th (for n = 25), then the
     * ones halfway between, halving the gap down to 1.
     */
    static int[] coarseToFine(int n) {
        int[] order = new int[n];
        boolean[] taken = new boolean[n];
        int count = 0;
        for (int stride = Integer.highestOneBit(Math.max(1, n - 1)); stride >= 1; stride /= 2) {
            for (int i = 0; i < n; i += stride) {
                if (!taken[i]) {
                    taken[i] = true;
                    order[count++] = i;
                }
            }
        }
        return order;
    }
}
