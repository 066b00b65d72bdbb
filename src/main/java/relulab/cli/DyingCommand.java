package relulab.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import relulab.core.Activations;
import relulab.io.NumberText;
import relulab.io.OutputSet;
import relulab.train.DatasetKind;
import relulab.train.LearningRateSweep;
import relulab.train.SweepRun;
import relulab.train.Trainer;
import relulab.train.TrainingConfig;
import relulab.train.TrainingRun;

/**
 * {@code relu-lab dying --lr LR ...}: trains the lab's MLP and reports how many of its ReLU
 * units died — hidden units whose pre-activation is ≤ 0 on every training point, which SGD
 * can never bring back.
 */
@Command(name = "dying",
        mixinStandardHelpOptions = true,
        description = {
            "Trains a small MLP with SGD and counts its dead ReLU units:",
            "hidden units whose pre-activation is <= 0 on every training point.",
            "A diverged run (loss no longer finite) reports its last finite step;",
            "in --json its final_loss is that step's loss and diverged_at_step says where it stopped.",
            "With --sweep: trains at --rates learning rates from --min-lr to --max-lr (evenly on a log scale),",
            "each with --seeds seeds (--seed, --seed + 1, ...), on every core; --lr is not used."})
public final class DyingCommand implements Callable<Integer> {

    /** The most rates and seeds a sweep takes: 200 × 20 runs already take minutes. */
    static final int MAX_SWEEP_RATES = 200;
    static final int MAX_SWEEP_SEEDS = 20;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--lr", paramLabel = "LR", description = "learning rate, > 0 (required without --sweep)")
    String learningRate;

    @Option(names = "--sweep", description = "train at many learning rates and seeds and report every run")
    boolean sweep;

    @Option(names = "--rates", defaultValue = "25", paramLabel = "N",
            description = "with --sweep: how many learning rates (default: ${DEFAULT-VALUE})")
    int rates;

    @Option(names = "--seeds", defaultValue = "3", paramLabel = "N",
            description = "with --sweep: seeds per rate (default: ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--min-lr", defaultValue = "0.001", paramLabel = "LR",
            description = "with --sweep: the lowest rate (default: ${DEFAULT-VALUE})")
    String minRate;

    @Option(names = "--max-lr", defaultValue = "10", paramLabel = "LR",
            description = "with --sweep: the highest rate (default: ${DEFAULT-VALUE})")
    String maxRate;

    @Option(names = "--steps", defaultValue = "300", description = "SGD steps (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the data, weights and batches (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--layers", defaultValue = "2", description = "hidden layers (default: ${DEFAULT-VALUE})")
    int layers;

    @Option(names = "--width", defaultValue = "64", description = "units per hidden layer (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--activation", defaultValue = "relu", paramLabel = "relu|leaky:SLOPE",
            description = "hidden activation (default: ${DEFAULT-VALUE}; leaky means slope 0.01)")
    String activation;

    @Option(names = "--dataset", defaultValue = "spiral", paramLabel = "spiral|circles|xor|gaussians",
            description = "training data, 300 points (default: ${DEFAULT-VALUE})")
    String dataset;

    @Option(names = "--batch", defaultValue = "0", description = "minibatch size; 0 = full batch (default)")
    int batch;

    @Option(names = "--momentum", defaultValue = "0", paramLabel = "MU", description = "momentum in [0, 1) (default: 0, plain SGD)")
    String momentum;

    @Option(names = "--json", description = "print one JSON object instead of text")
    boolean json;

    @Option(names = "--dump", paramLabel = "FILE.json",
            description = "write X, y, every layer's W and b, and the dead units' indices")
    Path dump;

    @Override
    public Integer call() throws IOException {
        if (sweep) {
            return sweep();
        }
        if (learningRate == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lr is required (or give --sweep)");
        }
        TrainingConfig config = config(number("--lr", learningRate));
        if (dump != null) {
            requireWritable(dump);
        }
        TrainingRun run;
        try (TerminalProgress progress = TerminalProgress.onStderr("dying", "steps", spec.commandLine().getErr())) {
            long[] step = {0};
            // Trainer asks "cancelled?" once before every step: the step count, for the progress line.
            run = Trainer.train(config, config.dataset().generate(config.seed()), () -> {
                progress.update(step[0]++, config.steps());
                return false;
            });
        }
        Gson gson = new GsonBuilder().create();
        if (dump != null) {
            writeAtomically(dump, gson.toJson(DyingJson.dump(run)));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(gson.toJson(DyingJson.summary(run)));
        } else {
            DyingText.print(run, out);
            if (dump != null) {
                out.println("Model written to " + dump);
            }
        }
        out.flush();
        return 0;
    }

    /** {@code --sweep}: every run of the sweep, rate by rate and seed by seed. */
    private int sweep() {
        if (dump != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--dump writes one run's model, not a sweep");
        }
        if (rates < 1 || rates > MAX_SWEEP_RATES) {
            throw new IllegalArgumentException("--rates must be 1 to " + MAX_SWEEP_RATES + ", got " + rates);
        }
        if (seeds < 1 || seeds > MAX_SWEEP_SEEDS) {
            throw new IllegalArgumentException("--seeds must be 1 to " + MAX_SWEEP_SEEDS + ", got " + seeds);
        }
        double min = number("--min-lr", minRate);
        double max = number("--max-lr", maxRate);
        TrainingConfig base = config(min);
        config(max);
        if (!(max >= min)) {
            throw new IllegalArgumentException("--max-lr (" + maxRate + ") must not be below --min-lr (" + minRate + ")");
        }
        double[] lrs = LearningRateSweep.rates(min, max, rates);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "dying-sweep");
            t.setDaemon(true);
            return t;
        });
        List<SweepRun> runs;
        try {
            runs = LearningRateSweep.runAll(base, lrs, seeds, pool, () -> false);
        } finally {
            pool.shutdownNow();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new GsonBuilder().create().toJson(DyingJson.sweep(runs)));
        } else {
            DyingText.printSweep(runs, out);
        }
        out.flush();
        return 0;
    }

    private TrainingConfig config(double lr) {
        double mu = number("--momentum", momentum);
        return new TrainingConfig(DatasetKind.parse(dataset), layers, width, Activations.parse(activation),
                lr, steps, seed, batch, mu);
    }

    private double number(String option, String text) {
        try {
            return NumberText.parse(text);
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }

    /** Fails before training when the file could not be written, so no work is wasted. */
    private static void requireWritable(Path file) throws IOException {
        OutputSet.checkTarget(file);
        Path parent = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("cannot write " + file + ": it is a folder");
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("cannot write " + file + ": folder " + parent + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new IllegalArgumentException("cannot write " + file + ": folder " + parent + " is not writable");
        }
    }

    /** All or nothing, with the umask's mode, refusing special files: see {@link OutputSet}. */
    private static void writeAtomically(Path file, String text) throws IOException {
        OutputSet.writeString(file, text);
    }
}
