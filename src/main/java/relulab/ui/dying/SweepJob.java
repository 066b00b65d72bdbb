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
import relulab.train.LearningRateSweep;
import relulab.train.SweepPoint;
import relulab.train.TrainingConfig;
import relulab.ui.task.LatestRequestRunner;

/**
 * The learning-rate sweep of the tab: the lab's 25 rates, each averaged over 3 seeds, spread
 * over a pool of threads (both cores) and published point by point, coarse to fine, so the
 * curve's shape appears after the first few points. Its runs pause while the run at the
 * slider's rate trains ({@link ForegroundGate}).
 */
final class SweepJob implements LatestRequestRunner.Work<List<SweepPoint>> {

    private final TrainingConfig base;
    private final Executor pool;
    private final ForegroundGate foreground;

    /** A sweep around {@code base} on {@code pool}, whose runs wait while {@code foreground} trains. */
    SweepJob(TrainingConfig base, Executor pool, ForegroundGate foreground) {
        this.base = base;
        this.pool = pool;
        this.foreground = foreground;
    }

    @Override
    public List<SweepPoint> run(LatestRequestRunner.Context<List<SweepPoint>> context) throws InterruptedException {
        double[] rates = LearningRateSweep.labRates();
        CompletionService<SweepPoint> done = new ExecutorCompletionService<>(pool);
        List<Future<SweepPoint>> futures = new ArrayList<>();
        for (int i : coarseToFine(rates.length)) {
            double lr = rates[i];
            futures.add(done.submit(() -> LearningRateSweep.measure(base, lr, LearningRateSweep.SEEDS, () -> {
                foreground.awaitIdle(); // asked before every step
                return context.isCancelled();
            })));
        }
        List<SweepPoint> points = new ArrayList<>();
        try {
            for (int n = 0; n < rates.length; n++) {
                points.add(done.take().get());
                points.sort(Comparator.comparingDouble(SweepPoint::learningRate));
                context.publish(List.copyOf(points));
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException c) {
                throw c;
            }
            throw new IllegalStateException("the sweep failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            if (points.size() < rates.length) {
                futures.forEach(f -> f.cancel(false));
            }
        }
        return List.copyOf(points);
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
