package relulab.train.vanishing.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import relulab.train.vanishing.DepthSettings;
import relulab.train.vanishing.GradientProfile;
import relulab.train.vanishing.InitChoice;
import relulab.train.vanishing.VanishingExperiment;

/**
 * How long one run of the vanishing-gradient panel takes at full depth (50 layers, three
 * activations), to decide whether it may run on the FX thread: compare with a 16.7 ms frame.
 * Run: {@code java -cp target/test-classes:target/classes:<deps> org.openjdk.jmh.Main VanishingExperimentBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VanishingExperimentBench {

    @Param({"64", "256", "512"})
    public int width;

    @Benchmark
    public List<GradientProfile> fiftyLayers() {
        return VanishingExperiment.run(new DepthSettings(DepthSettings.MAX_DEPTH, width, InitChoice.RECOMMENDED, 1, 1));
    }
}
