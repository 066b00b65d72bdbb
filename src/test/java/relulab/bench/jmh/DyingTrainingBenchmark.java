package relulab.bench.jmh;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import relulab.bench.dying.DyingBench;
import relulab.train.Dataset;
import relulab.train.Trainer;
import relulab.train.TrainingConfig;

/**
 * One run of the dying-ReLU lab's default training (spiral, 2 × 64 ReLU, 300 full-batch SGD
 * steps, evaluated at every step) at a low and a high rate, next to its baseline in the same
 * JMH run: plain dense i-k-j matrix loops doing the multiply-adds one run would do without
 * skipping zeros ({@link DyingBench#denseBaseline}). The sweep is 75 such runs, one per core at
 * a time; the slider's run must show within 100 ms, and takes a helper thread for half of the
 * rows of every step ({@code trainWithHelper}, the same run bit for bit). JMH gives every
 * benchmark of a class every parameter, so the baseline, which has no rate, is measured twice;
 * its two rows should agree.
 *
 * <p>Run: {@code mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -Dmdep.includeScope=test && java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.openjdk.jmh.Main DyingTrainingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DyingTrainingBenchmark {

    /** 0.1: few units die; 2: most of them do, and their zeros are skipped. */
    @Param({"0.1", "2"})
    public double learningRate;

    private ExecutorService helper;
    private Dataset data;

    @Setup
    public void startHelper() {
        helper = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "helper");
            t.setDaemon(true);
            return t;
        });
        data = TrainingConfig.DEFAULT.dataset().generate(TrainingConfig.DEFAULT.seed());
    }

    @TearDown
    public void stopHelper() {
        helper.shutdownNow();
    }

    @Benchmark
    public double train() {
        return Trainer.train(TrainingConfig.DEFAULT.withLearningRate(learningRate))
                .finalLoss();
    }

    @Benchmark
    public double trainWithHelper() {
        TrainingConfig c = TrainingConfig.DEFAULT.withLearningRate(learningRate);
        return Trainer.train(c, data, () -> false, helper).finalLoss();
    }

    @Benchmark
    public double denseBaseline() {
        TrainingConfig c = TrainingConfig.DEFAULT;
        return DyingBench.denseBaseline(
                c.layerSizes(3), c.dataset().generate(c.seed()).size(), c.steps());
    }
}
