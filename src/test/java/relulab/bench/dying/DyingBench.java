package relulab.bench.dying;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import relulab.train.LearningRateSweep;
import relulab.train.Trainer;
import relulab.train.TrainingConfig;

/**
 * How fast the dying-ReLU lab trains, next to a baseline measured in the same run.
 *
 * <p>Measured: one default run (spiral, 2 × 64 ReLU, 300 full-batch SGD steps) at lr 0.1
 * (few dead units) and at lr 2 (most units dead, so less work). Baseline: a plain dense
 * matrix product loop (i, k, j order, no zero skipping) doing the same number of
 * multiply-adds as one run would without skipping zeros — forward, weight gradient and input
 * gradient of every layer, 301 forward and 300 backward passes. Also the lab's whole sweep
 * (25 rates × 3 seeds) on a pool of 2 threads. Medians after warm-up; wall time and the
 * measuring thread's CPU time (on a shared machine the CPU time is the steadier figure).
 *
 * <p>Run: {@code mvn -q -o test-compile && java -cp target/classes:target/test-classes
 * relulab.bench.dying.DyingBench}
 */
public final class DyingBench {

    private static final int WARMUP = 10;
    private static final int SAMPLES = 15;
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static double sink;

    private DyingBench() {}

    public static void main(String[] args) throws Exception {
        TrainingConfig config = TrainingConfig.DEFAULT;
        int n = config.dataset().generate(config.seed()).size();
        int[] sizes = config.layerSizes(3);
        long macs = denseMacs(sizes, n, config.steps());
        System.out.printf(Locale.ROOT, "dense multiply-adds of one 300-step run: %.3g%n", (double) macs);

        double[] base = measure(() -> sink += denseBaseline(sizes, n, config.steps()));
        double[] low = measure(
                () -> sink += Trainer.train(config.withLearningRate(0.1)).finalLoss());
        double[] high =
                measure(() -> sink += Trainer.train(config.withLearningRate(2)).finalLoss());
        report("baseline: dense matmul loops, same multiply-adds", base, base);
        report("default run, lr 0.1", low, base);
        report("default run, lr 2  ", high, base);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            double[] sweep = measureSweep(config, pool);
            System.out.printf(
                    Locale.ROOT, "whole sweep, 25 rates x 3 seeds on 2 threads: median wall %.0f ms%n", sweep[0]);
        } finally {
            pool.shutdown();
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    /** Multiply-adds without zero skipping: per step Σ n·in·out forward and weight gradient, and Σ_{l>0} for the input gradient. */
    public static long denseMacs(int[] sizes, int n, int steps) {
        long forward = 0;
        long inputGradient = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            forward += (long) n * sizes[l] * sizes[l + 1];
            if (l > 0) {
                inputGradient += (long) n * sizes[l] * sizes[l + 1];
            }
        }
        return (steps + 1) * forward + steps * (forward + inputGradient);
    }

    /** The same products as a run, dense, in plain i-k-j loops. */
    public static double denseBaseline(int[] sizes, int n, int steps) {
        double[][] w = new double[sizes.length - 1][];
        double[][] a = new double[sizes.length][];
        for (int l = 0; l < sizes.length; l++) {
            a[l] = new double[n * sizes[l]];
            Arrays.fill(a[l], 0.5);
            if (l + 1 < sizes.length) {
                w[l] = new double[sizes[l] * sizes[l + 1]];
                Arrays.fill(w[l], 0.01);
            }
        }
        double[] scratch = new double[n * 64];
        for (int s = 0; s <= steps; s++) {
            for (int l = 0; l + 1 < sizes.length; l++) {
                matmul(a[l], w[l], a[l + 1], n, sizes[l], sizes[l + 1]);
                if (s < steps) {
                    // weight gradient aᵀ·dz: (in × n)·(n × out), same count as the forward
                    matmul(a[l], w[l], a[l + 1], n, sizes[l], sizes[l + 1]);
                    if (l > 0) {
                        matmul(a[l + 1], w[l], scratch, n, sizes[l + 1], sizes[l]);
                    }
                }
            }
        }
        return a[sizes.length - 1][0];
    }

    private static void matmul(double[] x, double[] w, double[] out, int n, int in, int outs) {
        for (int i = 0; i < n; i++) {
            int o = i * outs;
            Arrays.fill(out, o, o + outs, 0.0);
            for (int k = 0; k < in; k++) {
                double xik = x[i * in + k];
                int wo = k * outs;
                for (int j = 0; j < outs; j++) {
                    out[o + j] += xik * w[wo + j];
                }
            }
        }
    }

    /** {median wall ms, median CPU ms}. */
    private static double[] measure(Runnable r) {
        for (int i = 0; i < WARMUP; i++) {
            r.run();
        }
        double[] wall = new double[SAMPLES];
        double[] cpu = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long c0 = MX.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            r.run();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (MX.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        return new double[] {median(wall), median(cpu)};
    }

    private static double[] measureSweep(TrainingConfig config, ExecutorService pool) throws Exception {
        double[] wall = new double[3];
        for (int rep = -1; rep < wall.length; rep++) {
            long t0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (double lr : LearningRateSweep.labRates()) {
                futures.add(
                        pool.submit(() -> LearningRateSweep.measure(config, lr, LearningRateSweep.SEEDS, () -> false)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            if (rep >= 0) {
                wall[rep] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return new double[] {median(wall)};
    }

    private static void report(String what, double[] t, double[] base) {
        System.out.printf(
                Locale.ROOT,
                "%-50s median wall %7.1f ms, CPU %7.1f ms  (%.2f x baseline CPU)%n",
                what,
                t[0],
                t[1],
                t[1] / base[1]);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
